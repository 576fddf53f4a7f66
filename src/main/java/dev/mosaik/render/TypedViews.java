package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import java.util.List;

/** View records of the concept's content types, display-ready like {@link Views}. */
public final class TypedViews {

    private TypedViews() {}

    /**
     * A measure of a field of action.
     *
     * @param status  the status code ({@code geplant} …), for CSS classes; {@code statusLabel} is what readers see
     * @param updated the date of the last update in the reader's language ({@code updatedIso} for
     *                {@code <time datetime>}); both "" when the measure gives none
     * @param office  the office in charge, "" when not given
     */
    public record MeasureView(
            String text,
            String status,
            String statusLabel,
            String updated,
            String updatedIso,
            String office,
            List<ChildView> projects,
            List<ProgressViews.HistoryItem> history) {}

    /** Measures of one term (short-term or long-term). */
    public record MeasureGroupView(String term, String label, List<MeasureView> measures) {}

    /** How many measures have each status. */
    public record StatusCount(String status, String label, int count) {}

    /**
     * A field of action with its measures and the pages linked to it.
     *
     * @param dashboardHref the page of the implementation status of all fields, "" when the site has none
     * @param progress      the chart of the field's progress over its report dates: one, or none (an empty list)
     *                      when there is nothing to chart
     */
    public record FieldView(
            String number,
            String area,
            String kind,
            List<MeasureGroupView> groups,
            List<StatusCount> counts,
            List<ChildView> projects,
            List<ChildView> events,
            String dashboardHref,
            List<ProgressViews.ProgressView> progress)
            implements TypedView {
        @Override
        public String viewName() {
            return "handlungsfeld";
        }
    }

    /**
     * A project with the fields of action it belongs to. {@code district}, {@code period}, {@code results} and
     * {@code contact} are empty strings when the project does not give them.
     */
    public record ProjectView(
            List<ChildView> fields,
            String district,
            String period,
            List<String> partners,
            List<ImageView> images,
            String results,
            String contact)
            implements TypedView {
        @Override
        public String viewName() {
            return "projekt";
        }
    }

    /**
     * An event on its own page.
     *
     * @param registration how to register, "" when the event asks for no registration
     * @param calendar     link to the event's {@code .ics} file
     * @param feed         link to the calendar of all events in the page's language
     */
    public record EventView(
            EventTime when,
            EventPlace where,
            String registration,
            boolean upcoming,
            String calendar,
            String feed,
            List<ChildView> fields) {}

    /**
     * When an event takes place: {@code text} in the reader's language; {@code startIso} and {@code endIso} for
     * {@code <time datetime>} (a date for an all-day event, else with the offset of the site's time zone).
     */
    public record EventTime(String text, String startIso, String endIso) {}

    /**
     * Where an event takes place: the place's name (its page's title when the event names a place by its page),
     * and the address and district as the event writes them, "" when it gives none.
     */
    public record EventPlace(String name, String address, String district, boolean stepFree) {}

    /** An event in a list. */
    public record EventItem(ChildView page, String when, String startIso, String place, boolean stepFree) {}

    /** The events of a section, split at the build date; {@code calendar} is the language's calendar of all events. */
    public record EventListView(List<EventItem> upcoming, List<EventItem> past, String calendar) implements TypedView {
        @Override
        public String viewName() {
            return "events";
        }
    }

    /**
     * A local role model. The photo is shown only with documented consent.
     *
     * @param hasPhoto  whether there is a photo to show; without one, {@code photo} is {@link ImageView#NONE}
     * @param origin    where the person comes from, "" when not given
     * @param languages the languages the person speaks, named in the page's language
     * @param quote     the person's words, "" when not given
     */
    public record RoleModelView(
            String name, boolean hasPhoto, ImageView photo, String origin, List<String> languages, String quote)
            implements TypedView {
        @Override
        public String viewName() {
            return "vorbild";
        }
    }

    /**
     * What the home page points to: the next events, the latest success story, a role model and the latest
     * newsletter issue (each of the last three a list of one, or empty when the site has none). The choice depends
     * only on the content and the build date, so a build is reproducible.
     */
    public record HomeTeasers(
            List<EventItem> events, List<ChildView> story, List<ChildView> roleModel, List<ChildView> newsletter)
            implements TypedView {
        @Override
        public String viewName() {
            return "home";
        }

        public boolean isEmpty() {
            return events.isEmpty() && story.isEmpty() && roleModel.isEmpty() && newsletter.isEmpty();
        }
    }

    /**
     * A picture of a project or role model with its alt text. {@code width} and {@code height} are measured from
     * the file, so the browser reserves the space; {@code scaledHeight} is the height at {@code PORTRAIT_WIDTH},
     * for the portrait's fixed width. When the file cannot be measured, {@code measured} is false and the three
     * sizes are empty strings.
     */
    public record ImageView(
            String src, String alt, boolean measured, String width, String height, String scaledHeight) {

        public static final int PORTRAIT_WIDTH = 240;

        /** No picture: what a view holds where a picture is optional and absent. */
        public static final ImageView NONE = new ImageView("", "", false, "", "", "");

        static ImageView unmeasured(String src, String alt) {
            return new ImageView(src, alt, false, "", "", "");
        }

        static ImageView measured(String src, String alt, int width, int height) {
            return new ImageView(
                    src,
                    alt,
                    true,
                    Integer.toString(width),
                    Integer.toString(height),
                    Long.toString(Math.round(PORTRAIT_WIDTH * (double) height / width)));
        }
    }

    /**
     * One row of the implementation dashboard: a field of action, its measures counted by status and by
     * term, and the date of the latest update ({@code lastUpdateIso} for {@code <time datetime>}; both "" when no
     * measure gives one).
     */
    public record DashboardRow(
            String number,
            ChildView field,
            List<StatusCount> counts,
            List<StatusCount> terms,
            int total,
            String lastUpdate,
            String lastUpdateIso) {
        public String title() {
            return field.title();
        }

        public String href() {
            return field.href();
        }
    }

    /**
     * The implementation status of all measures: totals, one row per field of action, an inline SVG chart
     * of the same numbers, and links to CSV and JSON exports; {@code progress} as in {@link FieldView}.
     */
    public record DashboardView(
            List<StatusCount> totals,
            List<StatusCount> terms,
            int total,
            List<DashboardRow> rows,
            String chartSvg,
            String csv,
            String json,
            List<ProgressViews.ProgressView> progress)
            implements TypedView {
        @Override
        public String viewName() {
            return "umsetzungsstand";
        }
    }

    /**
     * An event's page: its facts, the place it names if that has a page, and its schema.org data.
     *
     * @param hasVenue whether the event names a place by its page
     * @param venue    the place's page, address and way there; {@link PlaceViews.VenueView#NONE} without one
     */
    public record EventPage(EventView event, boolean hasVenue, PlaceViews.VenueView venue, String jsonLd)
            implements TypedView {
        @Override
        public String viewName() {
            return "termin";
        }
    }

    /** The steps of a timeline page ({@code type: zeitleiste}). */
    public record TimelineView(List<TimelineStep> entries) implements TypedView {
        @Override
        public String viewName() {
            return "zeitleiste";
        }
    }

    /**
     * One step of a timeline.
     *
     * @param when how the date is written for readers ("5./6. Februar 2010", "2010–2013")
     * @param date the machine-readable date ({@code 2010-02-05}) for {@code <time datetime>}, "" where there is none
     * @param text what happened, "" when the step has only a title
     */
    public record TimelineStep(String when, String date, String title, String text) {}
}
