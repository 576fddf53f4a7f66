package dev.mosaik.output;

import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The one JSON layout of mosaik's files that are read and diffed a row at a time: the values of the arrays at the
 * chosen nesting depths (a problem, a field of action, a measure, a chunk list) each on a line of its own, everything
 * else inline. Two styles:
 *
 * <ul>
 *   <li>{@linkplain #RowsLayout(Integer...) spaced}, for reports and exports: each entry of the top-level object on
 *       a line of its own, indented by two; rows indented two deeper than their array; a space after {@code :} and
 *       {@code ,};
 *   <li>{@linkplain #compact compact}, for the search manifest, whose bytes (and so its chunk names) must not
 *       change: no spaces or indents, a line break before each top-level entry but those named to stay on the
 *       first line.
 * </ul>
 *
 * <p>A new instance per document: Jackson asks for one each time it creates a generator.
 */
public final class RowsLayout implements PrettyPrinter {

    private final Set<Integer> rowDepths;
    private final boolean spaced;
    /** Top-level entries that continue the line before them (compact style). */
    private final Set<String> sameLine;

    /**
     * The spaced layout.
     *
     * @param rowDepths the nesting depths of the arrays whose values go a line each: 2 for an array that is a
     *                  top-level entry, 4 for an array in an object that is a row of such an array
     */
    public RowsLayout(Integer... rowDepths) {
        this(Set.of(rowDepths), true, Set.of());
    }

    private RowsLayout(Set<Integer> rowDepths, boolean spaced, Set<String> sameLine) {
        this.rowDepths = rowDepths;
        this.spaced = spaced;
        this.sameLine = sameLine;
    }

    /**
     * The compact layout.
     *
     * @param rowDepth the nesting depth of the arrays whose values go a line each
     * @param sameLine the names of top-level entries that stay on the line of the entry before them
     */
    public static RowsLayout compact(int rowDepth, Set<String> sameLine) {
        return new RowsLayout(Set.of(rowDepth), false, sameLine);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {}

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        if (spaced && depth(g) == 1) {
            g.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        // Called once the next entry's name is known, so that an entry named in sameLine can stay on the line.
        boolean newLine =
                depth(g) == 1 && !sameLine.contains(g.streamWriteContext().currentName());
        g.writeRaw(newLine ? ",\n" + indent(2) : separator());
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(spaced ? ": " : ":");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        g.writeRaw(spaced && depth(g) == 1 && entries > 0 ? "\n}" : "}");
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
        g.writeRaw(rowPerLine(g) ? ",\n" + indent(depth(g) + 2) : separator());
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        g.writeRaw(rowPerLine(g) && values > 0 && spaced ? "\n" + indent(depth(g)) + "]" : "]");
    }

    private boolean rowPerLine(JsonGenerator g) {
        return rowDepths.contains(depth(g));
    }

    private String separator() {
        return spaced ? ", " : ",";
    }

    /** {@code spaces} spaces in the spaced style; none in the compact one. */
    private String indent(int spaces) {
        return spaced ? " ".repeat(spaces) : "";
    }

    private static int depth(JsonGenerator g) {
        return g.streamWriteContext().getNestingDepth();
    }
}
