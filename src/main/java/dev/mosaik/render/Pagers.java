package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.Views.PagerLinkView;
import dev.mosaik.render.Views.PagerView;
import dev.mosaik.site.ListingPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The page navigation of a listing split into pages, in the language of its tree. */
final class Pagers {

    /** Page numbers shown on either side of the current one, besides the first and the last. */
    static final int AROUND = 2;

    private Pagers() {}

    /** The pager of {@code page}; {@link PagerView#NONE} when its listing fits one page and needs none. */
    static PagerView of(ListingPage page, Messages messages, LocaleServices locale, BaseUrl base) {
        if (!page.split()) {
            return PagerView.NONE;
        }
        List<PagerLinkView> links = new ArrayList<>();
        int shown = 0;
        for (int n : numbers(page.number(), page.count())) {
            if (n > shown + 1) {
                links.add(new PagerLinkView("…", "", "", false, true));
            }
            links.add(new PagerLinkView(
                    locale.plainNumber(n),
                    label(messages, locale, n),
                    page.pathOf(n).href(base),
                    n == page.number(),
                    false));
            shown = n;
        }
        // Numbers are passed as text in the language's digits and without grouping, as the page links show them.
        String status = messages.format(
                "pagination.status",
                Map.of("number", locale.plainNumber(page.number()), "count", locale.plainNumber(page.count())));
        return new PagerView(
                page.number(),
                page.count(),
                label(messages, locale, page.number()),
                status,
                page.previous().map(p -> p.href(base)).orElse(""),
                page.next().map(p -> p.href(base)).orElse(""),
                page.previous().map(p -> p.absoluteUrl(base)).orElse(""),
                page.next().map(p -> p.absoluteUrl(base)).orElse(""),
                links);
    }

    private static String label(Messages messages, LocaleServices locale, int number) {
        return messages.format("pagination.page", "number", locale.plainNumber(number));
    }

    /**
     * The page numbers a pager shows, in order: the first, the last, and {@link #AROUND} on either side of the
     * current one. A gap of a single page shows that page instead: "1 2 3 4" reads better than "1 … 3 4" and is
     * no wider.
     */
    static List<Integer> numbers(int current, int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            boolean near = Math.abs(n - current) <= AROUND;
            boolean bridges = n == 2 && current - AROUND == 3 || n == count - 1 && current + AROUND == count - 2;
            if (n == 1 || n == count || near || bridges) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
