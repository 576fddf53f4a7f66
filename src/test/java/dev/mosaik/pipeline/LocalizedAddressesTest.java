package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tag and district addresses are in each tree's own words, UI strings like the search page's (issue 17,
 * "Addresses and feeds"): {@code /ar/وسوم/…}, {@code /en/tags/…}; the German address every tree had before
 * answers with a redirect, and German stays as it was.
 */
class LocalizedAddressesTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- i18n/ar.yaml --
            slug:
              tags: "وسوم"
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/projekte/a.de.md --
            ---
            title: Zirkus
            tags: [Zeitung]
            type: projekt
            district: Niedergirmes
            ---
            Text.
            """;

    @Test
    void tagAddressesAreInTheTreesOwnWordsAndTheOldGermanOnesRedirect() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.page("ar/وسوم/zeitung/index.html").select("h1").text()).isEqualTo("Zeitung");
        assertThat(site.page("ar/وسوم/index.html").select(".term-list a").eachAttr("href"))
                .containsExactly("/ar/وسوم/zeitung/");
        assertThat(site.page("en/tags/zeitung/index.html").select("h1").text()).isEqualTo("Zeitung");
        assertThat(site.page("ar/projekte/a/index.html").select(".tags a").eachAttr("href"))
                .containsExactly("/ar/وسوم/zeitung/");
        assertThat(site.page("en/projekte/a/index.html").select(".tags a").eachAttr("href"))
                .containsExactly("/en/tags/zeitung/");

        assertRedirect(site, "ar/schlagwoerter/zeitung/index.html", "/ar/وسوم/zeitung/");
        assertRedirect(site, "ar/schlagwoerter/index.html", "/ar/وسوم/");
        assertRedirect(site, "en/schlagwoerter/zeitung/index.html", "/en/tags/zeitung/");
        assertRedirect(site, "en/stadtteile/niedergirmes/index.html", "/en/districts/niedergirmes/");
    }

    @Test
    void germanTagAndDistrictAddressesStayAsTheyWere() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document term = site.page("de/schlagwoerter/zeitung/index.html");
        assertThat(term.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(term.select("h1").text()).isEqualTo("Zeitung");
        assertThat(site.page("de/stadtteile/niedergirmes/index.html")
                        .select(".cards h3")
                        .eachText())
                .containsExactly("Zirkus");
        assertThat(site.page("de/projekte/a/index.html").select(".tags a").eachAttr("href"))
                .containsExactly("/de/schlagwoerter/zeitung/");
    }

    @Test
    void theLanguageSwitcherOfATagPageLeadsToTheOtherTreesLocalizedAddress() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document german = site.page("de/schlagwoerter/zeitung/index.html");
        assertThat(german.select(".language-switcher a[hreflang=ar]").attr("href"))
                .isEqualTo("/ar/وسوم/zeitung/");
        assertThat(german.select(".language-switcher a[hreflang=en]").attr("href"))
                .isEqualTo("/en/tags/zeitung/");
        assertThat(german.select("link[rel=alternate][hreflang=ar]").attr("href"))
                .isEqualTo("https://example.org/ar/وسوم/zeitung/");
        Document arabic = site.page("ar/وسوم/index.html");
        assertThat(arabic.select(".language-switcher a[hreflang=en]").attr("href"))
                .isEqualTo("/en/tags/");
    }

    @Test
    void aWordMissingInALanguageIsTheDefaultLanguagesWithAWarning() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // i18n/ar.yaml names only the tags: the districts keep the German word, and there is nothing to redirect.
        assertThat(site.page("ar/stadtteile/niedergirmes/index.html").select("meta[http-equiv=refresh]"))
                .isEmpty();
        assertThat(site.page("ar/stadtteile/niedergirmes/index.html")
                        .select(".cards h3")
                        .eachText())
                .containsExactly("Zirkus");
        assertThat(run.err()).contains("message 'slug.districts' is missing");
    }

    @Test
    void aPageAtAnOldAddressThatNowRedirectsIsAClash() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/schlagwoerter/zeitung.en.md", "---\ntitle: Newspaper\n---\nText.\n");
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/schlagwoerter/zeitung.en.md:1: the page takes the address /en/schlagwoerter/zeitung/index.html");
    }

    @Test
    void twoKindsOfPageUnderOneWordAreAnErrorAtTheLanguagesFile() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("i18n/ar.yaml", "slug:\n  tags: \"وسوم\"\n  districts: \"وسوم\"\n");
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("i18n/ar.yaml: the 'slug' words give two kinds of page the same address segment: وسوم, وسوم")
                .doesNotContain("bug in mosaik")
                .doesNotContain("\tat ");
    }

    private static void assertRedirect(TestSite site, String file, String target) {
        assertThat(Files.exists(site.output().resolve(file))).as(file).isTrue();
        Document redirect = site.page(file);
        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content"))
                .as(file)
                .isEqualTo("0; url=" + target);
        assertThat(redirect.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(redirect.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org" + target);
    }
}
