package dev.mosaik.output.search;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * The search index's JSON, written by Jackson's streaming generator (escaping is the library's business). Rows of
 * a chunk are compact, one value each; the manifest has the layout the index has always had — a line for each
 * top-level entry, its chunk lists a row a line — so that its bytes, and the chunk names, do not change.
 */
final class SearchJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SearchJson() {}

    /** One compact JSON value, written by {@code body}. */
    static String value(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            body.accept(json);
        }
        return out.toString();
    }

    /** The manifest, written by {@code body} in the {@link ManifestLayout}, with a line break at its end. */
    static String manifest(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(
                new ObjectWriteContext.Base() {
                    @Override
                    public PrettyPrinter getPrettyPrinter() {
                        return new ManifestLayout();
                    }
                },
                out)) {
            body.accept(json);
        }
        return out.append('\n').toString();
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
