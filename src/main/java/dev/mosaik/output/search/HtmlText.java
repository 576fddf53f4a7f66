package dev.mosaik.output.search;

import java.util.Locale;
import java.util.Set;

/**
 * The text of a page's rendered body, and of its headings apart, for the search. A scanner rather than an HTML
 * parser: the body is the Markdown renderer's own well-formed output, and a site of 100,000 pages should not
 * parse every one of them again.
 *
 * @param headings the text of {@code h1}–{@code h6}, one heading a line
 * @param all      the whole text in reading order, headings included, one block (paragraph, list item, cell,
 *                 heading) a line: the results show the sentence that matched, and a sentence ends with its block
 */
record HtmlText(String headings, String all) {

    /** Elements that end a run of text: their neighbours are separate words. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "tr",
            "td",
            "th",
            "table",
            "thead",
            "tbody",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "section",
            "article",
            "aside",
            "header",
            "footer",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "details",
            "summary",
            "nav");

    static HtmlText of(String html) {
        Scanner scanner = new Scanner(html);
        scanner.scan();
        return new HtmlText(
                scanner.headings.toString().strip(), scanner.all.toString().strip());
    }

    /** One pass over one body: where it stands, the text so far, and how deep it is inside headings. */
    private static final class Scanner {

        private final String html;
        private final StringBuilder all;
        private final StringBuilder headings = new StringBuilder();
        private int heading;
        private int i;

        Scanner(String html) {
            this.html = html;
            this.all = new StringBuilder(html.length());
        }

        /** Text and tags in turn, up to the end or to a tag that never closes. */
        void scan() {
            while (i < html.length()) {
                if (html.charAt(i) != '<') {
                    text();
                } else if (!tag()) {
                    return;
                }
            }
        }

        /**
         * The tag at the current place, and with a script, style or SVG all that is inside it; false where the tag
         * never closes.
         */
        private boolean tag() {
            int close = html.indexOf('>', i);
            if (close < 0) {
                return false;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i);
                i = end < 0 ? html.length() : end + 3;
                return true;
            }
            boolean closing = html.charAt(i + 1) == '/';
            String name = name(i + (closing ? 2 : 1), close);
            if (!closing && (name.equals("script") || name.equals("style") || name.equals("svg"))) {
                int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
                i = end < 0 ? html.length() : Math.max(close + 1, html.indexOf('>', end) + 1);
                return true;
            }
            if (BLOCKS.contains(name)) {
                lineBreak(all);
            }
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                heading += closing ? -1 : 1;
                if (closing) {
                    headings.append('\n');
                }
            }
            i = close + 1;
            return true;
        }

        /** The element's name from {@code start}, in lower case: the letters and digits before {@code close}. */
        private String name(int start, int close) {
            int end = start;
            while (end < close && Character.isLetterOrDigit(html.charAt(end))) {
                end++;
            }
            return html.substring(start, end).toLowerCase(Locale.ROOT);
        }

        /** The text up to the next tag, its entities resolved and its white space folded to single spaces. */
        private void text() {
            int next = html.indexOf('<', i);
            String text = html.substring(i, next < 0 ? html.length() : next);
            if (text.indexOf('&') >= 0) {
                text = org.jsoup.parser.Parser.unescapeEntities(text, false);
            }
            for (int k = 0; k < text.length(); k++) {
                char t = text.charAt(k);
                if (Character.isWhitespace(t) || t == '\u00A0') {
                    space(all);
                    if (heading > 0) {
                        space(headings);
                    }
                } else {
                    all.append(t);
                    if (heading > 0) {
                        headings.append(t);
                    }
                }
            }
            i = next < 0 ? html.length() : next;
        }
    }

    private static void lineBreak(StringBuilder text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.charAt(text.length() - 1) == ' ') {
            text.setCharAt(text.length() - 1, '\n');
        } else if (text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static void space(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
    }
}
