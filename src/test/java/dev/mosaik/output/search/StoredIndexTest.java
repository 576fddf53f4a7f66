package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.output.cache.CacheEntries;
import dev.mosaik.testing.SearchFiles;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tree's finished search index from the build cache ({@link StoredIndex}): taken whole when none of its pages
 * changed, made again for the tree of an edited page only, and the pages' terms kept for that. Tests tell a stored
 * index from a fresh one by marking the stored manifests.
 */
class StoredIndexTest {

    private static final String MARK = "\"marked\":true,";

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Willkommen im Stadtteil.
            -- content/_index.en.md --
            ---
            title: Home
            ---
            Welcome to the district.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Unsere Projekte.
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            Schreiben Sie uns.
            -- content/kontakt.en.md --
            ---
            title: Contact
            ---
            Write to us.
            """;

    @Test
    void aWarmBuildTakesEachTreesIndexFromTheCache(@TempDir Path root) {
        TestSite site = coldWithMarkedIndexes(root);
        build(site);
        assertThat(site.text("de/suche/search.json")).contains(MARK);
        assertThat(site.text("en/search/search.json")).contains(MARK);
    }

    @Test
    void anEditedPageMakesOnlyItsTreesIndexAgain(@TempDir Path root) {
        TestSite site = coldWithMarkedIndexes(root);
        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\n---\nSchreiben Sie uns eine Brieftaube.\n");
        build(site);
        assertThat(site.text("de/suche/search.json")).doesNotContain(MARK);
        assertThat(SearchFiles.read(site.output().resolve("de/suche")).allTerms().stream()
                        .map(SearchFiles.Term::term))
                .contains("brieftaube");
        assertThat(site.text("en/search/search.json")).contains(MARK);
    }

    @Test
    void storesEachFileOfAnIndexAsAnEntryOfItsOwnThatTheIndexesEntryLists(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        build(site);
        Set<String> fileEntries = new HashSet<>();
        CacheEntries.of(root, StoredIndex.FILE_KIND)
                .forEach(entry -> fileEntries.add(entry.getFileName().toString().replace(".entry", "")));
        List<Set<String>> listedNames = new java.util.ArrayList<>();
        for (Path entry : CacheEntries.of(root, StoredIndex.KIND)) {
            CacheEntries.rewrite(entry, payload -> {
                List<StoredIndex.Listed> listed = StoredIndex.decode(payload).orElseThrow();
                assertThat(fileEntries)
                        .containsAll(
                                listed.stream().map(StoredIndex.Listed::key).toList());
                listedNames.add(new HashSet<>(
                        listed.stream().map(StoredIndex.Listed::name).toList()));
                return payload;
            });
        }
        Set<String> germanFiles = new HashSet<>();
        SearchFiles.read(site.output().resolve("de/suche"))
                .files()
                .forEach(file -> germanFiles.add(site.output()
                        .resolve("de/suche")
                        .relativize(file)
                        .toString()
                        .replace('\\', '/')));
        assertThat(listedNames).contains(germanFiles);
    }

    @Test
    void anIndexOneOfWhoseFilesIsGoneFromTheCacheIsMadeAgainWhole(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        build(site);
        java.util.Map<String, String> fresh = TestSite.hashes(site.output());
        for (Path entry : CacheEntries.of(root, StoredIndex.FILE_KIND)) {
            Files.delete(entry);
            break;
        }
        build(site);
        assertThat(TestSite.hashes(site.output())).isEqualTo(fresh);
        build(site);
        assertThat(TestSite.hashes(site.output())).isEqualTo(fresh);
    }

    @Test
    void theTermsOfATreeWhoseIndexComesFromTheCacheAreNotPruned(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        build(site);
        List<Path> terms = CacheEntries.of(root, "terms");
        for (Path entry : terms) {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        }
        // The German tree's index is made again (and the Arabic one's, which shows the German page), so stored
        // terms are read and the old ones pruned; the English tree's index comes from the cache.
        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\n---\nSchreiben Sie uns eine Brieftaube.\n");
        build(site);
        assertThat(terms.stream().filter(entry -> !Files.exists(entry)))
                .as("only the edited page's old terms, in the German and the Arabic tree, are pruned")
                .hasSize(2);
    }

    private static void build(TestSite site) {
        TestSite.Run run = site.build("--rebuild");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** A site built once, its stored indexes' manifests marked: a build that takes one writes the mark. */
    private static TestSite coldWithMarkedIndexes(Path root) {
        TestSite site = TestSite.write(root, SITE);
        build(site);
        assertThat(CacheEntries.of(root, StoredIndex.KIND)).hasSize(3);
        Set<String> manifests = new HashSet<>();
        for (Path entry : CacheEntries.of(root, StoredIndex.KIND)) {
            CacheEntries.rewrite(entry, payload -> {
                StoredIndex.decode(payload).orElseThrow().stream()
                        .filter(file -> file.name().equals("search.json"))
                        .forEach(file -> manifests.add(file.key()));
                return payload;
            });
        }
        assertThat(manifests).hasSize(3);
        for (Path entry : CacheEntries.of(root, StoredIndex.FILE_KIND)) {
            String key = entry.getFileName().toString().replace(".entry", "");
            if (manifests.contains(key)) {
                CacheEntries.rewrite(entry, StoredIndexTest::mark);
            }
        }
        return site;
    }

    private static byte[] mark(byte[] manifest) {
        return new String(manifest, StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{" + MARK)
                .getBytes(StandardCharsets.UTF_8);
    }
}
