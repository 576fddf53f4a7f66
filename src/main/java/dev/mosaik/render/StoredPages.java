package dev.mosaik.render;

import dev.mosaik.render.Views.PageView;
import java.util.Optional;

/**
 * Where finished pages come from: rendered now, or taken from a store of earlier builds' pages (the build cache). A
 * page rendered from a {@link PageView} alone is a function of its template, its language, that view and what every
 * page depends on (mosaik, the theme, the configuration, the UI strings — the store's part to know), so a store may
 * hand back the text it kept for an equal view. A page whose rendering failed is never kept.
 */
public interface StoredPages {

    /** Renders the page: its finished text, or empty when the template failed (the problem is reported). */
    @FunctionalInterface
    interface Rendering {
        Optional<String> render();
    }

    /** Renders every page. */
    StoredPages NONE = (template, languageCode, page, rendering) -> rendering.render();

    /** The finished text of {@code page} rendered with {@code template} in the language {@code languageCode}. */
    Optional<String> page(String template, String languageCode, PageView page, Rendering rendering);
}
