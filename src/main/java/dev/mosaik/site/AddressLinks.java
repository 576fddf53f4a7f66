package dev.mosaik.site;

import dev.mosaik.content.AddressLink;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiText;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The last word on links to addresses that no page or file answered while the site was assembled: once every
 * output has claimed its address in the {@link AddressBook}, such a link either names one of them (a listing, a
 * tag's page, a feed, an alias, a course sheet) or is an error at its line, with the closest address as a hint.
 */
public final class AddressLinks {

    private AddressLinks() {}

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
                problems.error(link.position(), UiText.of("link.missing", link.written()), hint(link, book, known));
            }
        }
    }

    private static Optional<UiText> hint(AddressLink link, AddressBook book, List<String> known) {
        String why = link.written().startsWith("/") ? "hint.didYouMeanLanguage" : "hint.didYouMeanRelative";
        return link.alternative()
                .filter(book::publishes)
                .map(a -> UiText.of(why, "/" + a))
                .or(() -> DidYouMean.closest("/" + link.address(), known).map(a -> UiText.of("hint.didYouMean", a)));
    }
}
