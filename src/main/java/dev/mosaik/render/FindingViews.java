package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import java.util.List;

/** View records of the search page and the A–Z index. */
public final class FindingViews {

    private FindingViews() {
    }

    /**
     * What the search page and its script need.
     *
     * @param locale     the BCP 47 tag for the browser's plural rules and digits ({@code ar-u-nu-arab})
     * @param countForms the wording of the number of results by plural form, as JSON ({@code {"one":"{#} Ergebnis", …}})
     * @param limited    what the page says when it shows only the first {@code limit} results
     */
    public record SearchView(String indexHref, String scriptHref, String keywordsHref, String locale, String countForms, int limit,
            String limited) {
    }

    /** The A–Z index: letters for the navigation, and under each its keywords. */
    public record KeywordIndexView(List<LetterView> letters, String searchHref) {
    }

    /** @param id the anchor of the letter's section */
    public record LetterView(String label, String id, List<KeywordView> keywords) {
    }

    /**
     * A keyword: a link when it leads to one page (its {@code href}), a list of pages when to several.
     *
     * @param lang the language it is written in, which may differ from the page's
     */
    public record KeywordView(String name, String lang, String dir, String href, List<ChildView> pages) {

        public boolean single() {
            return pages.size() == 1;
        }
    }
}
