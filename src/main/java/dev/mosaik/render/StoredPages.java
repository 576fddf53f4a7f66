package dev.mosaik.render;

import dev.mosaik.render.Views.PageView;
import java.util.List;
import java.util.Optional;

/**
 * Where finished pages come from: rendered now, or taken from a store of earlier builds' pages (the build cache). A
 * page rendered from a {@link PageView} alone (or with a {@link SideView} beside it) is a function of its template, its language, that view and what every
 * page depends on (mosaik, the theme, the configuration, the UI strings — the store's part to know), so a store may
 * hand back the text it kept for an equal view. A page whose rendering failed is never kept.
 */
public interface StoredPages {

    /**
     * A finished page and the UI strings its templates asked for ({@link AskedMessages}).
     *
     * @param html the page's text in UTF-8, as it is written: a page taken from a store goes to the output as the bytes
     *             kept, never decoded into a string and encoded again (a record of an array: compared by identity, which
     *             no caller needs otherwise)
     */
    record Page(byte[] html, List<String> messageKeys) {}

    /** How a page is rendered, and how a page taken from a store asks again for its UI strings. */
    interface Rendering {

        /** The finished page, or empty when the template failed (the problem is reported). */
        Optional<Page> render();

        /** Asks for the UI strings a stored page asked for, so that missing ones are reported as they were. */
        void ask(List<String> messageKeys);
    }

    /**
     * What a page kept in a store is rendered from, and keyed by: its page view and, for a template that reads one,
     * the view beside it.
     */
    record Input(PageView page, Optional<SideView> side) {}

    /**
     * A finished page as a store hands it out.
     *
     * @param html   the page's text in UTF-8
     * @param digest the hash of exactly these bytes, where the store keeps it with them ({@link PageSink#write(String,
     *               byte[], byte[])}): the output stage, which hashes every file it packs, need not hash the page again
     */
    record Finished(byte[] html, Optional<byte[]> digest) {

        /** Writes the page into {@code sink}, with its hash where it is known. */
        void writeTo(PageSink sink, String outputFile) {
            if (digest.isPresent()) {
                sink.write(outputFile, html, digest.get());
            } else {
                sink.write(outputFile, html);
            }
        }
    }

    /** Renders every page. */
    StoredPages NONE = (template, languageCode, page, rendering) ->
            rendering.render().map(p -> new Finished(p.html(), Optional.empty()));

    /**
     * The finished text of {@code input} rendered with {@code template} in the language {@code languageCode}, in
     * UTF-8.
     */
    Optional<Finished> page(String template, String languageCode, Input input, Rendering rendering);
}
