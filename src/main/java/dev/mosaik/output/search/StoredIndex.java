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
    /**
     * Each file of an index is an entry of its own, named by its content, and the index's entry lists them: so a
     * build stores each file as it is written and holds none of them. Kept whole until the index was complete, a
     * tree's files held 25 MB at 100,000 pages, two trees at once.
     */
    static final String FILE_KIND = "search-file";

    /** One file of the index, named relative to the search page's folder. */
    record File(String name, byte[] content) {}

    /** One file of a stored index: its name and the key of the entry that holds its content. */
    record Listed(String name, String key) {}

    private StoredIndex() {}

    /** A key to which the caller adds each page's part (see {@link #page}), in the index's order. */
    static CacheKey key(CacheFolder cache, String language, String folder, int pages) {
        return cache.key(KIND).add(language).add(folder).add(pages);
    }

    /** Adds one page's part to {@code key}. */
    static void page(CacheKey key, String termsKey, String address, String section, String writtenIn) {
        key.add(termsKey).add(address).add(section).add(writtenIn);
    }

    /**
     * The stored files, in the order they were written; empty when there is no such entry, or it or one of its files
     * is damaged or gone. Read whole before any is written, so that a miss leaves nothing half written.
     */
    static Optional<List<File>> read(CacheFolder cache, String key) {
        Optional<List<Listed>> listed = cache.read(KIND, key).flatMap(StoredIndex::decode);
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        List<File> files = new ArrayList<>();
        for (Listed file : listed.get()) {
            Optional<byte[]> content = cache.read(FILE_KIND, file.key());
            if (content.isEmpty()) {
                return Optional.empty();
            }
            files.add(new File(file.name(), content.get()));
        }
        return Optional.of(files);
    }

    static byte[] encode(List<Listed> files) {
        EntryData.Out out = new EntryData.Out().number(files.size());
        files.forEach(file -> out.string(file.name()).string(file.key()));
        return out.bytes();
    }

    static Optional<List<Listed>> decode(byte[] bytes) {
        try {
            EntryData.In in = new EntryData.In(bytes);
            List<Listed> files = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                files.add(new Listed(in.string(), in.string()));
            }
            in.end();
            return Optional.of(List.copyOf(files));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A sink that passes every file on and stores it in the cache at once, keeping only its name and key; {@link
     * #store} then stores the list as the index's entry. Only a build with a cache records.
     */
    static final class Recording implements PageSink {
        private final String folder;
        private final PageSink sink;
        private final CacheFolder cache;
        private final List<Listed> files = new ArrayList<>();

        /** @param folder the search page's folder, ending with a slash, that every file is written into */
        Recording(String folder, PageSink sink, CacheFolder cache) {
            this.folder = folder;
            this.sink = sink;
            this.cache = cache;
        }

        @Override
        public synchronized void write(String outputFile, byte[] content) {
            if (!outputFile.startsWith(folder)) {
                throw new IllegalArgumentException("the index writes into its folder only: " + outputFile);
            }
            String key = cache.key(FILE_KIND).add(content).hex();
            cache.write(FILE_KIND, key, content);
            files.add(new Listed(outputFile.substring(folder.length()), key));
            sink.write(outputFile, content);
        }

        /** Stores the index as written so far, under {@code key}. */
        synchronized void store(String key) {
            cache.write(KIND, key, encode(files));
        }
    }
}
