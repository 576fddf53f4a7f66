package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.output.cache.CacheEntries;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache's finished pages ({@code pages} in {@code .mosaik-cache/}), end to end: a warm build takes every page
 * rendered from its view from the cache and writes the bytes a build without cache writes; an edit renders again
 * exactly the pages whose view it changes; a changed menu, UI string or template renders every page again. Tests tell
 * a cached page from a fresh one by rewriting the stored pages: a page taken from the cache shows the rewrite.
 */
class PageCacheTest {

    private static final String DATE = "--build-date=2026-12-07";
    /** Every build runs all its stages: these tests look at what the page cache gives a build that renders. */
    private static final String REBUILD = "--rebuild";

    private static final String MARK = "<!-- from the page cache -->";

    /** Menus in every language, a right-to-left one, an untranslated page, listings, tags and a hostile menu title. */
    private static final String SITE = dev.mosaik.testing.ChromeTestSite.OPEN + """
            summary: Ein Fest für alle.
            tags: [Kultur, Begegnung]
            ---
            Ein Fest im Stadtteil.
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
            -- content/projekte/garten.de.md --
            ---
            title: Gemeinschaftsgarten
            ---
            Beete für alle, mit [dem Fest](fest.md).
            -- i18n/de.yaml --
            nav:
              home: Start
            """;

    @TempDir
    Path root;

    @Test
    void coldWarmAndUncachedBuildsWriteTheSameBytes() {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        Map<String, String> cold = TestSite.hashes(site.output());
        assertThat(CacheEntries.of(root, "pages")).hasSizeGreaterThan(10);

        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        assertThat(TestSite.hashes(site.output())).isEqualTo(cold);
        assertThat(site.build(
                                DATE,
                                "--no-cache",
                                "--output",
                                root.resolve("plain").toString())
                        .exitCode())
                .isZero();
        assertThat(TestSite.hashes(root.resolve("plain"))).isEqualTo(cold);
    }

    @Test
    void aWarmBuildTakesEveryPageRenderedFromItsViewFromTheCache() {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        Set<String> pages = htmlFiles(site.output());
        CacheEntries.rewritePages(root, html -> html + MARK);

        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        Set<String> cached = marked(site.output());
        assertThat(cached)
                .contains(
                        "de/index.html",
                        "ar/index.html",
                        "de/projekte/index.html",
                        "de/projekte/fest/index.html",
                        "ar/projekte/sprachcafe/index.html",
                        "de/404.html",
                        "de/a-z/index.html",
                        "ar/a-z/index.html")
                .anyMatch(p -> p.startsWith("de/") && p.contains("kultur"));
        // The root chooser, the redirects and the search page have views of their own, rendered anew.
        assertThat(pages).containsAll(cached);
        assertThat(cached).doesNotContain("index.html", "404.html");
    }

    @Test
    void timingsTellHowManyPagesABuildFoundInTheCacheAndHowManyItStored() {
        TestSite site = TestSite.write(root, SITE);
        TestSite.Run cold = site.build(DATE, REBUILD, "--timings");
        assertThat(cold.exitCode()).isZero();
        int pages = CacheEntries.of(root, "pages").size();
        assertThat(cold.out()).contains("build cache, pages: 0 found, " + pages + " stored");

        TestSite.Run warm = site.build(DATE, REBUILD, "--timings");
        assertThat(warm.out())
                .contains("build cache, pages: " + pages + " found, 0 stored")
                .containsPattern("build cache, bodies: [1-9][0-9]* found, 0 stored");
        assertThat(site.build(DATE, REBUILD, "--timings", "--no-cache").out()).doesNotContain("build cache");
    }

    @Test
    void aWarmBuildThatTakesEveryPageFromTheCacheReportsTheMissingUiStringsOfAColdOne() {
        TestSite site = TestSite.write(root, SITE);
        TestSite.Run cold = site.build(DATE, REBUILD);
        // Arabic has no UI strings of its own: the header, menu and footer (rendered once per language and spliced)
        // and the pages' own parts ask for strings it lacks.
        assertThat(cold.err()).contains("i18n/ar.yaml: warning: message 'nav.skip' is missing");
        assertThat(cold.err()).contains("i18n/ar.yaml: warning: message 'notFound.title' is missing");
        CacheEntries.rewritePages(root, html -> html + MARK);
        TestSite.Run warm = site.build(DATE, REBUILD);
        assertThat(marked(site.output())).as("every page from the cache").hasSizeGreaterThan(10);
        assertThat(warm.errLines()).isEqualTo(cold.errLines());
    }

    @Test
    void aUiStringMissingInEveryLanguageFailsAWarmBuildAsItFailsTheColdOne() throws IOException {
        TestSite site = TestSite.write(root, SITE);
        site.file("theme/layout.html", builtInLayout().replace("<main", "<p th:text=\"#{nowhere.defined}\"></p><main"));
        TestSite.Run cold = site.build(DATE, REBUILD);
        assertThat(cold.exitCode()).isEqualTo(1);
        assertThat(cold.err()).contains("message 'nowhere.defined' is used by a template but defined in no language");
        assertThat(CacheEntries.of(root, "pages")).isNotEmpty();

        TestSite.Run warm = site.build(DATE, REBUILD);
        assertThat(warm.exitCode()).isEqualTo(1);
        assertThat(warm.errLines()).isEqualTo(cold.errLines());
    }

