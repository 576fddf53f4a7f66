package dev.mosaik.output.search;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;

/** A page's row in the search index's chunks of pages: what a result shows of it. */
final class PageRow {

    /** Characters of text kept per page for snippets: the whole text of most pages, bounded for long ones. */
    static final int MAX_TEXT = 2000;

    private PageRow() {}

    /**
     * A page as the results show it: address, title, section, language if untranslated, the running text for
     * snippets (one block a line) and apart from it the key facts (one a line), so that a result shows the sentence
     * that matched rather than the facts run together.
     */
    static String of(Site site, Page page, String section, PageFields fields, String body) {
        BaseUrl base = site.config().baseUrl();
        String text = lines(String.join("\n", page.frontMatter().summary().orElse(""), body, fields.text()));
        String facts = lines(fields.facts());
        return SearchJson.value(json -> {
            json.writeStartObject();
            json.writeStringProperty("u", page.path().href(base));
            json.writeStringProperty("t", page.title());
            if (!section.isEmpty()) {
                json.writeStringProperty("s", section);
            }
            if (page.isFallback()) {
                json.writeStringProperty("l", page.contentLanguage().code());
            }
            json.writeStringProperty("x", shorten(text));
            if (!facts.isEmpty()) {
                json.writeStringProperty("f", shorten(facts));
            }
            json.writeEndObject();
        });
    }

    /** The title of the section a page is in, as its row shows it; empty for pages directly below the home page. */
    static String section(Site site, Page page) {
        return site.ancestors(page).stream()
                .reduce((first, second) -> second)
                .filter(p -> p.kind() != PageKind.HOME)
                .map(Page::title)
                .orElse("");
    }

    /**
     * Text with its runs of spaces as one space and its empty lines dropped: each run of ASCII white space (space,
     * tab, vertical tab, form feed, carriage return, line feed — regular expressions' {@code \\s}) becomes a line
     * break if it holds one, else a space; then the ends are stripped. One pass, where two regular expressions were
     * a third of the index's work; {@code PageRowTest} holds it to them.
     */
    static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!asciiSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            for (; i < length && asciiSpace(text.charAt(i)); i++) {
                lineBreak |= text.charAt(i) == '\n';
            }
            out.append(lineBreak ? '\n' : ' ');
        }
        return out.toString().strip();
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Up to {@link #MAX_TEXT} characters, cut after a whole word. */
    static String shorten(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = Math.max(text.lastIndexOf(' ', MAX_TEXT), text.lastIndexOf('\n', MAX_TEXT));
        return text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT) + " …";
    }
}
