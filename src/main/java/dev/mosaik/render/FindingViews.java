package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import java.util.List;

/** View records of the search page and the A–Z index. */
public final class FindingViews {

    private FindingViews() {}

    /**
     * What the search page and its script need.
     *
     * @param locale     the BCP 47 tag for the browser's plural rules and digits ({@code ar-u-nu-arab})
     * @param countForms the wording of the number of results by plural form, as JSON ({@code {"one":"{#} Ergebnis", …}})
     * @param limited    what the page says when it shows only the first {@code limit} results
     */
    public record SearchView(
            String indexHref,
            String scriptHref,
            String keywordsHref,
            String locale,
            String countForms,
            int limit,
            String limited) {}

    /** The A–Z index: letters for the navigation, and under each its keywords. */
    public record KeywordIndexView(List<LetterView> letters, String searchHref) implements SideView {
        @Override
        public String variable() {
            return "keywords";
        }
    }

    /** @param id the anchor of the letter's section */
    public record LetterView(String label, String id, List<KeywordView> keywords) {}

    /**
     * A keyword: a link when it leads to one page (its {@code href}), a list of pages when to several.
     *
     * @param lang      the language it is written in, which may differ from the page's
     * @param continued on a page of a split index: the keyword's first pages are on the page before
     */
    public record KeywordView(
            String name, String lang, String dir, String href, List<ChildView> pages, boolean continued) {

        public boolean single() {
            return pages.size() == 1 && !continued;
        }
    }

    /** The overview of an A–Z index split into pages: every letter with its number of keywords and its pages. */
    public record KeywordOverviewView(List<LetterSummaryView> letters, String searchHref) implements SideView {
        @Override
        public String variable() {
            return "overview";
        }
    }

    /**
     * A letter of the overview.
     *
     * @param href   its first page
     * @param count  the number of its keywords, in words ("1.234 Stichwörter")
     * @param ranges its pages when it has several, each named by the range of its keywords; else empty
     */
    public record LetterSummaryView(String label, String href, String count, List<Views.LinkView> ranges) {}

    /**
     * One page of a split A–Z index.
     *
     * @param letters  the first page of every letter, for the letter navigation
     * @param current  the letter of this page, marked in the navigation
     * @param previous the page before, in letter and range order; its {@code href} is "" on the first page
     * @param next     the page after; its {@code href} is "" on the last page
     */
    public record KeywordPartView(
            List<Views.LinkView> letters,
            String current,
            List<KeywordView> keywords,
            Views.LinkView previous,
            Views.LinkView next,
            String searchHref)
            implements SideView {
        @Override
        public String variable() {
            return "part";
        }
    }
}
