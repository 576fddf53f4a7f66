package dev.mosaik.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the user's input. It is data, not an exception: stages collect problems and the
 * build reports all of them at once.
 *
 * @param hint a fix the user can apply, e.g. "did you mean 'title'?"
 */
public record Problem(Severity severity, SourcePosition position, String message, Optional<String> hint) {

    /** Order of the report: by file, then line, then message, so output is deterministic. */
    public static final Comparator<Problem> REPORT_ORDER = Comparator.comparing(Problem::position)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line an editor sees: {@code content/a.de.md:3: unknown key 'titel' (did you mean 'title'?)}. */
    public String format() {
        StringBuilder line = new StringBuilder().append(position).append(": ");
        if (severity == Severity.WARNING) {
            line.append("warning: ");
        }
        line.append(message);
        hint.ifPresent(h -> line.append(" (").append(h).append(')'));
        return line.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
