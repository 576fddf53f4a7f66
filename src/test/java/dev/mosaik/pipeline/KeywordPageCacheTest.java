package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.output.cache.CacheEntries;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of an A–Z index split into pages (its overview and a page per letter or range, each read by its template
 * beside the page view) are finished pages of the build cache like any other: a warm build takes them from it and
 * writes the bytes of a build without cache, with the same warnings; a retitled page renders again the pages that
 * list it, never serving the old title, and only those.
 */
class KeywordPageCacheTest {

    private static final String DATE = "--build-date=2026-12-07";
    private static final String MARK = "<!-- from the page cache -->";

    @TempDir
    Path root;

    @Test
    void aSplitIndexsPagesComeFromTheCacheAndARetitledPageRendersAgainThePagesListingIt() {
        TestSite site = KeywordIndexPagesTest.large(root.resolve("site"));
        TestSite.Run cold = site.build(DATE);
        assertThat(cold.exitCode()).as(cold.err()).isZero();
        Map<String, String> coldPages = pages(site.output());
        CacheEntries.rewritePages(site.root(), html -> html + MARK);

        TestSite.Run warm = site.build(DATE, "--rebuild");
        assertThat(withoutPackSize(warm.errLines()))
                .as("the warm build's warnings: every UI string the cached pages asked for asked again")
                .isEqualTo(withoutPackSize(cold.errLines()))
                .anyMatch(w -> w.contains("message 'keywords.part' is missing"));
        Map<String, String> warmPages = pages(site.output());
        assertThat(marked(warmPages))
                .as("the overview, every letter page and the ranges of a long letter, in both trees")
                .contains(
                        "de/a-z/index.html",
                        "de/a-z/b/index.html",
                        "de/a-z/s-1/index.html",
                        "de/a-z/s-2/index.html",
                        "de/a-z/f-2/index.html")
                .anyMatch(p -> p.startsWith("ar/") && p.contains("/index.html") && !p.equals("ar/index.html"));
        assertThat(unmarked(warmPages)).isEqualTo(coldPages);

        site.file("content/kurse/kurs-1510.de.md", "---\ntitle: Sprachkurs 1510 am Abend\ntags: [Familie]\n---\n");
        assertThat(site.build(DATE).exitCode()).isZero();
        Map<String, String> edited = pages(site.output());
        assertThat(site.page("de/a-z/s-2/index.html").select(".az-keywords a").eachText())
                .as("not served stale")
                .contains("Sprachkurs 1510 am Abend")
                .doesNotContain("Sprachkurs 1510");
        assertThat(marked(edited))
                .as("the pages listing the course rendered again, the others taken from the cache")
                .doesNotContain("de/a-z/s-2/index.html", "de/a-z/f-2/index.html")
                .contains("de/a-z/index.html", "de/a-z/s-1/index.html", "de/a-z/a/index.html", "de/a-z/f-1/index.html");
        Path plain = root.resolve("plain");
        assertThat(site.build(DATE, "--no-cache", "--output", plain.toString()).exitCode())
                .isZero();
        assertThat(unmarked(edited)).isEqualTo(pages(plain));
    }

    /**
     * The warnings but the one on the size of the offline copy, which the test's own marks in the cached pages make
     * larger (the pages in the pack are the marked ones).
     */
    private static List<String> withoutPackSize(List<String> warnings) {
        return warnings.stream().filter(w -> !w.contains("the offline copy of")).toList();
    }

    private static Set<String> marked(Map<String, String> pages) {
        Set<String> marked = new TreeSet<>();
        pages.forEach((file, text) -> {
            if (text.contains(MARK)) {
                marked.add(file);
            }
        });
        return marked;
    }

    private static Map<String, String> unmarked(Map<String, String> pages) {
        Map<String, String> plain = new TreeMap<>();
        pages.forEach((file, text) -> plain.put(file, text.replace(MARK, "")));
        return plain;
    }

    /** The text of every page below the A–Z indexes ({@code a-z}, {@code فهرس}), by file. */
    private static Map<String, String> pages(Path output) {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = output.relativize(file).toString().replace('\\', '/');
                if (name.contains("/a-z/") || name.contains("/فهرس/")) {
                    pages.put(name, Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
