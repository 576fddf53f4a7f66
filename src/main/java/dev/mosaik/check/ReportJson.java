package dev.mosaik.check;

import dev.mosaik.output.JsonText;
import dev.mosaik.output.RowsLayout;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON of {@code mosaik check --format json}, written by Jackson's streaming generator in the layout the report
 * has always had: one top-level entry a line, each row of its lists (a problem, a language, a link) on a line of
 * its own, so that a diff of two reports shows the problems that changed.
 */
final class ReportJson {

    /** The depth of the top-level entries' lists, whose rows go a line each. */
    private static final int LIST_DEPTH = 2;

    private ReportJson() {}

    /** The report written by {@code body}, with a line break at its end. */
    static String write(Consumer<JsonGenerator> body) {
        return JsonText.laidOut(new RowsLayout(LIST_DEPTH), body);
    }
}
