package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.SearchFiles;
import dev.mosaik.testing.WordySite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The chunks of a large tree's search index ({@link WordySite}: 2,000 pages, 24,000 words of their own): each under
 * its size bound, the terms sorted and contiguous across the chunks of terms, every page in exactly one chunk of
 * pages, and nothing in the folder that the manifest does not list.
 */
class SearchChunksTest {

    private static SearchFiles index() {
        return SearchFiles.read(WordySite.built().resolve("de/suche"));
    }

    @Test
    void everyChunkStaysUnderItsSizeBoundUnlessItHoldsASingleRow() throws IOException {
        SearchFiles index = index();
        assertThat(index.terms()).as("chunks of terms").hasSizeGreaterThanOrEqualTo(5);
        assertThat(index.docs()).as("chunks of pages").hasSizeGreaterThanOrEqualTo(20);
        for (SearchFiles.Chunk chunk : index.terms()) {
            long size = Files.size(index.folder().resolve(chunk.file()));
            assertThat(size <= SearchIndex.TERM_CHUNK || index.terms(chunk).size() == 1)
                    .as(chunk.file() + ": " + size + " bytes")
                    .isTrue();
            assertThat(size).as("the target is nearly reached before a cut").isGreaterThan(SearchIndex.TERM_CHUNK / 2);
        }
        for (SearchFiles.Chunk chunk : index.docs()) {
            long size = Files.size(index.folder().resolve(chunk.file()));
            assertThat(size <= SearchIndex.DOC_CHUNK || index.docs(chunk).size() == 1)
                    .as(chunk.file() + ": " + size + " bytes")
                    .isTrue();
        }
    }

    @Test
    void termsAreSortedAndContiguousAcrossTheChunksTheManifestListsInOrder() {
        SearchFiles index = index();
        String previous = null;
        for (SearchFiles.Chunk chunk : index.terms()) {
            List<SearchFiles.Term> terms = index.terms(chunk);
            assertThat(terms.get(0).term())
                    .as("the manifest names the first term of " + chunk.file())
                    .isEqualTo(chunk.first());
            for (SearchFiles.Term term : terms) {
                if (previous != null) {
                    assertThat(previous.compareTo(term.term()))
                            .as(previous + " before " + term.term())
                            .isNegative();
                }
                previous = term.term();
            }
        }
        List<String> all = index.allTerms().stream().map(SearchFiles.Term::term).toList();
        assertThat(all)
                .contains(
                        WordySite.word(0),
                        WordySite.word(WordySite.PAGES * WordySite.WORDS_PER_PAGE - 1),
                        "gemeinsam",
                        "seite");
        assertThat(index.allTerms())
                .allSatisfy(term ->
                        assertThat(term.pages()).isSorted().allMatch(page -> page >= 0 && page < index.count()));
    }

    @Test
    void everyPageIsInExactlyOneChunkOfPagesNumberedInOrder() {
        SearchFiles index = index();
        int next = 0;
        List<String> urls = new ArrayList<>();
        for (SearchFiles.Chunk chunk : index.docs()) {
            assertThat(chunk.first())
                    .as(chunk.file() + " begins where the one before ended")
                    .isEqualTo(next);
            List<SearchFiles.Doc> docs = index.docs(chunk);
            docs.forEach(doc -> urls.add(doc.url()));
            next += docs.size();
        }
        assertThat(next).isEqualTo(index.count());
        assertThat(new HashSet<>(urls))
                .as("no page twice")
                .hasSize(urls.size())
                .containsAll(IntStream.range(0, WordySite.PAGES)
                        .mapToObj(WordySite::url)
                        .toList())
                .contains("/de/", "/de/seiten/");
    }

    /**
     * The terms of a tree's pages are computed in parallel, a batch at a time, and added in the pages' order: every
     * page's own words lead to that page, on both sides of a batch's edge.
     */
    @Test
    void eachPagesOwnWordsLeadToThatPageAcrossTheBatchesItsTermsAreComputedIn() {
        SearchFiles index = index();
        List<String> urls = index.allDocs().stream().map(SearchFiles.Doc::url).toList();
        java.util.Map<String, List<Integer>> pagesOf = new java.util.HashMap<>();
        index.allTerms().forEach(term -> pagesOf.put(term.term(), term.pages()));
        for (int page : new int[] {0, 254, 255, 256, 257, 511, 512, 1000, WordySite.PAGES - 1}) {
            int number = urls.indexOf(WordySite.url(page));
            assertThat(number).as(WordySite.url(page)).isNotNegative();
            for (String word : WordySite.words(page)) {
                assertThat(pagesOf.get(word)).as(word + " of page " + page).containsExactly(number);
            }
        }
    }

    @Test
    void theFolderHoldsTheManifestAndTheChunksItListsAndNothingElse() {
        SearchFiles index = index();
        Set<String> listed = new HashSet<>(List.of("search.json"));
        index.terms().forEach(c -> listed.add(c.file()));
        index.docs().forEach(c -> listed.add(c.file()));
        assertThat(index.files())
                .extracting(f -> f.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(listed);
        assertThat(index.manifest())
                .startsWith("{\"version\":2,\"language\":\"de\"")
                .contains("\"count\":" + index.count());
    }

    @Test
    void theManifestIsSmallNextToTheChunks() throws IOException {
        SearchFiles index = index();
        long manifest = Files.size(index.folder().resolve("search.json"));
        long total = 0;
        for (Path file : index.files()) {
            total += Files.size(file);
        }
        assertThat(manifest).as("manifest of " + total + " bytes of index").isLessThan(total / 100);
    }
}
