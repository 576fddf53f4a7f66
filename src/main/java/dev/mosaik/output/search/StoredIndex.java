package dev.mosaik.output.search;

import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.CacheKey;
import dev.mosaik.output.cache.EntryData;
import dev.mosaik.render.PageSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tree's finished search index (manifest and chunks) kept whole in the build cache, under a hash of everything
 * its bytes are made of: the cache's stamp (mosaik, {@code site.yaml}, the UI strings, the theme), the language, the
 * folder and, page by page in the index's order, the key of the page's terms (its HTML, title, tags, summary, typed
 * facts and whether it is a fallback) and what its row adds (address, section, the language it is written in). A
 * build in which none of that changed writes the stored files instead of reading every page's terms, merging the
 * postings and writing the chunks again; an edited page makes its tree's index again (from its other pages' stored
 * terms).
 */
final class StoredIndex {

    static final String KIND = "search-index";

    /** One file of the index, named relative to the search page's folder. */
    record File(String name, byte[] content) {}

    private StoredIndex() {}

    /** A key to which the caller adds each page's part (see {@link #page}), in the index's order. */
    static CacheKey key(CacheFolder cache, String language, String folder, int pages) {
        return cache.key(KIND).add(language).add(folder).add(pages);
    }

    /** Adds one page's part to {@code key}. */
    static void page(CacheKey key, String termsKey, String address, String section, String writtenIn) {
        key.add(termsKey).add(address).add(section).add(writtenIn);
    }

    /** The stored files, in the order they were written; empty when there is no such entry or it is damaged. */
    static Optional<List<File>> read(CacheFolder cache, String key) {
        return cache.read(KIND, key).flatMap(StoredIndex::decode);
    }

    static void write(CacheFolder cache, String key, List<File> files) {
        cache.write(KIND, key, encode(files));
    }

    static byte[] encode(List<File> files) {
        EntryData.Out out = new EntryData.Out().number(files.size());
        files.forEach(file -> out.string(file.name()).blob(file.content()));
        return out.bytes();
    }

    static Optional<List<File>> decode(byte[] bytes) {
        try {
            EntryData.In in = new EntryData.In(bytes);
            List<File> files = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                files.add(new File(in.string(), in.blob()));
            }
            in.end();
            return Optional.of(List.copyOf(files));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A sink that passes every file on and keeps it, to be stored once the index is whole. It holds the tree's index
     * (a few megabytes for thousands of pages) until then; only a build with a cache records.
     */
    static final class Recording implements PageSink {
        private final String folder;
        private final PageSink sink;
        private final List<File> files = new ArrayList<>();

        /** @param folder the search page's folder, ending with a slash, that every file is written into */
        Recording(String folder, PageSink sink) {
            this.folder = folder;
            this.sink = sink;
        }

        @Override
        public synchronized void write(String outputFile, byte[] content) {
            if (!outputFile.startsWith(folder)) {
                throw new IllegalArgumentException("the index writes into its folder only: " + outputFile);
            }
            files.add(new File(outputFile.substring(folder.length()), content));
            sink.write(outputFile, content);
        }

        synchronized List<File> files() {
            return List.copyOf(files);
        }
    }
}
