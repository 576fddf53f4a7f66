package dev.mosaik.output;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON written by Jackson's streaming generator, so that escaping is the library's business: compact, or in a layout
 * of our own (such as {@link RowsLayout}) that keeps a file's bytes as they have always been and diffs well.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /** One compact JSON value, written by {@code body}. */
    public static String compact(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            body.accept(json);
        }
        return out.toString();
    }

    /** A JSON document written by {@code body} in {@code layout}, with a line break at its end. */
    public static String laidOut(PrettyPrinter layout, Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(
                new ObjectWriteContext.Base() {
                    @Override
                    public PrettyPrinter getPrettyPrinter() {
                        return layout;
                    }
                },
                out)) {
            body.accept(json);
        }
        return out.append('\n').toString();
    }
}
