package dev.mosaik.site;

import dev.mosaik.config.Language;
import java.util.List;

/**
 * The A–Z index of one language tree: page titles, tags, districts, course types and providers, project
 * partners and event places, under the initial letters of the language's alphabet. It serves readers without
 * JavaScript, who cannot use the search, and readers who browse rather than type.
 */
public record KeywordIndex(Language language, SitePath path, List<Letter> letters) {

    public KeywordIndex {
        letters = List.copyOf(letters);
    }

    /** An initial letter and its keywords in the language's collation order. */
    public record Letter(String label, List<Keyword> keywords) {

        public Letter {
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * A keyword and the pages it leads to.
     *
     * @param language the language it is written in: a fallback page's title is German in every tree
     * @param pages    by title in the tree's collation order
     */
    public record Keyword(String name, Language language, List<Page> pages) {

        public Keyword {
            pages = List.copyOf(pages);
        }
    }
}
