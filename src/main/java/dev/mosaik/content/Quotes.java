package dev.mosaik.content;

/** The quotation marks of a language, e.g. German „…“ and ‚…‘; supplied by the i18n stage from CLDR. */
public record Quotes(String open, String close, String singleOpen, String singleClose) {

    public static final Quotes ENGLISH = new Quotes("\u201C", "\u201D", "\u2018", "\u2019");
    private static final char APOSTROPHE = '\u2019';

    /**
     * A line of front matter (a title, a summary) with this language's quotation marks for straight ones, as the
     * Markdown body gets them from flexmark's typographic extension: a mark after a space, an opening bracket or
     * dash, or at the start opens; any other closes. An apostrophe within or at the end of a word ({@code
     * Wetzlar'da}, {@code Kinder'}) becomes ’, which is no quotation mark in any language, unless it closes an open
     * single quotation.
     */
    public String typeset(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean doubleOpen = false;
        boolean singleOpened = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = i == 0
                    || Character.isWhitespace(text.charAt(i - 1))
                    || "([{\u2013\u2014/-".indexOf(text.charAt(i - 1)) >= 0;
            if (c == '"') {
                boolean opens = opening
                        || !doubleOpen && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                out.append(opens ? open : close);
                doubleOpen = opens;
            } else if (c == '\'') {
                boolean withinWord = i > 0
                        && Character.isLetterOrDigit(text.charAt(i - 1))
                        && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1));
                if (withinWord) {
                    out.append(APOSTROPHE);
                } else if (opening) {
                    out.append(singleOpen);
                    singleOpened = true;
                } else if (singleOpened) {
                    out.append(singleClose);
                    singleOpened = false;
                } else {
                    out.append(APOSTROPHE);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
