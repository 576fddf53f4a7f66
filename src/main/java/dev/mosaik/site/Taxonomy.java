package dev.mosaik.site;

import java.util.List;

/**
 * A way of grouping pages across sections: by tag or by district (Stadtteil). Each has an index page per
 * language listing its terms in the language's alphabetical order, and a page per term.
 *
 * Its address segment is the tree's own word for it ({@link AddressWords#taxonomy}).
 */
public record Taxonomy(String name) {

    public static final Taxonomy TAGS = new Taxonomy("tags");
    public static final Taxonomy DISTRICTS = new Taxonomy("districts");

    public static List<Taxonomy> all() {
        return List.of(TAGS, DISTRICTS);
    }

    /**
     * One term of a taxonomy in one language tree, with the pages that carry it.
     *
     * @param pages in the section listing order of their trees
     */
    public record Term(
            Taxonomy taxonomy, dev.mosaik.config.Language language, String name, SitePath path, List<Page> pages) {

        public Term {
            pages = List.copyOf(pages);
        }
    }

    /** The index of a taxonomy in one language tree; terms in the language's collation order. */
    public record Index(Taxonomy taxonomy, dev.mosaik.config.Language language, SitePath path, List<Term> terms) {

        public Index {
            terms = List.copyOf(terms);
        }
    }
}
