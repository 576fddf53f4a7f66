package dev.mosaik.output.offline;

import java.util.List;
import java.util.Locale;

/**
 * Reading a page's markup for {@link PackPageText}: names, spaces, the character references mosaik's pages hold, and
 * escaping as jsoup escapes. What it does not read ends the pass with {@link Unreadable}.
 */
final class PackMarkup {

    private PackMarkup() {}

    /** The text {@code s[from, to)} stands for: the character references mosaik's pages hold, else jsoup's. */
    static String decode(String s, int from, int to) {
        int amp = from;
        while (amp < to && s.charAt(amp) != '&') {
            amp++;
        }
        if (amp == to) {
            return s.substring(from, to);
        }
        StringBuilder text = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '&') {
                text.append(c);
                i++;
                continue;
            }
            int semicolon = s.indexOf(';', i);
            if (semicolon < 0 || semicolon >= to || semicolon - i > 10) {
                throw new Unreadable();
            }
            text.appendCodePoint(reference(s.substring(i + 1, semicolon)));
            i = semicolon + 1;
        }
        return text.toString();
    }

    private static int reference(String name) {
        int code = switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00a0';
            default -> numeric(name);
        };
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
            throw new Unreadable();
        }
        return code;
    }

    private static int numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            throw new Unreadable();
        }
        throw new Unreadable();
    }

    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\u00a0' -> escaped.append("&nbsp;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
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
