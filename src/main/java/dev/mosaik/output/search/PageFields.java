package dev.mosaik.output.search;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.SearchFacts;
import dev.mosaik.i18n.Messages;
import dev.mosaik.site.Page;
import java.util.List;

/**
 * What a typed page shows beyond its Markdown: words for headings, key facts and running text (one a line), as its
 * content type names them.
 */
record PageFields(String headings, String facts, String text) {

    /** @param types the build's content types, whose search facts the page's type names */
    static PageFields of(ContentTypes types, Page page, Messages messages) {
        SearchFacts found = new SearchFacts();
        page.data().ifPresent(d -> types.of(d).searchFacts(d, messages::format, found));
        List<String> facts = found.facts();
        return new PageFields(
                String.join("\n", found.headings()),
                String.join("\n", facts.stream().distinct().toList()),
                String.join("\n", found.text()));
    }
}
