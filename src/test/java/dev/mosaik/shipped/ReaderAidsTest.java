package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reader aids as the build writes them, over every page of the shipped site: read aloud on every article and
 * the text-size and contrast switches on every page, all hidden until reader.js shows them (so that without
 * JavaScript nothing is offered that does nothing), in the page's language; the script from the site itself,
 * deferred, and no cookies. What the script does is {@link ReaderAidsBrowserTest}'s.
 */
class ReaderAidsTest {

    /** The site's policy, unchanged by the reader aids: speech synthesis and localStorage need no source. */
    private static final String POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self' mailto:";

    @Test
    void everyArticleHasAReadAloudButtonAndItsNoteBothHiddenUntilTheScriptRuns() {
        List<String> wrong = new ArrayList<>();
        int articles = 0;
        for (String path : ShippedSite.htmlFiles()) {
            Document page = ShippedSite.page(path);
            if (!page.body().hasClass("kind-page")) {
                continue;
            }
            articles++;
            Element tools = page.selectFirst("aside.reader-tools");
            Element start = page.selectFirst(".read-aloud-start");
            Element note = page.selectFirst(".read-aloud-none");
            if (tools == null
                    || start == null
                    || note == null
                    || page.selectFirst(".read-aloud-stop[hidden]") == null) {
                wrong.add(path + ": no read-aloud controls");
            } else if (!tools.hasAttr("hidden") || !start.hasAttr("hidden") || !note.hasAttr("hidden")) {
                wrong.add(path + ": read aloud shown without JavaScript");
            } else if (start.text().isBlank()
                    || note.text().isBlank()
                    || start.attr("data-pause").isBlank()
                    || start.attr("data-resume").isBlank()) {
                wrong.add(path + ": read-aloud texts missing");
            }
        }
        assertThat(articles).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void listingsAndOtherPagesOfferTheSwitchesButNothingToReadAloud() {
        for (String path : List.of("/de/", "/de/projekte/", "/ar/", "/de/suche/index.html")) {
            Document page = ShippedSite.page(path);
            assertThat(page.select(".read-aloud")).as(path).isEmpty();
            assertThat(page.select("aside.reader-tools[hidden] button[data-pref][aria-pressed=false]"))
                    .as(path)
                    .hasSize(2);
        }
    }

    @Test
    void theControlsSpeakThePagesLanguage() {
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "/de/kontakt/", List.of("Vorlesen", "Größere Schrift", "Starker Kontrast"),
                "/leichte-sprache/kontakt/", List.of("Vorlesen", "Große Schrift", "Kräftige Farben"),
                "/en/kontakt/", List.of("Read aloud", "Larger text", "High contrast"),
                "/tr/kontakt/", List.of("Sesli oku", "Daha büyük yazı", "Yüksek kontrast"),
                "/ar/kontakt/", List.of("قراءة بصوت عالٍ", "نص أكبر", "تباين عالٍ"),
                "/fa/kontakt/", List.of("بلند خواندن", "متن بزرگ‌تر", "کنتراست بالا"),
                "/ru/kontakt/", List.of("Прочитать вслух", "Крупный шрифт", "Высокий контраст"),
                "/uk/kontakt/", List.of("Прочитати вголос", "Більший шрифт", "Висока контрастність"),
                "/pl/kontakt/", List.of("Czytaj na głos", "Większy tekst", "Wysoki kontrast")));
        expected.forEach((path, texts) -> {
            Document page = ShippedSite.page(path);
            assertThat(List.of(
                            page.select(".read-aloud-start").text(),
                            page.select("[data-pref=large]").text(),
                            page.select("[data-pref=contrast]").text()))
                    .as(path)
                    .isEqualTo(texts);
            // The aside inherits the page's language and direction from <html>, not the article's.
            assertThat(page.selectFirst("aside.reader-tools").closest("[lang]")).isSameAs(page.selectFirst("html"));
            assertThat(page.select(".read-aloud-none").text()).as(path).isNotBlank();
        });
        assertThat(ShippedSite.page("/fa/kontakt/").select(".read-aloud-none").text())
                .isEqualTo("بلند خواندن در اینجا ممکن نیست: مرورگر شما برای این زبان صدایی ندارد.");
    }

    @Test
    void everyPageLoadsTheReaderScriptDeferredFromTheSiteWithThePolicyUnchanged() {
        List<String> wrong = new ArrayList<>();
        for (String path : ShippedSite.htmlFiles()) {
            Document page = ShippedSite.page(path);
            if (page.selectFirst("aside.reader-tools") == null) {
                continue; // the root chooser, the 404 page, redirects, print sheets and e-mails: not built from the
                // layout
            }
            Element script = page.selectFirst("head script[src$=mosaik/reader.js]");
            Element policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
            if (script == null
                    || !script.hasAttr("defer")
                    || !script.attr("src").startsWith("/")) {
                wrong.add(path + ": reader.js not loaded deferred from the site");
            }
            if (policy == null || !policy.attr("content").equals(POLICY)) {
                wrong.add(path + ": policy " + (policy == null ? "missing" : policy.attr("content")));
            }
            // A schema.org data block is data, not a script: the policy's script rules do not apply to it.
            if (!page.select("script:not([src]):not([type=application/ld+json])")
                    .isEmpty()) {
                wrong.add(path + ": inline script");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePreferencesAreKeptInLocalStorageAndNeverInACookie() throws IOException {
        String script = Files.readString(ShippedSite.output().resolve("mosaik/reader.js"));
        assertThat(script).contains("localStorage").doesNotContain("document.cookie", "cookieStore");
    }

    /** On paper the page's own address stands at its foot: printed site-relative links are read against it. */
    @Test
    void everyPagePrintsItsOwnAddress() {
        for (String path : List.of("/de/kontakt/", "/ar/kontakt/", "/de/deutsch-lernen/")) {
            Document page = ShippedSite.page(path);
            assertThat(page.select(".print-address bdi[dir=ltr]").text())
                    .isEqualTo(page.select("link[rel=canonical]").attr("href"));
        }
    }
}
