package dev.mosaik.content;

import java.util.Optional;

/**
 * Finds Markdown nested so deeply that flexmark, which parses and renders containers by recursion, would
 * overflow the stack: lists and quotes inside each other a few hundred levels deep, or a run of a thousand
 * emphasis marks. It looks at the text before parsing, line by line, so the verdict does not depend on how
 * much stack a thread happens to have, and it allows far more than any page needs.
 */
final class MarkdownNesting {

    /** Lists and quotes inside each other; real pages rarely go beyond four. */
    static final int MAX_DEPTH = 64;
    /** Emphasis marks in a row ({@code ***}); each pair opens one more level. */
    static final int MAX_EMPHASIS_RUN = 128;

    /** A line that nests too deeply: its 0-based index in the text and what is wrong, for the message. */
    record TooDeep(int line, String what) {
    }

    private MarkdownNesting() {
    }

    static Optional<TooDeep> check(String markdown) {
        String[] lines = markdown.split("\n", -1);
        boolean inFence = false;
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
            if (depth > MAX_DEPTH) {
                return Optional.of(new TooDeep(i, "lists or quotes are nested more than " + MAX_DEPTH + " levels deep"));
            }
            if (longestEmphasisRun(line) > MAX_EMPHASIS_RUN) {
                return Optional.of(new TooDeep(i, "more than " + MAX_EMPHASIS_RUN + " emphasis marks (* or _) in a row"));
            }
        }
        return Optional.empty();
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
