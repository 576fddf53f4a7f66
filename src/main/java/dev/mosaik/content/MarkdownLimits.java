package dev.mosaik.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds Markdown that would take flexmark too long or too deep: lists and quotes inside each other a few hundred
 * levels deep or a run of a thousand emphasis marks (flexmark parses and renders containers by recursion and would
 * overflow the stack), and thousands of footnotes, reference definitions or unclosed link addresses on one page
 * (flexmark renders footnotes in time growing with the square of their number; the other two are the shapes of
 * pages built to be slow). It looks at the text before parsing, line by line, in one pass, so the verdict does not
 * depend on how much stack or time a thread happens to have, and it allows far more than any page needs.
 */
final class MarkdownLimits {

    /** Lists and quotes inside each other; real pages rarely go beyond four. */
    static final int MAX_DEPTH = 64;
    /** Emphasis marks in a row ({@code ***}); each pair opens one more level. */
    static final int MAX_EMPHASIS_RUN = 128;
    /** Footnotes and references to them ({@code [^1]}); a long legal text has a few hundred. */
    static final int MAX_FOOTNOTES = 2_000;
    /** Reference definitions ({@code [name]: /address}) at the start of a line. */
    static final int MAX_REFERENCES = 10_000;
    /** Link addresses opened ({@code ](}) and not closed on their line, where an address has to end. */
    static final int MAX_UNCLOSED_LINKS = 1_000;
    /**
     * Lines in a row inside a quote or list: flexmark gathers such a block's lines in time growing faster than their
     * number (40,000 quoted lines took ten seconds).
     */
    static final int MAX_CONTAINED_LINES = 5_000;

    private static final Pattern REFERENCE = Pattern.compile(" {0,3}\\[[^\\]]+]:");

    /** The line where a limit is passed: its 0-based index in the text, what is wrong and what to do. */
    record TooMuch(int line, String what, String hint) {
        TooMuch(int line, String what) {
            this(line, what, "no page needs that many levels; is part of the file garbled?");
        }
    }

    private MarkdownLimits() {}

    static Optional<TooMuch> check(String markdown) {
        String[] lines = markdown.split("\n", -1);
        boolean inFence = false;
        int footnotes = 0;
        int references = 0;
        int unclosedLinks = 0;
        int containedRun = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue; // code is shown as it is, whatever it contains
            }
            int depth = containerDepth(line);
            containedRun = depth > 0 ? containedRun + 1 : line.isBlank() ? 0 : containedRun;
            if (containedRun > MAX_CONTAINED_LINES) {
                return Optional.of(new TooMuch(
                        i,
                        "more than " + number(MAX_CONTAINED_LINES) + " lines in a row in one quote or list",
                        "no page needs that many; is part of the file garbled?"));
            }
            if (depth > MAX_DEPTH) {
                return Optional.of(
                        new TooMuch(i, "lists or quotes are nested more than " + MAX_DEPTH + " levels deep"));
            }
            if (longestEmphasisRun(line) > MAX_EMPHASIS_RUN) {
                return Optional.of(
                        new TooMuch(i, "more than " + MAX_EMPHASIS_RUN + " emphasis marks (* or _) in a row"));
            }
            footnotes += count(line, "[^");
            if (footnotes > MAX_FOOTNOTES) {
                return Optional.of(new TooMuch(
                        i,
                        "more than " + number(MAX_FOOTNOTES) + " footnotes and references to footnotes",
                        "split the page; long lists of sources are easier to read as a list of their own"));
            }
            if (line.indexOf("]:") > 0 && REFERENCE.matcher(line).lookingAt() && ++references > MAX_REFERENCES) {
                return Optional.of(new TooMuch(
                        i,
                        "more than " + number(MAX_REFERENCES) + " link reference definitions ([name]: address)",
                        "no page needs that many; is part of the file garbled?"));
            }
            unclosedLinks += Math.max(0, count(line, "](") - count(line, ")"));
            if (unclosedLinks > MAX_UNCLOSED_LINKS) {
                return Optional.of(new TooMuch(
                        i,
                        "more than " + number(MAX_UNCLOSED_LINKS)
                                + " unclosed link brackets ('](' without ')' on the line)",
                        "close each link address with ')' on its line; is part of the file garbled?"));
            }
        }
        return Optional.empty();
    }

    private static int count(String line, String what) {
        int count = 0;
        for (int at = line.indexOf(what); at >= 0; at = line.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Quote markers and list markers at the start of a line ({@code > - > 1. text}), plus one level for every two
     * columns of indentation before a marker, since nested list items are indented at least that much.
     */
    static int containerDepth(String line) {
        int depth = 0;
        int i = 0;
        int indent = 0;
        boolean first = true;
        while (i < line.length()) {
            int start = i;
            int columns = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                columns += line.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            int marker = markerLength(line, i);
            if (marker == 0) {
                i = start;
                break;
            }
            if (first) {
                indent = columns;
                first = false;
            }
            depth++;
            i += marker;
        }
        return depth == 0 ? 0 : depth + indent / 2;
    }

    /** The length of a quote or list marker at {@code i}, with the space after it; 0 when there is none. */
    private static int markerLength(String line, int i) {
        if (i >= line.length()) {
            return 0;
        }
        char c = line.charAt(i);
        if (c == '>') {
            return 1;
        }
        int end = i;
        if (c == '-' || c == '+' || c == '*') {
            end = i + 1;
        } else {
            while (end < line.length() && end - i < 9 && Character.isDigit(line.charAt(end))) {
                end++;
            }
            if (end == i || end >= line.length() || line.charAt(end) != '.' && line.charAt(end) != ')') {
                return 0;
            }
            end++;
        }
        if (end < line.length() && line.charAt(end) != ' ' && line.charAt(end) != '\t') {
            return 0;
        }
        return end - i;
    }

    /** The longest run of {@code *} and {@code _}; a line of only such marks (a thematic break) does not count. */
    static int longestEmphasisRun(String line) {
        if (line.strip().chars().allMatch(c -> c == '*' || c == '_' || c == '-' || c == ' ')) {
            return 0;
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c == '*' || c == '_' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
