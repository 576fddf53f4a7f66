package dev.mosaik.config;

/**
 * How long listings are split into pages, from the {@code pagination} section of {@code site.yaml}. A tag that
 * hundreds of pages carry would otherwise list them all on one page, which grows with the site (800 KB at
 * 100,000 pages); past {@code pageSize} entries a listing continues on numbered pages ({@code …/seite/2/}).
 *
 * @param pageSize the most entries one page of a listing shows
 */
public record Pagination(int pageSize) {

    /**
     * A page of fifty cards of title and summary is some 15 KB of HTML (2.4 KB compressed, measured on the
     * benchmark's site): quick on mobile data, and a screen reader's list of headings stays short, yet a reader
     * pages rarely. The shipped site's longest listing has 15 entries and stays one page.
     */
    public static final Pagination DEFAULT = new Pagination(50);

    public Pagination {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page shows at least one entry, not " + pageSize);
        }
    }

    /** How many pages a listing of {@code entries} takes: at least one, so that an empty listing still has its page. */
    public int pages(int entries) {
        return Math.max(1, (entries + pageSize - 1) / pageSize);
    }
}
