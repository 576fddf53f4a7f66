package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.LinkView;
import java.util.List;

/** View records of language courses and the course finder. */
public final class CourseViews {

    private CourseViews() {}

    /**
     * A course with its facts written out in the reader's language: what its entry in the finder shows, the rest of
     * its facts, how to register.
     *
     * @param contact its phone and e-mail address (its {@code web} is always empty)
     * @param over    whether the course has ended
     * @param sheets  the printable info sheets of this course (German plus another language)
     */
    public record CourseView(
            CourseSummary summary,
            CourseDetails details,
            PlaceViews.ContactView contact,
            boolean over,
            List<LinkView> sheets) {}

    /**
     * What a course's entry in the finder shows and is filtered by.
     *
     * @param dataLang   the language the course's facts are written in (a translation takes them from its original)
     * @param levelCodes lower-case level codes separated by spaces, for the finder's script
     * @param dayCodes   lower-case English weekday names separated by spaces, for the finder's script
     * @param schedule   one line per group of meetings with the same hours
     */
    public record CourseSummary(
            String dataLang,
            String levels,
            String levelCodes,
            String type,
            String district,
            String districtCode,
            List<String> schedule,
            String dayCodes,
            String fee,
            boolean childcare) {}

    /**
     * The facts of a course its page shows beside its summary.
     *
     * @param dataDir     the direction of {@link CourseSummary#dataLang}
     * @param address     the street address, "" when the course gives only its district
     * @param targetGroup for whom the course is; its {@code text} is "" when the course does not say
     */
    public record CourseDetails(
            String dataDir,
            String provider,
            String address,
            String period,
            boolean free,
            boolean stepFree,
            List<String> teacherLanguages,
            Phrase targetGroup) {}

    /** A text with the language it is written in: a translation's own words among its original's facts. */
    public record Phrase(String text, String lang, String dir) {}

    /** A course in a list: its page and what the finder shows of it. */
    public record CourseItem(ChildView page, CourseSummary course) {}

    /** A filter value with its static page and how many current courses it has. */
    public record FilterLink(String label, String code, String href, int count) {}

    /**
     * The course finder: the current courses (filtered, on a filter page), the static pages for every
     * filter value, and the archive.
     */
    public record CourseListView(
            List<CourseItem> courses,
            List<FilterLink> levels,
            List<FilterLink> districts,
            List<FilterLink> days,
            FilterLink childcare,
            FilterLink archive,
            String finderHref,
            boolean archived,
            String script)
            implements TypedView {
        @Override
        public String viewName() {
            return "courses";
        }
    }

    /**
     * A course's page: its facts, the place it is held at if that has a page, and its schema.org data.
     *
     * @param hasVenue whether the course names a place by its page
     * @param venue    the place's page, address and way there; {@link PlaceViews.VenueView#NONE} without one
     */
    public record CoursePage(CourseView course, boolean hasVenue, PlaceViews.VenueView venue, String jsonLd)
            implements TypedView {
        @Override
        public String viewName() {
            return "kurs";
        }
    }
}
