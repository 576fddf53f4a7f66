package dev.mosaik.output;

import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * A JSON layout for reports and exports that are read and diffed a row at a time: each entry of the top-level
 * object on a line of its own, indented by two; the values of the arrays at the chosen nesting depths (a problem,
 * a field of action, a measure) each on a line of its own, indented two deeper than their array; everything else
 * inline, with a space after {@code :} and {@code ,}.
 *
 * <p>A new instance per document: Jackson asks for one each time it creates a generator.
 */
public final class RowsLayout implements PrettyPrinter {

    private final Set<Integer> rowDepths;

    /**
     * @param rowDepths the nesting depths of the arrays whose values go a line each: 2 for an array that is a
     *                  top-level entry, 4 for an array in an object that is a row of such an array
     */
    public RowsLayout(Integer... rowDepths) {
        this.rowDepths = Set.of(rowDepths);
    }

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
        if (rowPerLine(g)) {
            g.writeRaw("\n" + indent(depth(g) + 2));
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(rowPerLine(g) ? ",\n" + indent(depth(g) + 2) : ", ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        g.writeRaw(rowPerLine(g) && values > 0 ? "\n" + indent(depth(g)) + "]" : "]");
    }

    private boolean rowPerLine(JsonGenerator g) {
        return rowDepths.contains(depth(g));
    }

    private static String indent(int spaces) {
        return " ".repeat(spaces);
    }

    private static int depth(JsonGenerator g) {
        return g.streamWriteContext().getNestingDepth();
    }
}