    @Test
    void noCacheNeitherReadsNorWritesPages() {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        CacheEntries.rewritePages(root, html -> html + MARK);
        assertThat(site.build(DATE, REBUILD, "--no-cache").exitCode()).isZero();
        assertThat(marked(site.output())).isEmpty();
    }

    @Test
    void editingOnePagesTextRendersAgainExactlyThePagesWhoseBytesItChanges() {
        assertAnEditRendersAgainWhatItChanges(
                "content/projekte/fest.de.md",
                "---\ntitle: Fest der Kulturen\nsummary: Ein Fest für alle.\ntags: [Kultur, Begegnung]\n---\n"
                        + "Ein großes Fest im Stadtteil.\n",
                Set.of("de/projekte/fest/index.html"));
    }

    @Test
    void editingOnePagesTitleRendersAgainThePagesThatShowIt() {
        Set<String> again = assertAnEditRendersAgainWhatItChanges(
                "content/projekte/fest.de.md",
                "---\ntitle: Fest aller Kulturen\nsummary: Ein Fest für alle.\ntags: [Kultur, Begegnung]\n---\n"
                        + "Ein Fest im Stadtteil.\n",
                Set.of());
        assertThat(again)
                .as("the page, the section listing it, its tags' pages and the A–Z index")
                .contains("de/projekte/fest/index.html", "de/projekte/index.html", "de/a-z/index.html")
                .anyMatch(p -> p.startsWith("de/") && p.contains("kultur") && !p.contains("fest"))
                .doesNotContain("de/kontakt/index.html", "en/index.html", "ar/projekte/fest/index.html");
    }

    @Test
    void aChangedMenuTitleRendersEveryPageAgain() throws IOException {
        TestSite site = warmWithMarkedPages();
        Path yaml = root.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("title: Kontakt", "title: Kontakt und Anfahrt"));
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        assertThat(marked(site.output())).isEmpty();
        assertThat(site.page("de/projekte/fest/index.html").select("nav a:contains(Anfahrt)"))
                .isNotEmpty();
    }

    @Test
    void aChangedUiStringRendersEveryPageAgain() {
        TestSite site = warmWithMarkedPages();
        site.file("i18n/de.yaml", "nav:\n  home: Startseite\n");
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        assertThat(marked(site.output())).isEmpty();
    }

    @Test
    void aChangedThemeTemplateRendersEveryPageAgain() throws IOException {
        TestSite site = warmWithMarkedPages();
        site.file("theme/layout.html", builtInLayout().replace("<main", "<main data-theme=\"own\""));
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        assertThat(marked(site.output())).isEmpty();
        assertThat(site.page("en/index.html").select("main[data-theme=own]")).hasSize(1);
    }

    /** A cold build, its stored pages marked, and a warm build that shows every mark. */
    private TestSite warmWithMarkedPages() {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        CacheEntries.rewritePages(root, html -> html + MARK);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        assertThat(marked(site.output())).hasSizeGreaterThan(10);
        return site;
    }

    /**
     * Builds cold, marks the stored pages, writes {@code file} and builds warm: the pages rendered again (those without
     * the mark) are exactly the cached pages whose bytes a build without cache changes, and the warm build's pages are
     * those of the build without cache.
     *
     * @return the pages rendered again
     */
    private Set<String> assertAnEditRendersAgainWhatItChanges(String file, String text, Set<String> expected) {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        Map<String, String> before = TestSite.hashes(site.output());
        CacheEntries.rewritePages(root, html -> html + MARK);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        Set<String> cached = marked(site.output());

        site.file(file, text);
        assertThat(site.build(DATE, REBUILD).exitCode()).isZero();
        Set<String> again = new TreeSet<>(cached);
        again.removeAll(marked(site.output()));
        assertThat(site.build(
                                DATE,
                                "--no-cache",
                                "--output",
                                root.resolve("plain").toString())
                        .exitCode())
                .isZero();
        Map<String, String> after = TestSite.hashes(root.resolve("plain"));
        Set<String> changed = cached.stream()
                .filter(p -> !after.get(p).equals(before.get(p)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(again).isEqualTo(changed).containsAll(expected);
        for (String page : after.keySet()) {
            if (page.endsWith(".html")) {
                assertThat(read(site.output().resolve(page)).replace(MARK, ""))
                        .as(page)
                        .isEqualTo(read(root.resolve("plain").resolve(page)));
            }
        }
        return again;
    }

    private static String builtInLayout() throws IOException {
        try (InputStream in = PageCacheTest.class.getClassLoader().getResourceAsStream("theme/templates/layout.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> htmlFiles(Path folder) {
        return TestSite.hashes(folder).keySet().stream()
                .filter(p -> p.endsWith(".html"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> marked(Path folder) {
        return htmlFiles(folder).stream()
                .filter(p -> read(folder.resolve(p)).contains(MARK))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
