package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.pipeline.BuildOptions;
import dev.mosaik.pipeline.BuildResult;
import dev.mosaik.pipeline.SiteBuilder;
import dev.mosaik.site.Site;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chrome's shared parts ({@code mosaik:shared} in the layout) are rendered once and spliced into every page:
 * each page comes out byte for byte as if rendered whole, and a theme's own layout decides what is spliced.
 */
class ChromeSplicingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    /** Menus in every language, a right-to-left one, an untranslated page, listings, tags and a hostile menu title. */
    private static final String SITE = dev.mosaik.testing.ChromeTestSite.OPEN + """
            tags: [Kultur, Begegnung]
            ---
            Ein Fest.
            -- content/projekte/fest.ar.md --
            ---
            title: مهرجان الثقافات
            tags: [ثقافة]
            ---
            مهرجان.
            -- content/projekte/sprachcafe.de.md --
            ---
            title: Sprachcafé
            ---
            Nur auf Deutsch.
            """;

    @Test
    void splicedPagesOfASiteWithMenusRightToLeftAndUntranslatedPagesAreThoseRenderedWhole() {
        TestSite site = TestSite.write(dir, SITE);
        assertSplicedEqualsWhole(site.root());
    }

    @Test
    void splicedPagesOfTheShippedSiteAreThoseRenderedWhole() {
        assertSplicedEqualsWhole(Path.of("."));
    }

    @Test
    void aThemeOverrideOfASharedPartShowsOnEveryPage() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "theme/layout.html",
                builtInLayout()
                        .replace("<nav class=\"main-nav\"", "<nav data-theme=\"own\" class=\"main-nav\"")
                        .replace(
                                "<p class=\"footer-note\" th:text=\"#{footer.privacy}\">",
                                "<p class=\"footer-note\" th:text=\"'Eigener Fuß: ' + #{footer.privacy}\">"));
        assertThat(site.build("--no-pdf", "--build-date", TODAY.toString()).exitCode())
                .isZero();
        for (String page : new String[] {"de/index.html", "de/projekte/index.html", "de/projekte/fest/index.html"}) {
            Document doc = site.page(page);
            assertThat(doc.select("nav.main-nav[data-theme=own]")).as(page).hasSize(1);
            assertThat(doc.select("p.footer-note").text()).as(page).startsWith("Eigener Fuß: ");
        }
    }

    @Test
    void aSharedPartSeesOnlyThePagesChromeNotThePageItself() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "theme/layout.html",
                builtInLayout()
                        .replace(
                                "<a class=\"skip-link\"",
                                "<p class=\"shared-probe\" mosaik:shared=\"probe\" th:text=\"${page.chrome.site.title + '|'"
                                        + " + page.body.title + '|' + page.kind}\"></p><p class=\"own-probe\""
                                        + " th:text=\"${page.body.title}\"></p>\n  <a class=\"skip-link\""));
        assertThat(site.build("--no-pdf", "--build-date", TODAY.toString()).exitCode())
                .isZero();
        Document fest = site.page("de/projekte/fest/index.html");
        assertThat(fest.select("p.shared-probe").text()).isEqualTo("Testseite||page");
        assertThat(fest.select("p.own-probe").text()).isEqualTo("Fest der Kulturen");
        assertThat(site.page("de/kontakt/index.html").select("p.shared-probe").text())
                .isEqualTo("Testseite||page");
    }

    private static String builtInLayout() throws IOException {
        try (InputStream in =
                ChromeSplicingTest.class.getClassLoader().getResourceAsStream("theme/templates/layout.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Builds the site once, then renders all its pages twice, spliced and whole, and compares every file. */
    private void assertSplicedEqualsWhole(Path root) {
        BuildResult built = new SiteBuilder()
                .build(BuildOptions.of(root, dir.resolve("built"))
                        .withToday(TODAY)
                        .withPdf(false));
        assertThat(built.hasErrors()).as("%s", built.problems()).isFalse();
        Site site = built.site().orElseThrow();
        Map<String, byte[]> spliced = render(root, site, true);
        Map<String, byte[]> whole = render(root, site, false);
        assertThat(spliced.keySet()).isEqualTo(whole.keySet()).hasSizeGreaterThan(10);
        for (String file : whole.keySet()) {
            assertThat(new String(spliced.get(file), StandardCharsets.UTF_8))
                    .as(file)
                    .isEqualTo(new String(whole.get(file), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, byte[]> render(Path root, Site site, boolean splice) {
        SiteConfig config = site.config();
        Problems problems = new Problems();
        I18n i18n = I18n.load(root, config, problems);
        Templates templates = new Templates(
                root,
                code -> i18n.messages(config.language(code).orElseThrow()),
                code -> i18n.services(config.language(code).orElseThrow()),
                ForeignRuns.of(config, i18n));
        SiteRenderer renderer = new SiteRenderer(templates, i18n, TODAY, true, TypedViewSources.shipped(), splice);
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            renderer.render(site, (file, bytes) -> files.put(file, bytes), pool, problems);
        } finally {
            pool.shutdown();
        }
        assertThat(problems.hasErrors()).as("%s", problems.all()).isFalse();
        return new TreeMap<>(files);
    }
}
