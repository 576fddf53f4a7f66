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
public record Problem(
        Severity severity,
        SourcePosition position,
        String message,
        Optional<String> hint,
        Optional<UiText> text,
        Optional<UiText> hintText) {

    /** Order of the report: by file, then line, then message, so output is deterministic. */
    public static final Comparator<Problem> REPORT_ORDER = Comparator.comparing(Problem::position)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hintText, "hintText");
    }

    /** A problem not yet keyed in the message bundles: it reads in English in every language. */
    public Problem(Severity severity, SourcePosition position, String message, Optional<String> hint) {
        this(severity, position, message, hint, Optional.empty(), Optional.empty());
    }

    /** A problem that reads in the editor's language; its stored text is the English one. */
    public static Problem keyed(Severity severity, SourcePosition position, UiText text, Optional<UiText> hint) {
        UiMessages english = UiMessages.english();
        return new Problem(
                severity, position, english.format(text), hint.map(english::format), Optional.of(text), hint);
    }

    /** This problem as a warning about a draft that is not published: it does not stop the build. */
    public Problem asDraftWarning() {
        UiText note = UiText.of("yaml.draftNotPublished", text.isPresent() ? text.get() : message);
        return new Problem(
                Severity.WARNING, position, UiMessages.english().format(note), hint, Optional.of(note), hintText);
    }

    /** The same problem with another severity (a draft's mistakes are warnings: it is not published). */
    public Problem withSeverity(Severity newSeverity) {
        return new Problem(newSeverity, position, message, hint, text, hintText);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line an editor sees: {@code content/a.de.md:3: unknown key 'titel' (did you mean 'title'?)}. */
    public String format() {
        return format(UiMessages.english());
    }

    /** The line in the editor's language; a problem without a key keeps its English text. */
    public String format(UiMessages ui) {
        StringBuilder line =
                new StringBuilder().append(visible(position.toString())).append(": ");
        if (severity == Severity.WARNING) {
            line.append(ui.format("problem.warning")).append(' ');
        }
        line.append(visible(messageIn(ui)));
        hintIn(ui).ifPresent(h -> line.append(" (").append(visible(h)).append(')'));
        return line.toString();
    }

    /** The message in the editor's language (English when the problem has no key). */
    public String messageIn(UiMessages ui) {
        return text.map(ui::format).orElse(message);
    }

    public Optional<String> hintIn(UiMessages ui) {
        return hintText.isPresent() ? hintText.map(ui::format) : hint;
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
