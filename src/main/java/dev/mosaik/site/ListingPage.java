package dev.mosaik.site;

import dev.mosaik.config.Pagination;
import java.util.List;
import java.util.Optional;

/**
 * One page of a listing — a section's pages, a tag's or district's pages — which shows at most a page size of
 * entries ({@link dev.mosaik.config.Pagination}). The first page is at the listing's own address, the following
 * at {@code <listing>/<segment>/<number>/}, the segment a word of the tree's language ({@code seite}, {@code page},
 * {@code صفحة}). What a page of a listing shows depends on its entries and on how many pages there are, nothing
 * else: so the preview renders again only the pages whose share of the entries changed.
 *
 * @param listing the address of the listing and of its first page
 * @param segment the address segment of the pages after the first
 * @param number  this page's number, from 1
 * @param count   how many pages the listing has, at least 1
 * @param entries what this page lists, in the listing's order
 */
public record ListingPage(SitePath listing, String segment, int number, int count, List<PageHead> entries) {

    public ListingPage {
        entries = List.copyOf(entries);
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("page " + number + " of " + count);
        }
    }

    /** The address of page {@code n} of this listing. */
    public static SitePath pathOf(SitePath listing, String segment, int n) {
        return n == 1 ? listing : listing.folder(segment).folder(Integer.toString(n));
    }

    public SitePath path() {
        return pathOf(number);
    }

    public SitePath pathOf(int n) {
        return pathOf(listing, segment, n);
    }

    /** Whether the listing has more than one page, and so shows page navigation. */
    public boolean split() {
        return count > 1;
    }

    public Optional<SitePath> previous() {
        return number == 1 ? Optional.empty() : Optional.of(pathOf(number - 1));
    }

    public Optional<SitePath> next() {
        return number == count ? Optional.empty() : Optional.of(pathOf(number + 1));
    }

    /**
     * Page {@code number} of a listing of {@code pages}; empty when the listing has no such page. Only this page's
     * entries become heads: a term with thousands of pages is asked for each of its pages.
     */
    static Optional<ListingPage> of(
            SitePath listing, String segment, List<Page> pages, Pagination pagination, int number) {
        int count = pagination.pages(pages.size());
        if (number < 1 || number > count) {
            return Optional.empty();
        }
        int from = (number - 1) * pagination.pageSize();
        List<PageHead> entries = pages.subList(from, Math.min(pages.size(), from + pagination.pageSize())).stream()
                .map(PageHead::of)
                .toList();
        return Optional.of(new ListingPage(listing, segment, number, count, entries));
    }
}
