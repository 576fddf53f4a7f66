package dev.mosaik.output;

import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The id and the timestamps of a feed entry, the same in the Atom and the JSON feed, so that a reader subscribed to
 * both sees one entry.
 */
final class FeedStamps {

    private FeedStamps() {}

    /**
     * {@code tag:integration.wetzlar.de,2026-11-01:newsletter/ausgabe-4/de}: a tag URI from the page's key and
     * first date, which survives a change of address.
     */
    static String id(Site site, Page page) {
        return "tag:" + site.config().baseUrl().uri().getHost() + ","
                + page.frontMatter().publishing().date().orElse(LocalDate.EPOCH) + ":"
                + page.key().value() + "/" + page.language().code();
    }

    /** The start of the day in the site's time zone. */
    static String timestamp(Site site, LocalDate date) {
        return date.atStartOfDay(site.config().timeZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The last change of a page, for its entry's {@code updated}; a page without dates counts as old. */
    static LocalDate lastChange(Page page) {
        return page.frontMatter().lastChange().orElse(LocalDate.EPOCH);
    }
}
