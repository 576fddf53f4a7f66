package dev.mosaik.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What a typed page gives the search index beyond its Markdown: words for headings, key facts (provider, district,
 * partners …) and running text. Each content type adds what of its data is worth finding; the index joins them.
 */
public final class SearchFacts {

    private final List<String> headings = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final List<String> text = new ArrayList<>();

    public List<String> headings() {
        return headings;
    }

    public List<String> facts() {
        return facts;
    }

    public List<String> text() {
        return text;
    }
}
