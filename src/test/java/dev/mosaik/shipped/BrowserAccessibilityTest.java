package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page type of the shipped site, in German and Arabic (and a few in Persian and Leichte Sprache), in
 * headless Chromium: axe-core with the WCAG 2.1 A and AA rules and its best practices, one {@code h1}, a
 * visible focus indicator on every focusable element, touch targets of 44 × 44 px on a phone, no request to
 * another host, no cookie, no script error and a first visit under 100 KB. Skipped without Chromium and the
 * npm tools (see {@link BrowserTools}).
 */
class BrowserAccessibilityTest {

    @Test
    void everyPageTypeInALeftToRightAndARightToLeftLanguagePassesAxeAndOurChecks() {
        BrowserTools.chromium();
        BrowserTools.nodeModule("axe-core");
        List<String> paths = PageTypes.all();
        PageChecker.Report report;
        try (StaticServer server = new StaticServer(ShippedSite.output())) {
            report = PageChecker.check(server.baseUrl(), paths);
        }
        assertThat(report.pages()).extracting(PageChecker.PageResult::path).containsExactlyElementsOf(paths);
        assertThat(report.pages())
                .allSatisfy(page -> assertThat(page.status()).as(page.path()).isEqualTo(200));
        assertThat(report.problems()).map(PageChecker.Problem::toString).isEmpty();
    }

    /** The pages of a split listing, whose pager the shipped site does not show, in both directions. */
    @Test
    void thePagesOfASplitListingPassAxeAndOurChecksInBothDirections(@TempDir Path site) {
        BrowserTools.chromium();
        BrowserTools.nodeModule("axe-core");
        PageChecker.Report report;
        try (StaticServer server = new StaticServer(SplitListingSite.build(site))) {
            report = PageChecker.check(server.baseUrl(), SplitListingSite.PAGES);
        }
        assertThat(report.pages())
                .allSatisfy(page -> assertThat(page.status()).as(page.path()).isEqualTo(200));
        assertThat(report.problems()).map(PageChecker.Problem::toString).isEmpty();
    }

    /** The checks can fail: a page with the mistakes they look for is caught on every count. */
    @Test
    void theChecksFindTheMistakesTheyLookFor(@TempDir Path site) throws IOException {
        BrowserTools.chromium();
        BrowserTools.nodeModule("axe-core");
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="de">
                <head><meta charset="utf-8"><title>Falsch</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>a:focus { outline: none; } .pale { color: #aaa; }</style>
                <link rel="stylesheet" href="https://fonts.example.com/font.css"></head>
                <body>
                <header><nav><a href="/a">a</a></nav></header>
                <main><h1>Eins</h1><h1>Zwei</h1>
                <p class="pale">Zu blasser Text</p>
                <img src="bild.png">
                <script>document.cookie = "id=1";</script>
                </main>
                </body>
                </html>
                """);
        PageChecker.Report report;
        try (StaticServer server = new StaticServer(site)) {
            report = PageChecker.check(server.baseUrl(), List.of("/"));
        }
        assertThat(report.problems())
                .extracting(PageChecker.Problem::rule)
                .contains(
                        "axe:color-contrast",
                        "axe:image-alt",
                        "one-h1",
                        "skip-link",
                        "focus-visible",
                        "target-size-44",
                        "foreign-request",
                        "cookie");
    }
}
