package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.content.Course;
import dev.mosaik.content.Event;
import dev.mosaik.content.Newsletter;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.SubscribeViews.CalendarLink;
import dev.mosaik.render.SubscribeViews.FinderFeed;
import dev.mosaik.render.SubscribeViews.SubscribeView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.site.FeedFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.time.LocalDate;
import java.util.List;

/**
 * What each listing offers to subscribe to: a section its Atom feed and the calendar of its events or courses, a
 * tag or district its Atom feed, a course-finder page the calendar of exactly the courses it shows. Calendars are
 * offered at the site's published address (its base URL's host), as {@code webcal:} for calendar apps and as the
 * plain {@code https:} address to paste.
 */
final class Subscriptions {

    private final I18n i18n;
    private final CourseFeeds courseFeeds;

    Subscriptions(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.courseFeeds = new CourseFeeds(i18n, today);
    }

    /**
     * @param typedChildren the section's pages where its view reads them all (sections of events, courses, issues),
     *                      else empty: a plain section's listing reads only its share, and so does this
     */
    SubscribeView ofSection(Site site, Page page, List<Page> typedChildren) {
        if (page.kind() == PageKind.PAGE) {
            return SubscribeView.NONE;
        }
        BaseUrl base = site.config().baseUrl();
        // A newsletter's feed is offered on every page of its language already, and on its archive.
        boolean newsletter = typedChildren.stream().anyMatch(p -> p.data().orElse(null) instanceof Newsletter);
        List<LinkView> atom = FeedFiles.hasAtom(page) && !newsletter
                ? List.of(atom(
                        i18n.messages(page.language()),
                        page.title(),
                        page.path().href(base)))
                : List.of();
        if (typedChildren.stream().anyMatch(p -> p.data().orElse(null) instanceof Course)) {
            List<CourseFeeds.Feed> feeds = courseFeeds.of(site, page);
            return finder(base, feeds, CourseFeeds.Filter.ALL, atom);
        }
        if (typedChildren.stream().anyMatch(p -> p.data().orElse(null) instanceof Event)) {
            return new SubscribeView(
                    List.of(calendar(base, page.title(), page.path().value() + FeedFiles.EVENT_CALENDAR)),
                    atom,
                    "",
                    List.of());
        }
        return atom.isEmpty() ? SubscribeView.NONE : new SubscribeView(List.of(), atom, "", List.of());
    }

    /** A course-finder page showing {@code filter}: its calendar, and those its script switches to. */
    SubscribeView ofFinder(Site site, Page section, CourseFeeds.Filter filter) {
        return finder(site.config().baseUrl(), courseFeeds.of(site, section), filter, List.of());
    }

    /** A tag's or district's listing: its Atom feed. */
    static SubscribeView ofTerm(Site site, Messages messages, String name, SitePath term) {
        return new SubscribeView(
                List.of(), List.of(atom(messages, name, term.href(site.config().baseUrl()))), "", List.of());
    }

    private SubscribeView finder(
            BaseUrl base, List<CourseFeeds.Feed> feeds, CourseFeeds.Filter filter, List<LinkView> atom) {
        List<CalendarLink> own = CourseFeeds.find(feeds, filter).map(f -> calendar(base, f.label(), f.file())).stream()
                .toList();
        List<FinderFeed> choices = filter.archive()
                ? List.of()
                : CourseFeeds.within(feeds, filter).stream()
                        .map(f -> new FinderFeed(f.filter().key(), f.label(), new SitePath(f.file()).absoluteUrl(base)))
                        .toList();
        return new SubscribeView(own, atom, filter.key(), choices);
    }

    private static LinkView atom(Messages messages, String title, String folderHref) {
        return new LinkView(messages.format("feeds.atom", "name", title), folderHref + FeedFiles.ATOM);
    }

    private static CalendarLink calendar(BaseUrl base, String label, String file) {
        String https = new SitePath(file).absoluteUrl(base);
        return new CalendarLink(label, "webcal:" + https.substring(https.indexOf(':') + 1), https);
    }
}
