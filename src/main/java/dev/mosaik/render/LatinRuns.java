package dev.mosaik.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of Latin words in a text of a page in another script and writes the text again with each run in a
 * {@code <span lang>} of the language they are in (see {@link ForeignRuns} for why), escaped as jsoup writes text.
 */
final class LatinRuns {

    /** A run of Latin words with the digits and punctuation between them ("Agentur für Arbeit", "35578 Wetzlar"). */
    static final Pattern RUN =
            Pattern.compile("\\p{IsLatin}(?:[\\p{IsLatin}\\p{Nd}\\s.,:;@&'’\\-–/_+]*[\\p{IsLatin}\\p{Nd}])?");
    /** A word of two letters or more: runs without one are codes ("A1", "B2") that belong to no language. */
    static final Pattern WORD = Pattern.compile("\\p{IsLatin}{2,}");

    private final String spanStart;
    private final boolean rightToLeft;

    /**
     * @param runLang     the {@code lang} of the runs
     * @param rightToLeft whether the pages are right-to-left: a run in brackets is then isolated with its brackets
     */
    LatinRuns(String runLang, boolean rightToLeft) {
        this.spanStart = "<span lang=\"" + MarkupEscapes.escape(runLang, true) + "\">";
        this.rightToLeft = rightToLeft;
    }

    /** Whether {@code s[from, to)} holds a Latin letter: without one, it has no run. */
    static boolean hasLatin(String s, int from, int to) {
        return nextLatin(s, from, to) >= 0;
    }

    /**
     * Where the first Latin letter of {@code s[from, to)} is ({@code \p{IsLatin}}, as {@link #RUN} starts), or -1.
     * The pattern asks the script of every letter it passes, a binary search in Unicode's table; this skips the
     * scripts without Latin letters by their ranges (an Arabic text is nearly all such letters).
     */
    static int nextLatin(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    return i;
                }
            } else if ((c < NO_LATIN_FROM || c >= NO_LATIN_TO) && (c < PUNCTUATION_FROM || c >= PUNCTUATION_TO)) {
                int codePoint = Character.codePointAt(s, i);
                if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Greek, Cyrillic, Armenian, Hebrew, Arabic … up to the phonetic extensions: no Latin letter in between. */
    static final char NO_LATIN_FROM = '\u0370';

    static final char NO_LATIN_TO = '\u1d00';

    /** General punctuation (spaces, dashes, quotes, direction marks): frequent in any text, no Latin letter. */
    static final char PUNCTUATION_FROM = '\u2000';

    static final char PUNCTUATION_TO = '\u2070';

    /**
     * {@code text} (decoded) escaped, its runs marked; {@code null} if it has none.
     *
     * @param isolated whether the text is in an isolate already (then brackets around a run stay outside it)
     */
    String marked(String text, boolean isolated) {
        Matcher run = RUN.matcher(text);
        StringBuilder out = null;
        int position = 0;
        int from = 0;
        while (true) {
            // A run starts with a Latin letter: the search for one starts where the next one is.
            int next = nextLatin(text, from, text.length());
            if (next < 0 || !run.find(next)) {
                break;
            }
            from = run.end();
            if (!WORD.matcher(run.group()).find()) {
                continue;
            }
            int start = run.start();
            int end = run.end();
            // As in ForeignRuns: in right-to-left text, a bracketed run is isolated together with its brackets.
            boolean bracketed = rightToLeft
                    && start > position
                    && end < text.length()
                    && text.charAt(start - 1) == '('
                    && text.charAt(end) == ')'
                    && !isolated;
            if (bracketed) {
                start--;
                end++;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            MarkupEscapes.escape(out, text.substring(position, start), false);
            out.append(bracketed ? "<bdi>(" : "").append(spanStart);
            MarkupEscapes.escape(out, run.group(), false);
            out.append("</span>").append(bracketed ? ")</bdi>" : "");
            position = end;
        }
        if (out == null) {
            return null;
        }
        MarkupEscapes.escape(out, text.substring(position), false);
        return out.toString();
    }
}
