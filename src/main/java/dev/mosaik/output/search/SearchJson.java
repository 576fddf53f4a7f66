package dev.mosaik.output.search;

import dev.mosaik.output.JsonText;
import dev.mosaik.output.RowsLayout;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * The search index's JSON, written through {@link JsonText} (escaping is the library's business). Rows of
 * a chunk are compact, one value each; the manifest has the layout the index has always had — a line for each
 * top-level entry, its chunk lists a row a line — so that its bytes, and the chunk names, do not change.
 */
final class SearchJson {

    private SearchJson() {}

    /** One compact JSON value, written by {@code body}. */
    static String value(Consumer<JsonGenerator> body) {
        return JsonText.compact(body);
    }

    /**
     * The manifest, written by {@code body}, with a line break at its end: compact JSON but for line breaks before
     * the top-level entries after the first line ({@code version} and {@code language}) and before each row of the
     * top-level arrays (the chunk lists), so that it reads a line at a time and diffs well.
     */
    static String manifest(Consumer<JsonGenerator> body) {
        return JsonText.laidOut(RowsLayout.compact(2, Set.of("language")), body);
    }
}
