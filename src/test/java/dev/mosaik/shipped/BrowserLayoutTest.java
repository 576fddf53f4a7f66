package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Picture tests: the shipped site's page types in every language, at 390 px (a phone) and 1280 px (a desktop),
 * in headless Chromium — nothing reaches past the edge of the screen, no text is clipped, the opened language
 * menu fits the screen, in left-to-right and right-to-left languages alike. The screenshots stay in
 * {@code target/screenshots/} for people to look at (CI keeps them as artifacts). Skipped without Chromium and
 * playwright-core (see {@link BrowserTools}).
 */
class BrowserLayoutTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final List<Integer> WIDTHS = List.of(390, 1280);

    @Test
    void everyPageTypeInEveryLanguageFitsAPhoneAndADesktopScreen() {
        BrowserTools.chromium();
        List<String> paths = LayoutSample.paths();
        LayoutChecker.Report report;
        try (StaticServer server = new StaticServer(ShippedSite.output())) {
            report = LayoutChecker.check(server.baseUrl(), SCREENSHOTS, WIDTHS, paths);
        }
        assertThat(report.shots())
                .filteredOn(shot -> !shot.path().endsWith("(menu)"))
                .hasSize(paths.size() * WIDTHS.size())
                .allSatisfy(shot -> assertThat(Files.isRegularFile(shot.file()))
                        .as(shot.file().toString())
                        .isTrue());
        assertThat(report.shots())
                .filteredOn(
                        shot -> !shot.path().equals("/404.html") && !shot.path().endsWith("/404.html"))
                .allSatisfy(shot -> assertThat(shot.status()).as(shot.path()).isEqualTo(200));
        assertThat(report.problems()).map(LayoutChecker.Problem::toString).isEmpty();
    }

    /**
     * The checks can fail: a language menu that opens past the start edge of a right-to-left phone screen (as the
     * theme's did on {@code /ar/}), a box wider than the screen and text cut off by its box are all caught.
     */
    @Test
    void theLayoutChecksFindAMenuPastTheEdgeAWideBoxAndClippedText(@TempDir Path site) throws IOException {
        BrowserTools.chromium();
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl">
                <head><meta charset="utf-8"><title>خطأ</title><meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                  .language-switcher { margin-inline-start: 4rem; inline-size: 6rem; }
                  .language-switcher details { position: relative; }
                  .language-switcher ul { position: absolute; inset-inline-end: 0; min-inline-size: 20rem; }
                  .wide { inline-size: 500px; }
                  .cut { inline-size: 5rem; white-space: nowrap; overflow: hidden; }
                </style></head>
                <body>
                <nav class="language-switcher"><details><summary>اللغة</summary><ul><li><a href="/de/">Deutsch</a></li></ul></details></nav>
                <main><h1>خطأ</h1><div class="wide">عريض</div><p class="cut">نص طويل جدا لا يتسع في الصندوق الصغير</p></main>
                </body>
                </html>
                """);
        LayoutChecker.Report report;
        try (StaticServer server = new StaticServer(site)) {
            report = LayoutChecker.check(server.baseUrl(), site.resolve("shots"), List.of(390), List.of("/"));
        }
        assertThat(report.problems())
                .extracting(LayoutChecker.Problem::rule)
                .contains("language-menu-off-screen", "past-the-edge", "page-scrolls-sideways", "text-clipped");
        assertThat(report.shots()).isNotEmpty();
    }

    /**
     * The checks of what a reader sees beyond the edges can fail too: a desktop page whose content keeps to the
     * left 40 % of the screen, easy-to-read text in standard type, a chart whose labels shrink below 12 px.
     */
    @Test
    void theLayoutChecksFindAHalfEmptyDesktopPageSmallEasyToReadTypeAndTinyChartLabels(@TempDir Path site)
            throws IOException {
        BrowserTools.chromium();
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="de" dir="ltr">
                <head><meta charset="utf-8"><title>Halb leer</title><meta name="viewport" content="width=device-width, initial-scale=1">
                <style>body { margin: 0; font-size: 17px; line-height: 1.6; } main { padding: 0 16px; } article { max-width: 480px; }</style></head>
                <body class="easy-read">
                <main><article><h1>Halb leer</h1><div class="prose"><p>Ein Satz.</p></div>
                <svg class="status-chart" viewBox="0 0 1280 100" width="390"><text x="0" y="20" font-size="13">8.1</text></svg>
                </article></main>
                </body>
                </html>
                """);
        LayoutChecker.Report report;
        try (StaticServer server = new StaticServer(site)) {
            report = LayoutChecker.check(server.baseUrl(), site.resolve("shots"), List.of(1280), List.of("/"));
        }
        assertThat(report.problems())
                .extracting(LayoutChecker.Problem::rule)
                .contains("half-empty", "easy-read-type", "chart-label-too-small");
    }

    /** The pages the picture test looks at, read from the built site so that localized addresses are followed. */
    static final class LayoutSample {

        /** Page types that every language is shown with (their addresses are the same below each prefix). */
        static final List<String> SHARED = List.of(
                "projekte/", // section
                "kontakt/", // page with a table
                "deutsch-lernen/integrationskurs-abend/", // course
                "projekte/schule-verstehen/", // project
                "vorbilder/elif-uebungsleiterin/", // role model
                "termine/", // events, upcoming and past
                "termine/integrationsgipfel-2027/", // event
                "handlungsfelder/", // fields of action
                "handlungsfelder/8-2-3-sprache-und-bildung/", // field of action
                "handlungsfelder/umsetzungsstand/", // implementation status with its chart
                "newsletter/", // newsletter archive
                "newsletter/ausgabe-4/", // newsletter issue
                "vorbilder/", // role models
                "prozess/", // the process, with its timeline
                "stadtteile/dalheim/"); // district

        static List<String> paths() {
            List<String> paths = new ArrayList<>();
            paths.add("/");
            paths.add("/404.html");
            List<String> prefixes = ShippedSite.page("/").select(".choices a").eachAttr("href").stream()
                    .map(href -> href.startsWith("/") ? href : "/" + href)
                    .toList();
            for (int i = 0; i < prefixes.size(); i++) {
                String prefix = prefixes.get(i);
                var home = ShippedSite.page(prefix);
                paths.add(prefix); // home
                paths.add(prefix + "deutsch-lernen/"); // course finder with results
                paths.add(prefix + "deutsch-lernen/?" + CourseFinderQueries.NO_COURSE); // a filter with no course
                paths.add(home.select("a.search-link").attr("href") + "?q=Wetzlar"); // search with results
                paths.add(home.select("a.keywords-link").attr("href")); // A–Z
                // A taxonomy term: tags are the language's own words, so the first one its tag page lists.
                String tags = ShippedSite.counterpart("/de/schlagwoerter/", prefix);
                paths.add(ShippedSite.page(tags)
                        .select("main a[href^=\"" + tags + "\"]")
                        .not("[href=\"" + tags + "\"]")
                        .first()
                        .attr("href"));
                // The other page types, every one in every language (districts at the language's own address).
                for (String type : SHARED) {
                    paths.add(
                            type.startsWith("stadtteile/")
                                    ? ShippedSite.counterpart("/de/" + type, prefix)
                                    : prefix + type);
                }
            }
            return paths;
        }

        private LayoutSample() {}
    }

    /** Course finder filters in the address, as courses.js reads them. */
    static final class CourseFinderQueries {
        /** No shipped course is at level C1 and in Dalheim. */
        static final String NO_COURSE = "level=c1&district=dalheim";

        private CourseFinderQueries() {}
    }
}
