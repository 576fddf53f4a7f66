package dev.mosaik.output.offline;

import dev.mosaik.render.MarkupEscapes;
import dev.mosaik.render.NotPlainMarkup;
import java.util.List;
import java.util.Locale;

/**
 * Reading a page's markup for {@link PackPageText}: names, spaces, the character references mosaik's pages hold, and
 * escaping as jsoup escapes. What it does not read ends the pass with {@link Unreadable}.
 */
final class PackMarkup {

    private PackMarkup() {}

    /**
     * The text {@code s[from, to)} stands for, decoded as the Latin-run marking decodes it ({@link MarkupEscapes}):
     * the character references mosaik's pages hold; any other is jsoup's to read.
     */
    static String decode(String s, int from, int to) {
        try {
            return MarkupEscapes.decode(s, from, to);
        } catch (NotPlainMarkup e) {
            throw new Unreadable();
        }
    }

    /** {@code text} escaped as jsoup escapes text ({@code attribute} false) or an attribute value. */
    static String escape(String text, boolean attribute) {
        return MarkupEscapes.escape(text, attribute);
    }

    static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\f/>".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\f".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    static int indexOfIgnoreCase(String s, String text, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, text, 0, text.length())) {
                return i;
            }
        }
        return -1;
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** An attribute's name and, where it has one, its value's place in the page (quotes excluded). */
    record Attribute(String name, int from, int to) {}

    /** Reads the attribute at {@code s[from]} into {@code attributes}; returns the index after it. */
    static int attribute(String s, int from, List<Attribute> attributes) {
        int nameEnd = from;
        while (nameEnd < s.length() && " \t\n\f/>=\"'<".indexOf(s.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        if (nameEnd == from) {
            throw new Unreadable();
        }
        String name = s.substring(from, nameEnd).toLowerCase(Locale.ROOT);
        for (Attribute other : attributes) {
            if (other.name().equals(name)) {
                throw new Unreadable();
            }
        }
        int i = PackMarkup.skipSpace(s, nameEnd);
        if (i >= s.length() || s.charAt(i) != '=') {
            attributes.add(new Attribute(name, -1, -1));
            return nameEnd;
        }
        int valueStart = PackMarkup.skipSpace(s, i + 1);
        char quote = valueStart < s.length() ? s.charAt(valueStart) : ' ';
        if (quote != '"' && quote != '\'') {
            throw new Unreadable();
        }
        int valueEnd = s.indexOf(quote, valueStart + 1);
        if (valueEnd < 0) {
            throw new Unreadable();
        }
        attributes.add(new Attribute(name, valueStart + 1, valueEnd));
        return valueEnd + 1;
    }

    static String value(String s, Attribute attribute) {
        return decode(s, attribute.from(), attribute.to());
    }

    /** The decoded value of attribute {@code name}: empty where it has none, {@code null} where it is missing. */
    static String get(String s, List<Attribute> attributes, String name) {
        Attribute attribute = find(attributes, name);
        return attribute == null ? null : attribute.from() < 0 ? "" : value(s, attribute);
    }

    static Attribute find(List<Attribute> attributes, String name) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        return null;
    }

    static boolean hasClass(String s, List<Attribute> attributes, String name) {
        String classes = get(s, attributes, "class");
        if (classes == null) {
            return false;
        }
        for (String token : classes.trim().split("[ \t\n\f]+")) {
            if (token.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Something in the page this pass does not read as jsoup would. */
    static final class Unreadable extends RuntimeException {

        Unreadable() {
            super(null, null, false, false);
        }
    }
}
