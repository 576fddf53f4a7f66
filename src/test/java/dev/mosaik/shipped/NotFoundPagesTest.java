package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each language tree has its own 404 page ({@code /de/404.html}, {@code /ar/404.html}, …) with the tree's header,
 * a search field and the A–Z index in its language, for web servers to show below that tree; {@code /404.html}
 * stays the multilingual one for addresses outside every tree.
 */
class NotFoundPagesTest {

    @Test
    void everyLanguageTreeHasItsOwn404WithHeaderSearchAndAToZInItsLanguage() {
        Map<String, String[]> trees = Map.of(
                "/de/", new String[] {"de", "ltr", "Seite nicht gefunden", "/de/suche/", "/de/a-z/"},
                "/ar/", new String[] {"ar", "rtl", "الصفحة غير موجودة", "/ar/بحث/", "/ar/فهرس/"},
                "/fa/", new String[] {"fa", "rtl", null, "/fa/جستجو/", "/fa/نمایه/"},
                "/tr/", new String[] {"tr", "ltr", null, "/tr/arama/", "/tr/a-z/"},
                "/leichte-sprache/",
                        new String[] {"de", "ltr", null, "/leichte-sprache/suche/", "/leichte-sprache/a-z/"});
        trees.forEach((home, expected) -> {
            Document page = ShippedSite.page(home + "404.html");
            Element html = page.selectFirst("html");
            assertThat(html.attr("lang")).as(home).isEqualTo(expected[0]);
            assertThat(html.attr("dir")).as(home).isEqualTo(expected[1]);
            if (expected[2] != null) {
                assertThat(page.select("main h1").text()).as(home).isEqualTo(expected[2]);
            }
            assertThat(page.select("header.site-header .main-nav a"))
                    .as(home + " menu")
                    .isNotEmpty();
            assertThat(page.select("header.site-header a.brand").attr("href"))
                    .as(home)
                    .isEqualTo(home);
            Element form = page.selectFirst("main form[role=search]");
            assertThat(form).as(home + " search").isNotNull();
            assertThat(form.attr("action")).isEqualTo(expected[3]);
            assertThat(form.select("input[name=q]")).hasSize(1);
            assertThat(page.select("main a").eachAttr("href")).as(home).contains(expected[4], home);
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("link[rel=canonical]"))
                    .as("served at any address, it names none")
                    .isEmpty();
            // Served at any depth: every address it loads or links is root-relative or absolute.
            assertThat(page.select("[href], [src], [action]"))
                    .allSatisfy(e -> assertThat(
                                    e.hasAttr("src")
                                            ? e.attr("src")
                                            : e.hasAttr("action") ? e.attr("action") : e.attr("href"))
                            .matches("(/|https://|#|mailto:).*"));
        });
    }

    @Test
    void theRoot404StaysMultilingualAndLeadsIntoEveryTree() {
        Document root = ShippedSite.page("/404.html");
        assertThat(root.selectFirst("html").attr("lang")).isEqualTo("mul");
        assertThat(root.select("a[href=/ar/]")).isNotEmpty();
        assertThat(root.select("a[href=/de/]")).isNotEmpty();
    }
}
