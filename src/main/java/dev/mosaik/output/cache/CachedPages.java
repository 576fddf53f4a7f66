package dev.mosaik.output.cache;

import dev.mosaik.render.StoredPages;
import dev.mosaik.render.Views.PageView;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finished pages kept in the build cache. The key holds everything a page rendered from its view alone is made of:
 * the cache's stamp (mosaik and the content types' code, the theme, the configuration, the UI strings, the base URL),
 * the template's name, the language and the whole view, hashed by its structure ({@link ViewHash}). The build date
 * and everything else the site knows reach the page only through the view. The text is kept as the renderer finishes
 * it: chrome spliced, words of other scripts marked; the offline pack's size is put in later, by the output stage.
 */
public final class CachedPages implements StoredPages {

    static final String KIND = "pages";

    private final CacheFolder cache;

    public CachedPages(CacheFolder cache) {
        this.cache = cache;
    }

    @Override
    public Optional<String> page(String template, String languageCode, PageView page, Rendering rendering) {
        String key = ViewHash.add(cache.key(KIND).add(template).add(languageCode), page)
                .hex();
        Optional<byte[]> stored = cache.read(KIND, key);
        if (stored.isPresent()) {
            return Optional.of(new String(stored.get(), StandardCharsets.UTF_8));
        }
        Optional<String> html = rendering.render();
        html.ifPresent(h -> cache.write(KIND, key, h.getBytes(StandardCharsets.UTF_8)));
        return html;
    }
}
