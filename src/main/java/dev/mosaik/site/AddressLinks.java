package dev.mosaik.site;

import dev.mosaik.content.AddressLink;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The last word on links to addresses that no page or file answered while the site was assembled: once every
 * output has claimed its address in the {@link AddressBook}, such a link either names one of them (a listing, a
 * tag's page, a feed, an alias, a course sheet) or is an error at its line, with the closest address as a hint.
 */
public final class AddressLinks {

    private AddressLinks() {
    }

    /** Checks the links of {@code pages} against everything {@code book} holds. */
    public static void check(Collection<Page> pages, AddressBook book, Problems problems) {
        List<String> known = List.of();
        for (Page page : pages) {
            for (AddressLink link : page.body().laterLinks()) {
                if (book.publishes(link.address())) {
                    continue;
                }
                if (known.isEmpty()) {
                    known = book.addresses();
                }
                problems.error(link.position(), "link target '" + link.written() + "' does not exist", hint(link, book, known));
            }
        }
    }

    private static Optional<String> hint(AddressLink link, AddressBook book, List<String> known) {
        String why = link.written().startsWith("/")
                ? " An address without its language is looked for among the pages of the text's language and at the site's root,"
                        + " while lists, tag pages and feeds are named with their language"
                : " A relative address starts from the page's own address, as in a browser";
        return link.alternative().filter(book::publishes).map(a -> "did you mean '/" + a + "'?" + why)
                .or(() -> DidYouMean.closest("/" + link.address(), known).map(a -> "did you mean '" + a + "'?"));
    }
}
