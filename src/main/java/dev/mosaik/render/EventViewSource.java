package dev.mosaik.render;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Event;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.render.TypedViews.EventItem;
import dev.mosaik.render.TypedViews.EventListView;
import dev.mosaik.render.TypedViews.EventView;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The views of events ({@code type: termin}): an event's page, and a section's coming and past events. */
final class EventViewSource implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.EVENT;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return page.data()
                .filter(Event.class::isInstance)
                .map(Event.class::cast)
                .map(event -> {
                    Optional<PlaceViews.VenueView> venue = PlaceViewFactory.venue(page, context);
                    return new TypedViews.EventPage(
                            view(page, event, context),
                            venue.isPresent(),
                            venue.orElse(PlaceViews.VenueView.NONE),
                            JsonLd.event(
                                    event,
                                    page.title(),
                                    page.path().absoluteUrl(context.base()),
                                    page.frontMatter().summary(),
                                    PlaceViewFactory.located(page, context.site()),
                                    context.site().config().timeZone()));
                });
    }

    private static EventView view(Page page, Event event, TypedViewContext context) {
        return new EventView(
                new TypedViews.EventTime(
                        context.locale().dateTimeRange(event.start(), event.end(), event.allDay()),
                        iso(event.start(), event.allDay(), context.site()),
                        iso(event.end(), event.allDay(), context.site())),
                new TypedViews.EventPlace(
                        placeName(page, event, context.site()),
                        event.address().orElse(""),
                        event.district().orElse(""),
                        event.stepFree()),
                event.registration().orElse(""),
                !event.end().toLocalDate().isBefore(context.today()),
                page.path().href(context.base()) + OutputFiles.EVENT_CALENDAR,
                languageCalendar(page, context),
                context.site().linked(page, dev.mosaik.content.FieldOfAction.class, context::child));
    }

    /** Upcoming (soonest first) and past (latest first) events among a section's pages. */
    @Override
    public Optional<TypedView> listing(Page section, List<Page> children, TypedViewContext context) {
        List<Page> events = children.stream()
                .filter(p -> p.data().filter(Event.class::isInstance).isPresent())
                .toList();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Page> byStart = Comparator.comparing(p -> ((Event) p.data().orElseThrow()).start());
        List<EventItem> upcoming = events.stream()
                .filter(p -> !isPast(p, context))
                .sorted(byStart)
                .map(p -> item(p, context))
                .toList();
        List<EventItem> past = events.stream()
                .filter(p -> isPast(p, context))
                .sorted(byStart.reversed())
                .map(p -> item(p, context))
                .toList();
        return Optional.of(new EventListView(upcoming, past, languageCalendar(section, context)));
    }

    private static boolean isPast(Page event, TypedViewContext context) {
        return ((Event) event.data().orElseThrow()).end().toLocalDate().isBefore(context.today());
    }

    private static String languageCalendar(Page page, TypedViewContext context) {
        return context.site()
                        .head(page.language(), TranslationKey.HOME)
                        .map(h -> h.path().href(context.base()))
                        .orElse(context.base().path())
                + OutputFiles.LANGUAGE_CALENDAR;
    }

    /** An event in a list: a section's, the home page's teasers. */
    static EventItem item(Page page, TypedViewContext context) {
        Event event = (Event) page.data().orElseThrow();
        return new EventItem(
                context.child(page),
                context.locale().dateTimeRange(event.start(), event.end(), event.allDay()),
                iso(event.start(), event.allDay(), context.site()),
                placeName(page, event, context.site()),
                event.stepFree());
    }

    /** The name of the place an event names by its page, else the venue as the event writes it. */
    private static String placeName(Page page, Event event, Site site) {
        return event.placeRef()
                .flatMap(ref -> site.firstLinked(page, dev.mosaik.content.Place.class))
                .map(Page::title)
                .orElse(event.place());
    }

    /** For {@code <time datetime>}: with the offset of the site's time zone on that day. */
    private static String iso(LocalDateTime time, boolean allDay, Site site) {
        return allDay
                ? time.toLocalDate().toString()
                : time.atZone(site.config().timeZone()).toOffsetDateTime().toString();
    }
}
