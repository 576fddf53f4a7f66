package dev.mosaik.output;

import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;

/**
 * What the feeds of one build share, made once: the XML writer factory (found through a service lookup), each page's
 * whole text as a feed shows it (a newsletter issue or a dated page is in an Atom and a JSON feed, and parsing its
 * HTML to make its links absolute was most of a feed's work) and each date's timestamp. For one thread: the feeds are
 * one job.
 */
final class FeedRun {

    private final Site site;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();
    /** By identity: the site's pages are the same objects in every feed, and a page's hash would walk its text. */
    private final Map<Page, String> html = new IdentityHashMap<>();

    private final Map<LocalDate, String> timestamps = new HashMap<>();

    FeedRun(Site site) {
        this.site = site;
    }

    Site site() {
        return site;
    }

    XMLOutputFactory xml() {
        return xml;
    }

    /** {@link FeedContent#html}, once per page. */
    String html(Page page) {
        return html.computeIfAbsent(page, p -> FeedContent.html(site, p));
    }

    /** {@link FeedStamps#timestamp}, once per date. */
    String timestamp(LocalDate date) {
        return timestamps.computeIfAbsent(date, d -> FeedStamps.timestamp(site, d));
    }
}
