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
        StringBuilder line = new StringBuilder().append(visible(position.toString())).append(": ");
        if (severity == Severity.WARNING) {
            line.append("warning: ");
        }
        line.append(visible(message));
        hint.ifPresent(h -> line.append(" (").append(visible(h)).append(')'));
        return line.toString();
    }

    /**
     * Messages quote what editors wrote, which may hold line breaks (kept on one line, so that every problem is
     * one {@code path:line:} line), control characters and direction controls (shown as {@code <U+202E>}, so
     * that they cannot reorder the message in a terminal or the preview's overlay).
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean direction = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
            if (!Character.isISOControl(c) && !direction) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (c == '\n' || c == '\t') {
                out.append(' ');
            } else {
                out.append(String.format("<U+%04X>", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
