package dev.mosaik.output.search;

import dev.mosaik.output.JsonText;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

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

    /** The manifest, written by {@code body} in the {@link ManifestLayout}, with a line break at its end. */
    static String manifest(Consumer<JsonGenerator> body) {
        return JsonText.laidOut(new ManifestLayout(), body);
    }

    /**
     * Compact JSON but for line breaks before the top-level entries after the first line ({@code version} and
     * {@code language}) and before each row of the top-level arrays (the chunk lists), so that the manifest reads a
     * line at a time and diffs well.
     */
    private static final class ManifestLayout implements PrettyPrinter {

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {}

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            // Called once the next entry's name is known: "language" stays on the first line with "version".
            boolean topLevel = g.streamWriteContext().getNestingDepth() == 1;
            g.writeRaw(topLevel && !"language".equals(g.streamWriteContext().currentName()) ? ",\n" : ",");
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(':');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(rowPerLine(g) ? ",\n" : ",");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (rowPerLine(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {}

        /** Whether the array being written is a chunk list (an entry of the top-level object). */
        private static boolean rowPerLine(JsonGenerator g) {
            return g.streamWriteContext().getNestingDepth() == 2;
        }
    }
}
