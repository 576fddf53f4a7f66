package dev.mosaik.content;

import java.time.Duration;

/**
 * A page's Markdown as flexmark reads it, with a deadline. flexmark cannot be interrupted, and Java cannot stop a
 * thread safely, but every step of its parser and renderer reads the text: every 4,096th read looks at the clock
 * and, once the deadline has passed, throws {@link TooSlow} out of flexmark, which holds no lock or shared state
 * that could be left half-done (its parsers and renderers are immutable; each parse has its own document).
 * One instance belongs to one page on one thread.
 */
final class TimedText implements CharSequence {

    /** Reads between looks at the clock: a look costs about as much as a few hundred reads. */
    private static final int READS_PER_LOOK = 4096;

    private final String text;
    private final long deadline;
    private int reads;

    private TimedText(String text, long deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    /** {@code text} with a deadline {@code limit} from now. */
    static TimedText of(String text, Duration limit) {
        return new TimedText(text, System.nanoTime() + limit.toNanos());
    }

    /** The text itself, read without the deadline: for a look at the whole page before its work starts. */
    String plain() {
        return text;
    }

    @Override
    public char charAt(int index) {
        if (++reads == READS_PER_LOOK) {
            reads = 0;
            check();
        }
        return text.charAt(index);
    }

    /** Throws {@link TooSlow} once the deadline has passed; also for steps of our own between flexmark's. */
    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new TooSlow();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimedText(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The deadline has passed; a control-flow signal caught by the page's renderer, so it carries no stack trace. */
    static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("page took longer than its time limit", null, false, false);
        }
    }
}
