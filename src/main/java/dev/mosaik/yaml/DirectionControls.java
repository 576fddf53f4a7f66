package dev.mosaik.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Invisible Unicode characters that change the direction of the text after them: embeddings (U+202A, U+202B),
 * overrides (U+202D, U+202E), isolates (U+2066–U+2068) and their ends (U+202C, U+2069). In a title an unclosed
 * override reverses whatever follows it on the page — the site's name in the browser tab, the next entry of a
 * list — and an override inside a title can make text read differently from what it says ("‮0001" shows
 * as "1000"). Texts that contain them are closed and wrapped in an isolate, so they can only affect themselves.
 */
public final class DirectionControls {

    private static final char LRE = '\u202A';
    private static final char RLE = '\u202B';
    private static final char PDF = '\u202C';
    private static final char LRO = '\u202D';
    private static final char RLO = '\u202E';
    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private DirectionControls() {}

    public static boolean isControl(int c) {
        return c >= LRE && c <= RLO || c >= LRI && c <= PDI;
    }

    /** The first control in {@code text}, for the message. */
    public static Optional<Character> first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return Optional.of(text.charAt(i));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code text} unchanged when it has no direction controls; otherwise with every embedding, override and
     * isolate closed, unmatched ends dropped, and the whole wrapped in FSI … PDI (first strong isolate).
     */
    public static String isolate(String text) {
        if (first(text).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(FSI);
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LRE || c == RLE || c == LRO || c == RLO || c == LRI || c == RLI || c == FSI) {
                open.push(c);
            } else if (c == PDF) {
                if (open.isEmpty() || isIsolate(open.peek())) {
                    continue; // closes nothing here; left in, it could close an embedding of the page around
                }
                open.pop();
            } else if (c == PDI) {
                if (open.stream().noneMatch(DirectionControls::isIsolate)) {
                    continue;
                }
                // A PDI also closes the embeddings opened inside its isolate (Unicode bidi algorithm, X6a).
                while (!isIsolate(open.peek())) {
                    out.append(PDF);
                    open.pop();
                }
                open.pop();
            }
            out.append(c);
        }
        while (!open.isEmpty()) {
            out.append(isIsolate(open.pop()) ? PDI : PDF);
        }
        return out.append(PDI).toString();
    }

    private static boolean isIsolate(char c) {
        return c == LRI || c == RLI || c == FSI;
    }

    /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}, for messages. */
    public static String describe(char c) {
        return String.format("U+%04X %s", (int) c, Character.getName(c));
    }
}
