package dev.mosaik.check;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON of {@code mosaik check --format json}, written by Jackson's streaming generator in the layout the report
 * has always had: one top-level entry a line, each row of its lists (a problem, a language, a link) on a line of
 * its own, so that a diff of two reports shows the problems that changed.
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {}

    /** The report written by {@code body}, with a line break at its end. */
    static String write(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(
                new ObjectWriteContext.Base() {
                    @Override
                    public PrettyPrinter getPrettyPrinter() {
                        return new RowsLayout();
                    }
                },
                out)) {
            body.accept(json);
        }
        return out.append('\n').toString();
    }

    /** The top-level object's entries indented a line each, its lists' rows a line each, the rows themselves inline. */
    private static final class RowsLayout implements PrettyPrinter {

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {}

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            if (depth(g) == 1) {
                g.writeRaw("\n  ");
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(depth(g) == 1 ? ",\n  " : ", ");
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            g.writeRaw(depth(g) == 1 && entries > 0 ? "\n}" : "}");
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (depth(g) == 2) {
                g.writeRaw("\n    ");
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(depth(g) == 2 ? ",\n    " : ", ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(depth(g) == 2 && values > 0 ? "\n  ]" : "]");
        }

        private static int depth(JsonGenerator g) {
            return g.streamWriteContext().getNestingDepth();
        }
    }
}
