package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import java.util.List;
import java.util.Optional;

/** View records of the concept's content types, display-ready like {@link Views}. */
public final class TypedViews {

    private TypedViews() {}

    /**
     * A measure of a field of action.
     *
     * @param status the status code ({@code geplant} …), for CSS classes; {@code statusLabel} is what readers see
     */
    public record MeasureView(
            String text,
            String status,
            String statusLabel,
            Optional<String> updated,
            Optional<String> updatedIso,
            Optional<String> office,
            List<ChildView> projects,
            List<ProgressViews.HistoryItem> history) {}

    /** Measures of one term (short-term or long-term). */
    public record MeasureGroupView(String term, String label, List<MeasureView> measures) {}

    /** How many measures have each status. */
    public record StatusCount(String status, String label, int count) {}

    /** A field of action with its measures and the pages linked to it. */
    public record FieldView(
            String number,
            String area,
            String kind,
            List<MeasureGroupView> groups,
            List<StatusCount> counts,
            List<ChildView> projects,
            List<ChildView> events,
            Optional<String> dashboardHref,
            Optional<ProgressViews.ProgressView> progress)
            implements TypedView {
        @Override
        public String viewName() {
            return "handlungsfeld";
        }
    }

    /** A project with the fields of action it belongs to. */
    public record ProjectView(
            List<ChildView> fields,
            Optional<String> district,
            Optional<String> period,
            List<String> partners,
            List<ImageView> images,
            Optional<String> results,
            Optional<String> contact)
            implements TypedView {
        @Override
        public String viewName() {
            return "projekt";
        }
    }

    /**
     * An event on its own page.
     *
     * @param calendar link to the event's {@code .ics} file
     */
    public record EventView(
            String when,
            String startIso,
            String endIso,
            String place,
            Optional<String> address,
            boolean stepFree,
            Optional<String> registration,
            boolean upcoming,
            String calendar,
            String feed,
            List<ChildView> fields,
            Optional<String> district) {}

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
     * A local role model. The photo is present only with documented consent.
     *
     * @param languages the languages the person speaks, named in the page's language
     */
    public record RoleModelView(
            String name,
            Optional<ImageView> photo,
            Optional<String> origin,
            List<String> languages,
            Optional<String> quote)
            implements TypedView {
        @Override
        public String viewName() {
            return "vorbild";
        }
    }

    /**
     * What the home page points to: the next events, the latest success story and a role model. The choice
     * depends only on the content and the build date, so a build is reproducible.
     */
    public record HomeTeasers(
            List<EventItem> events,
            Optional<ChildView> story,
            Optional<ChildView> roleModel,
            Optional<ChildView> newsletter)
            implements TypedView {
        @Override
        public String viewName() {
            return "home";
        }

        public boolean isEmpty() {
            return events.isEmpty() && story.isEmpty() && roleModel.isEmpty() && newsletter.isEmpty();
        }
    }

    /** An image with its alt text. */
    /**
     * A picture of a project or role model. {@code width} and {@code height} are measured from the file (empty
     * when it cannot be), so the browser reserves the space; {@code scaledHeight} is the height at
     * {@code PORTRAIT_WIDTH}, for the portrait's fixed width.
     */
    public record ImageView(String src, String alt, String width, String height) {

        public static final int PORTRAIT_WIDTH = 240;

        public String scaledHeight() {
            return width.isEmpty()
                    ? ""
                    : Long.toString(
                            Math.round(PORTRAIT_WIDTH * Double.parseDouble(height) / Double.parseDouble(width)));
        }
    }

    /**
     * One row of the implementation dashboard: a field of action, its measures counted by status and by
     * term, and the date of the latest update.
     */
    public record DashboardRow(
            String number,
            ChildView field,
            List<StatusCount> counts,
            List<StatusCount> terms,
            int total,
            Optional<String> lastUpdate,
            Optional<String> lastUpdateIso) {
        public String title() {
            return field.title();
        }

        public String href() {
            return field.href();
        }
    }

    /**
     * The implementation status of all measures: totals, one row per field of action, an inline SVG chart
     * of the same numbers, and links to CSV and JSON exports.
     */
    public record DashboardView(
            List<StatusCount> totals,
            List<StatusCount> terms,
            int total,
            List<DashboardRow> rows,
            String chartSvg,
            String csv,
            String json,
            Optional<ProgressViews.ProgressView> progress)
            implements TypedView {
        @Override
        public String viewName() {
            return "umsetzungsstand";
        }
    }

    /**
     * An event's page: its facts, the place it names if that has a page, and its schema.org data.
     *
     * @param venue the place's page, address and way there, when the event names a place by its page
     */
    public record EventPage(EventView event, Optional<PlaceViews.VenueView> venue, String jsonLd) implements TypedView {
        @Override
        public String viewName() {
            return "termin";
        }
    }

    /** The steps of a timeline page ({@code type: zeitleiste}). */
    public record TimelineView(List<dev.mosaik.content.Timeline.Entry> entries) implements TypedView {
        @Override
        public String viewName() {
            return "zeitleiste";
        }
    }
}
