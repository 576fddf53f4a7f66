package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The addresses of the shipped site's tag, district and course-finder pages are in each tree's own words
 * (issue 17, "Addresses and feeds"), German stays as it was, Leichte Sprache keeps the German words, and every
 * old address answers with a redirect to the new one.
 */
class LocalizedAddressesTest {

    /** A segment in Arabic script, words joined by hyphens. */
    private static final String ARABIC_SEGMENT = "[\\p{IsArabic}-]+";

    @Test
    void arabicTagDistrictAndCourseFilterPagesHaveArabicScriptSegments() {
        Document finder = ShippedSite.page("/ar/deutsch-lernen/");
        List<String> filters = finder.select(".finder-links a").eachAttr("href");
        assertThat(filters)
                .hasSizeGreaterThan(10)
                .allSatisfy(href -> assertThat(href).startsWith("/ar/deutsch-lernen/"));
        // Every filter page but "all courses" (the finder itself) starts with an Arabic word: level, district, day,
        // childcare.
        assertThat(filters.stream().filter(href -> !href.equals("/ar/deutsch-lernen/")))
                .allSatisfy(href -> assertThat(
                                href.substring("/ar/deutsch-lernen/".length()).split("/")[0])
                        .matches(ARABIC_SEGMENT));
        assertThat(filters).contains("/ar/deutsch-lernen/مستوى/a1/", "/ar/deutsch-lernen/يوم/الاثنين/");
        assertThat(finder.select("a[href$=/]").eachAttr("href")).contains("/ar/deutsch-lernen/أرشيف/");
        for (String path : List.of(
                "/ar/وسوم/",
                "/ar/أحياء/dalheim/",
                "/ar/deutsch-lernen/حي/dalheim/",
                "/ar/deutsch-lernen/مستوى/a1/",
                "/ar/deutsch-lernen/رعاية-الأطفال/")) {
            Document page = ShippedSite.page(path);
            assertThat(page.select("meta[http-equiv=refresh]")).as(path).isEmpty();
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("ar");
            assertThat(page.select("h1").text()).as(path).isNotBlank();
        }
    }

    @Test
    void theWordsKeepTheirLettersWithTheirMarks() {
        // Made ASCII-near as editors' terms are, "район" would lose its "й" and "أحياء" its hamza.
        for (String path : List.of(
                "/ru/deutsch-lernen/район/dalheim/",
                "/uk/deutsch-lernen/район/dalheim/",
                "/ar/أحياء/",
                "/tr/deutsch-lernen/çocuk-bakımı/",
                "/tr/deutsch-lernen/gün/çarşamba/",
                "/pl/deutsch-lernen/dzień/środa/")) {
            assertThat(ShippedSite.page(path).select("meta[http-equiv=refresh]"))
                    .as(path)
                    .isEmpty();
            assertThat(ShippedSite.page(path).select("h1").text()).as(path).isNotBlank();
        }
    }

    @Test
    void theTurkishLevelPageIsSeviyeAndTheOldNiveauAddressRedirectsToIt() {
        Document level = ShippedSite.page("/tr/deutsch-lernen/seviye/a1/");
        assertThat(level.select(".course-item"))
                .isNotEmpty()
                .allSatisfy(
                        item -> assertThat(item.attr("data-levels").split(" ")).contains("a1"));
        assertThat(ShippedSite.page("/tr/deutsch-lernen/")
                        .select(".finder-links a")
                        .eachAttr("href"))
                .contains("/tr/deutsch-lernen/seviye/a1/", "/tr/deutsch-lernen/gün/pazartesi/")
                .doesNotContain("/tr/deutsch-lernen/niveau/a1/");

        Document old = ShippedSite.page("/tr/deutsch-lernen/niveau/a1/");
        assertThat(old.select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=/tr/deutsch-lernen/seviye/a1/");
        assertThat(old.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://integration.wetzlar.de/tr/deutsch-lernen/seviye/a1/");
        for (String[] moved : new String[][] {
            {"/tr/schlagwoerter/", "/tr/etiketler/"},
            {"/ar/stadtteile/dalheim/", "/ar/أحياء/dalheim/"},
            {"/tr/deutsch-lernen/tag/monday/", "/tr/deutsch-lernen/gün/pazartesi/"},
            {"/en/deutsch-lernen/kinderbetreuung/", "/en/deutsch-lernen/childcare/"},
            {"/fa/deutsch-lernen/archiv/", "/fa/deutsch-lernen/بایگانی/"},
            {"/de/deutsch-lernen/tag/monday/", "/de/deutsch-lernen/tag/montag/"}
        }) {
            assertThat(ShippedSite.page(moved[0])
                            .select("meta[http-equiv=refresh]")
                            .attr("content"))
                    .as(moved[0])
                    .isEqualTo("0; url=" + moved[1]);
        }
    }

    @Test
    void germanAndLeichteSpracheAddressesKeepTheirGermanWords() {
        for (String prefix : List.of("/de/", "/leichte-sprache/")) {
            for (String path : List.of(
                    "schlagwoerter/",
                    "stadtteile/dalheim/",
                    "deutsch-lernen/niveau/a1/",
                    "deutsch-lernen/stadtteil/dalheim/",
                    "deutsch-lernen/kinderbetreuung/",
                    "deutsch-lernen/archiv/",
                    "deutsch-lernen/tag/montag/")) {
                Document page = ShippedSite.page(prefix + path);
                assertThat(page.select("meta[http-equiv=refresh]"))
                        .as(prefix + path)
                        .isEmpty();
                assertThat(page.select("h1").text()).as(prefix + path).isNotBlank();
            }
        }
        assertThat(ShippedSite.page("/de/deutsch-lernen/")
                        .select(".finder-links a")
                        .eachAttr("href"))
                .contains(
                        "/de/deutsch-lernen/niveau/a1/",
                        "/de/deutsch-lernen/stadtteil/dalheim/",
                        "/de/deutsch-lernen/tag/montag/",
                        "/de/deutsch-lernen/kinderbetreuung/");
        // Nothing German but the old weekday values moved: no redirect in the German tree besides those.
        assertThat(Files.exists(ShippedSite.output().resolve("de/tags"))).isFalse();
    }

    @Test
    void theLanguageSwitcherOfATagPageLeadsToTheOtherLanguagesLocalizedAddress() {
        Document german = ShippedSite.page("/de/schlagwoerter/dalheim/");
        assertThat(german.select(".language-switcher a[hreflang=ar]").attr("href"))
                .isEqualTo("/ar/وسوم/dalheim/");
        assertThat(german.select(".language-switcher a[hreflang=tr]").attr("href"))
                .isEqualTo("/tr/etiketler/dalheim/");
        assertThat(german.select(".language-switcher a[hreflang=ru]").attr("href"))
                .startsWith("/ru/метки/");
        Document filter = ShippedSite.page("/de/deutsch-lernen/tag/montag/");
        assertThat(filter.select(".language-switcher a[hreflang=tr]").attr("href"))
                .isEqualTo("/tr/deutsch-lernen/gün/pazartesi/");
        assertThat(filter.select(".language-switcher a[hreflang=ar]").attr("href"))
                .isEqualTo("/ar/deutsch-lernen/يوم/الاثنين/");
    }
}
