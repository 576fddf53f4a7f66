package dev.mosaik.render;

/**
 * Character references in text and attribute values, decoded and written again as jsoup writes them ({@code &},
 * {@code <}, {@code >} and the no-break space escaped, in attributes the double quote too; everything else as it
 * is). Decodes only the references templates and Markdown write; any other one is {@linkplain NotPlainMarkup
 * left to jsoup}, which knows them all. Public for the offline packs, which splice their links into pages the same
 * way (the packs' page rewriting).
 */
public final class MarkupEscapes {

    private MarkupEscapes() {}

    /**
     * Whether {@code s[from, to)} may hold something that decoding or escaping changes.
     *
     * @throws NotPlainMarkup if it holds a control character, which jsoup writes as a character reference
     */
    static boolean mayChange(String s, int from, int to, boolean attribute) {
        boolean may = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n') {
                throw new NotPlainMarkup("a control character");
            }
            may |= c == '&' || c == '>' || c == '<' || c == '\u00a0' || (attribute && c == '"');
        }
        return may;
    }

    /** The text {@code s[from, to)} stands for. */
    public static String decode(String s, int from, int to) {
        if (indexOf(s, '&', from, to) < 0) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '&' || i + 1 >= to || !isReferenceStart(s.charAt(i + 1))) {
                out.append(c);
                i++;
                continue;
            }
            int semicolon = indexOf(s, ';', i, Math.min(to, i + 11));
            if (semicolon < 0) {
                throw new NotPlainMarkup("a character reference without ';'");
            }
            out.appendCodePoint(codePoint(s.substring(i + 1, semicolon)));
            i = semicolon + 1;
        }
        return out.toString();
    }

    /**
     * The first index of {@code c} in {@code s[from, to)}, or -1. {@code String.indexOf} would search on to the end
     * of the page, and attribute values and texts are decoded one by one: on a page without {@code &} that made
     * marking its runs quadratic.
     */
    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isReferenceStart(char c) {
        return c == '#' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int codePoint(String name) {
        int code = switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00a0';
            default -> numeric(name);
        };
        // Control characters, and what the HTML parser maps to others (NUL, the C1 range, surrogates), are jsoup's.
        boolean plain = (code >= 0x20 || code == '\t' || code == '\n')
                && (code < 0x7f || code > 0x9f)
                && (code < 0xd800 || code > 0xdfff)
                && code <= 0x10ffff;
        if (!plain) {
            throw new NotPlainMarkup("a character reference to a control character: &" + name + ";");
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
            throw new NotPlainMarkup("a malformed character reference: &" + name + ";");
        }
        throw new NotPlainMarkup("a named character reference jsoup decodes: &" + name + ";");
    }

    /** Appends {@code text} escaped as jsoup writes text ({@code attribute} false) or an attribute value. */
    static void escape(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00a0' -> out.append("&nbsp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    public static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text, attribute);
        return out.toString();
    }
}
