package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.LinkView;
import java.util.List;
import java.util.Optional;

/** View records of language courses and the course finder. */
public final class CourseViews {

    private CourseViews() {}

    /**
     * A course with its facts written out in the reader's language.
     *
     * @param levelCodes  lower-case level codes separated by spaces, for the finder's script
     * @param sheets      the printable info sheets of this course (German plus another language)
     */
    public record CourseView(
            String dataLang,
            String dataDir,
            String provider,
            String levels,
            String levelCodes,
            String type,
            String district,
            String districtCode,
            Optional<String> address,
            List<String> schedule,
            String dayCodes,
            String period,
            String fee,
            boolean free,
            boolean childcare,
            boolean stepFree,
            List<String> teacherLanguages,
            Optional<Phrase> targetGroup,
            Optional<String> phone,
            Optional<String> email,
            boolean over,
            List<LinkView> sheets) {}

    /** A text with the language it is written in: a translation's own words among its original's facts. */
    public record Phrase(String text, String lang, String dir) {}

    /** A course in a list: its page and its facts. */
    public record CourseItem(ChildView page, CourseView course) {}

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
     * @param venue the place's page, address and way there, when the course names a place by its page
     */
    public record CoursePage(CourseView course, Optional<PlaceViews.VenueView> venue, String jsonLd)
            implements TypedView {
        @Override
        public String viewName() {
            return "kurs";
        }
    }
}
