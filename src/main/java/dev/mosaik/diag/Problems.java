package dev.mosaik.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The collector every stage reports into. Thread-safe, because content is read and pages are rendered in
 * parallel; {@link #all()} returns the problems in a stable order regardless of thread timing.
 */
public final class Problems {

    private final ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void error(SourcePosition position, String message) {
        add(new Problem(Severity.ERROR, position, message, Optional.empty()));
    }

    public void error(SourcePosition position, String message, Optional<String> hint) {
        add(new Problem(Severity.ERROR, position, message, hint));
    }

    public void warning(SourcePosition position, String message) {
        add(new Problem(Severity.WARNING, position, message, Optional.empty()));
    }

    public void warning(SourcePosition position, String message, Optional<String> hint) {
        add(new Problem(Severity.WARNING, position, message, hint));
    }

    /** A problem that reads in the editor's language (see {@link UiMessages}). */
    public void error(SourcePosition position, UiText message) {
        add(Problem.keyed(Severity.ERROR, position, message, Optional.empty()));
    }

    public void error(SourcePosition position, UiText message, UiText hint) {
        add(Problem.keyed(Severity.ERROR, position, message, Optional.of(hint)));
    }

    public void error(SourcePosition position, UiText message, Optional<UiText> hint) {
        add(Problem.keyed(Severity.ERROR, position, message, hint));
    }

    public void warning(SourcePosition position, UiText message) {
        add(Problem.keyed(Severity.WARNING, position, message, Optional.empty()));
    }

    public void warning(SourcePosition position, UiText message, UiText hint) {
        add(Problem.keyed(Severity.WARNING, position, message, Optional.of(hint)));
    }

    public void warning(SourcePosition position, UiText message, Optional<UiText> hint) {
        add(Problem.keyed(Severity.WARNING, position, message, hint));
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** All problems, sorted by file and line, without duplicates (a check may meet the same spot twice). */
    public List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(problems.stream().distinct().toList());
        sorted.sort(Problem.REPORT_ORDER);
        return List.copyOf(sorted);
    }
}
