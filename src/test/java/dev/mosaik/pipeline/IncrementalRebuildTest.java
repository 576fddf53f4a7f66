package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.SearchFiles;
import dev.mosaik.testing.TestSite;
import dev.mosaik.testing.WordySite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's incremental rebuilds: after an edit, only the outputs that depend on what changed are rendered
 * again, and the folder ends up byte for byte as a full build would write it.
 */
class IncrementalRebuildTest {

    @TempDir
    Path dir;

    private TestSite site;
    private PreviewBuilds builder;
    private BuildOptions options;

    @BeforeEach
    void buildOnce() {
        site = TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Willkommen.
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- content/projekte/_index.en.md --
                ---
                title: Projects
                ---
                -- content/projekte/a.de.md --
                ---
                title: Projekt A
                tags: [Sprache]
                ---
                Text A mit [Link zu B](/projekte/b.md).
                -- content/projekte/b.de.md --
                ---
                title: Projekt B
                tags: [Sport]
                ---
                Text B.
                -- content/projekte/b.en.md --
                ---
                title: Project B
                tags: [Sport]
                ---
                Text B in English.
                -- content/kontakt.de.md --
                ---
                title: Kontakt
                ---
                Rathaus.
                """);
        builder = new PreviewBuilds();
        options = BuildOptions.of(dir, dir.resolve("public"))
                .withToday(LocalDate.of(2026, 11, 29))
                .withPdf(false)
                .inPlace(true);
        assertThat(builder.build(options).hasErrors()).isFalse();
    }

    @Test
    void aNewTitleRendersThePageItsFallbacksAndTheListingsThatShowItButNotUnrelatedPages() {
        BuildResult result = edit("content/projekte/a.de.md", """
                ---
                title: Projekt A, neu
                tags: [Sprache]
                ---
                Text A mit [Link zu B](/projekte/b.md).
                """);

        assertThat(result.rendered())
                .contains(
                        "de/projekte/a/index.html",
                        "en/projekte/a/index.html",
                        "ar/projekte/a/index.html",
                        "de/projekte/index.html",
                        "en/projekte/index.html",
                        "de/schlagwoerter/sprache/index.html",
                        "sitemap.xml");
        assertThat(result.rendered())
                .as("pages that do not show project A's title")
                .doesNotContain(
                        "de/projekte/b/index.html",
                        "en/projekte/b/index.html",
                        "de/kontakt/index.html",
                        "de/schlagwoerter/sport/index.html",
                        "ar/kontakt/index.html");
        assertThat(site.page("de/projekte/index.html").text()).contains("Projekt A, neu");
        assertSameAsFullBuild();
    }

    @Test
    void aFooterPageRendersEveryPageOfItsTreesBecauseEveryFooterNamesIt() {
        BuildResult result = edit("content/kontakt.de.md", """
                ---
                title: Kontakt und Anfahrt
                ---
                Rathaus.
                """);

        assertThat(result.rendered()).contains("de/projekte/b/index.html", "en/projekte/b/index.html", "de/index.html");
        assertThat(site.page("de/projekte/b/index.html").select("footer").text())
                .contains("Kontakt und Anfahrt");
        assertSameAsFullBuild();
    }

    @Test
    void aNewTagAddsItsTermPageAndADeletedPageLeavesNoFileBehind() throws IOException {
        BuildResult tagged = edit("content/projekte/b.de.md", """
                ---
                title: Projekt B
                tags: [Sport, Jugend]
                ---
                Text B.
                """);
        assertThat(tagged.changed()).contains("de/schlagwoerter/jugend/index.html");
        assertSameAsFullBuild();

        Files.delete(dir.resolve("content/projekte/a.de.md"));
        BuildResult deleted = builder.rebuild(options, Set.of(dir.resolve("content/projekte/a.de.md")));
        assertThat(deleted.hasErrors()).as("%s", deleted.problems()).isFalse();
        assertThat(deleted.changed()).contains("de/projekte/a/index.html", "de/schlagwoerter/sprache/index.html");
        assertThat(dir.resolve("public/de/projekte/a"))
                .as("the vanished page's folder goes with it")
                .doesNotExist();
        assertThat(dir.resolve("public/de/projekte")).isDirectory();
        assertSameAsFullBuild();
    }

    @Test
    void aNewPageIsLinkedFromItsSectionAndALinkToItNowResolves() {
        site.file("content/projekte/a.de.md", """
                ---
                title: Projekt A
                tags: [Sprache]
                ---
                Text A mit [Link zu C](/projekte/c.md).
                """);
        BuildResult broken = builder.rebuild(options, Set.of(dir.resolve("content/projekte/a.de.md")));
        assertThat(broken.hasErrors())
                .as("a link to a page that does not exist yet")
                .isTrue();

        BuildResult result = edit("content/projekte/c.de.md", """
                ---
                title: Projekt C
                ---
                Text C.
                """);
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        assertThat(result.changed())
                .contains("de/projekte/c/index.html", "de/projekte/a/index.html", "de/projekte/index.html");
        assertThat(site.page("de/projekte/a/index.html").select("a[href=/de/projekte/c/]"))
                .hasSize(1);
        assertSameAsFullBuild();
    }

    @Test
    void aBrokenEditReportsItsLineAndLeavesThePreviewAsItWas() throws IOException {
        String before = Files.readString(dir.resolve("public/de/projekte/a/index.html"));
        BuildResult result = edit("content/projekte/a.de.md", """
                ---
                title: [unclosed
                ---
                Text.
                """);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems().get(0).toString()).contains("content/projekte/a.de.md:2");
        assertThat(Files.readString(dir.resolve("public/de/projekte/a/index.html")))
                .isEqualTo(before);
    }

    @Test
    void frontMatterEditsOnTheShippedSiteGiveTheSameFilesAsAFullBuild() throws IOException {
        Path shipped = dir.resolve("shipped");
        for (String part : new String[] {"site.yaml", "content", "i18n"}) {
            copy(Path.of(part), shipped.resolve(part));
        }
        options = BuildOptions.of(shipped, shipped.resolve("public"))
                .withToday(LocalDate.of(2026, 11, 29))
                .withPdf(false)
                .inPlace(true);
        assertThat(builder.build(options).hasErrors()).isFalse();
        Path course = shipped.resolve("content/deutsch-lernen/alphabetisierung-westend.de.md");
        Files.writeString(
                course,
                Files.readString(course)
                        .replaceFirst("(?m)^district: .*$", "district: Niedergirmes")
                        .replaceFirst("(?m)^title: .*$", "title: \"Alphabetisierung am Abend\""));
        BuildResult result = builder.rebuild(options, Set.of(course));

        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        assertThat(result.rendered().size())
                .as(
                        "outputs rendered again of %d",
                        files(shipped.resolve("public")).size())
                .isLessThan(files(shipped.resolve("public")).size() / 2);
        Path full = dir.resolve("shipped-full");
        assertThat(new PreviewBuilds().build(options.withOutput(full)).hasErrors())
                .isFalse();
        assertThat(files(shipped.resolve("public"))).isEqualTo(files(full));
    }

    @Test
    void aSearchIndexThatShrinksLeavesNoChunkBehind() throws IOException {
        Path root = dir.resolve("wordy");
        WordySite.write(root, 400);
        BuildOptions wordy = BuildOptions.of(root, root.resolve("public"))
                .withToday(LocalDate.of(2026, 11, 29))
                .withPdf(false)
                .inPlace(true);
        PreviewBuilds preview = new PreviewBuilds();
        assertThat(preview.build(wordy).hasErrors()).isFalse();
        SearchFiles before = SearchFiles.read(root.resolve("public/de/suche"));
        assertThat(before.terms()).as("chunks of terms").hasSizeGreaterThan(1);
        assertThat(before.docs()).as("chunks of pages").hasSizeGreaterThan(2);

        Set<Path> deleted = new java.util.HashSet<>();
        for (int page = 10; page < 400; page++) {
            Path file = root.resolve(WordySite.path(page));
            Files.delete(file);
            deleted.add(file);
        }
        BuildResult result = preview.rebuild(wordy, deleted);

        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        SearchFiles after = SearchFiles.read(root.resolve("public/de/suche"));
        assertThat(after.terms()).hasSize(1);
        assertThat(after.docs()).hasSize(1);
        assertThat(after.files())
                .as("the manifest and its two chunks, no chunk of the larger index")
                .hasSize(3);
        assertThat(result.changed())
                .as("the vanished chunks are reported as changed")
                .contains(
                        "de/suche/" + before.terms().get(1).file(),
                        "de/suche/" + before.docs().get(2).file());
        Path full = dir.resolve("wordy-full");
        assertThat(new PreviewBuilds().build(wordy.withOutput(full)).hasErrors())
                .isFalse();
        assertThat(files(root.resolve("public"))).isEqualTo(files(full));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void reportsAnOutputFolderItCannotWriteInsteadOfSwallowingTheError() throws IOException {
        // Something else put a file where the page's folder belongs: no rebuild can write the page there.
        Path folder = dir.resolve("public/de/projekte/a");
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
        Files.writeString(folder, "not a folder");

        BuildResult result = edit("content/projekte/a.de.md", """
                ---
                title: Projekt A
                tags: [Sprache]
                ---
                Neuer Text A.
                """);

        assertThat(result.published()).isFalse();
        assertThat(result.problems())
                .as("the incremental write's failure is said, then the full build's")
                .anySatisfy(
                        p -> assertThat(p.message()).contains("incremental rebuild could not write the output folder"))
                .anySatisfy(p -> assertThat(p.isError()).isTrue());

        Files.delete(folder);
        BuildResult recovered = edit("content/projekte/a.de.md", """
                ---
                title: Projekt A
                tags: [Sprache]
                ---
                Neuer Text A, wieder.
                """);
        assertThat(recovered.hasErrors()).as("%s", recovered.problems()).isFalse();
        assertSameAsFullBuild();
    }

    private BuildResult edit(String path, String content) {
        site.file(path, content);
        BuildResult result = builder.rebuild(options, Set.of(dir.resolve(path)));
        return result;
    }

    /** The incremental folder must be what a full build of the same sources writes, file for file. */
    private void assertSameAsFullBuild() {
        Path full = dir.resolve("full");
        BuildResult fresh = new PreviewBuilds().build(options.withOutput(full));
        assertThat(fresh.hasErrors()).as("%s", fresh.problems()).isFalse();
        assertThat(files(dir.resolve("public"))).isEqualTo(files(full));
    }

    /** Every file with its bytes and every folder (ending in /), so that a leftover empty folder shows too. */
    private static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root)).forEach(file -> {
                try {
                    files.put(
                            root.relativize(file) + (Files.isDirectory(file) ? "/" : ""),
                            Files.isDirectory(file)
                                    ? ""
                                    : Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
