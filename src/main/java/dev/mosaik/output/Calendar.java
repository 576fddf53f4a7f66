package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.content.Event;
import dev.mosaik.render.CourseFeeds;
import dev.mosaik.render.PageSink;
import dev.mosaik.site.FeedFiles;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * iCalendar files (RFC 5545): one per event next to its page, one per language with all events, one per section
 * with the events it lists, and one per thing the course finder can show ({@link CourseFeeds}), so readers can
 * add an event or subscribe to exactly what a page shows. Times are local to the site's time zone
 * ({@code timeZone} in {@code site.yaml}, Europe/Berlin by default) with its {@code VTIMEZONE}, so a reader abroad sees the right hour; a course's weekly sessions are
 * weekly repetitions until its last day. The time stamp is the build date, so output is reproducible, and an
 * event or session has one {@code UID} in every feed, language and build, so a subscriber never sees it twice.
 */
public final class Calendar {

    public void write(Site site, LocalDate today, CourseFeeds courseFeeds, PageSink sink) {
        for (Language language : site.languages()) {
            List<Page> tree = site.pagesIn(language);
            List<Page> events = tree.stream()
                    .filter(p -> p.data().filter(Event.class::isInstance).isPresent())
                    .toList();
            for (Page page : events) {
                sink.write(
                        page.path().value() + OutputFiles.EVENT_CALENDAR,
                        events(site, List.of(page), today, page.title()));
            }
            if (!events.isEmpty()) {
                site.home(language)
                        .ifPresent(home -> sink.write(
                                home.path().value() + OutputFiles.LANGUAGE_CALENDAR,
                                events(site, events, today, language.title())));
            }
            for (Page section : tree) {
                if (FeedFiles.hasEventCalendar(site, section)) {
                    List<Page> listed = site.children(section).stream()
                            .filter(p -> p.data().orElse(null) instanceof Event)
                            .toList();
                    sink.write(
                            section.path().value() + FeedFiles.EVENT_CALENDAR,
                            events(site, listed, today, name(section.title(), language)));
                }
                if (CourseFeeds.isCourseSection(site, section)) {
                    for (CourseFeeds.Feed feed : courseFeeds.of(site, section)) {
                        sink.write(feed.file(), courses(site, feed.courses(), today, name(feed.label(), language)));
                    }
                }
            }
        }
    }

    /** "A1-Kurse in Dalheim – Integration in Wetzlar": what a calendar app lists among its subscriptions. */
    private static String name(String what, Language language) {
        return what + " – " + language.title();
    }

    byte[] events(Site site, List<Page> events, LocalDate today, String name) {
        BaseUrl base = site.config().baseUrl();
        IcsWriter ics = new IcsWriter(base, site.config().timeZone(), name, today);
        for (Page page : events) {
            Event event = (Event) page.data().orElseThrow();
            // The same event has one identity in every language, so a subscriber never sees it twice.
            ics.begin(page.key().value().replace('/', '-'));
            if (event.allDay()) {
                ics.date("DTSTART", event.start().toLocalDate())
                        .date("DTEND", event.end().toLocalDate().plusDays(1));
            } else {
                ics.local("DTSTART", event.start()).local("DTEND", event.end());
            }
            ics.text("SUMMARY", page.title());
            // A place named by its page gives its name and address; a venue named in words, what the event says.
            String location = placeOf(site, page)
                    .orElse(event.place() + event.address().map(a -> ", " + a).orElse(""));
            ics.text("LOCATION", location);
            page.frontMatter().summary().ifPresent(summary -> ics.text("DESCRIPTION", summary));
            ics.raw("URL", page.path().absoluteUrl(base)).end();
        }
        return ics.finish();
    }

    /** Each weekly session of a course is an event repeating weekly from its first day to the course's last. */
    byte[] courses(Site site, List<Page> courses, LocalDate today, String name) {
        BaseUrl base = site.config().baseUrl();
        IcsWriter ics = new IcsWriter(base, site.config().timeZone(), name, today);
        for (Page page : courses) {
            Course course = (Course) page.data().orElseThrow();
            String id = page.key().value().replace('/', '-');
            if (course.schedule().isEmpty()) {
                // No weekly times given: the course's period as one span of days.
                ics.begin(id)
                        .date("DTSTART", course.start())
                        .date("DTEND", course.end().plusDays(1));
                describe(ics, site, page, course, base);
                continue;
            }
            for (Course.Session session : course.schedule()) {
                LocalDate first = course.start().with(TemporalAdjusters.nextOrSame(session.day()));
                if (first.isAfter(course.end())) {
                    continue;
                }
                ics.begin(id + "-" + session.day().name().toLowerCase(Locale.ROOT) + "-"
                                + session.from().toString().replace(":", ""))
                        .local("DTSTART", first.atTime(session.from()))
                        .local("DTEND", first.atTime(session.to()))
                        .weeklyUntil(course.end().atTime(session.from()));
                describe(ics, site, page, course, base);
            }
        }
        return ics.finish();
    }

    /** The name and address of the place a course or event names ({@code place:}), as one line. */
    private static java.util.Optional<String> placeOf(Site site, Page page) {
        return site.firstLinked(page, dev.mosaik.content.Place.class)
                .flatMap(p -> Site.dataOf(p, dev.mosaik.content.Place.class)
                        .map(place -> p.title() + ", " + place.address().oneLine()));
    }

    private static void describe(IcsWriter ics, Site site, Page page, Course course, BaseUrl base) {
        ics.text("SUMMARY", page.title());
        // A course held at a place (place:) has no address of its own: the place's name and address say where.
        String location = placeOf(site, page).orElse(course.address().orElse(""));
        ics.text("LOCATION", location.isEmpty() ? course.district() : location + " (" + course.district() + ")");
        String description = page.frontMatter().summary().map(s -> s + "\n").orElse("") + course.provider();
        ics.text("DESCRIPTION", description);
        ics.raw("URL", page.path().absoluteUrl(base)).end();
    }
}
