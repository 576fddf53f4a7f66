package dev.mosaik.output.cache;

import dev.mosaik.render.StoredPages;
import dev.mosaik.render.StoredPages.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finished pages kept in the build cache. The key holds everything a page rendered from its view alone is made of:
 * the cache's stamp (mosaik and the content types' code, the theme, the configuration, the UI strings, the base URL),
 * the template's name, the language and the whole view (the page view and the view beside it, where the template reads
 * one: {@link StoredPages.Input}), hashed by its structure ({@link ViewHash}). The build date
 * and everything else the site knows reach the page only through the view. The text is kept as the renderer finishes
 * it: chrome spliced, words of other scripts marked; the offline pack's size is put in later, by the output stage.
 * With it are kept the UI strings its templates asked for, which a page taken from the cache asks for again: a
 * string missing in the page's language is reported by a warm build as by a cold one; and the hash of its text
 * ({@link CacheKey#hash}), which the offline stage keys the page's pack entry by: a warm build hands it on with the
 * page instead of hashing every page it writes again (a sixth of a one-page-edit build's processor time).
 */
public final class CachedPages implements StoredPages {

    static final String KIND = "pages";

    private final CacheFolder cache;

    public CachedPages(CacheFolder cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Finished> page(String template, String languageCode, Input input, Rendering rendering) {
        String key = ViewHash.add(cache.key(KIND).add(template).add(languageCode), input)
                .hex();
        Optional<Entry> stored = cache.read(KIND, key).flatMap(CachedPages::decode);
        if (stored.isPresent()) {
            rendering.ask(stored.get().page().messageKeys());
            return Optional.of(stored.get().finished());
        }
        Optional<Entry> rendered = rendering.render().map(p -> new Entry(p, CacheKey.hash(p.html())));
        rendered.ifPresent(e -> cache.write(KIND, key, encode(e)));
        return rendered.map(Entry::finished);
    }

    /** A page as kept: the page and the hash of its text. */
    record Entry(Page page, byte[] digest) {

        Finished finished() {
            return new Finished(page.html(), Optional.of(digest));
        }
    }

    /**
     * The UI strings the page asked for, then its text's bytes with their length (the form {@link EntryData.Out#string}
     * gives a string: the text is kept as the UTF-8 it is written in, and read back without decoding), then its hash.
     */
    static byte[] encode(Entry entry) {
        EntryData.Out out =
                new EntryData.Out().number(entry.page().messageKeys().size());
        entry.page().messageKeys().forEach(out::string);
        return out.blob(entry.page().html()).blob(entry.digest()).bytes();
    }

    static Optional<Entry> decode(byte[] bytes) {
        try {
            EntryData.In in = new EntryData.In(bytes);
            List<String> keys = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                keys.add(in.string());
            }
            Entry entry = new Entry(new Page(in.blob(), keys), in.blob());
            in.end();
            return Optional.of(entry);
        } catch (IOException e) {
            // Checksummed, so only an entry of another format gets here: a miss.
            return Optional.empty();
        }
    }
}
