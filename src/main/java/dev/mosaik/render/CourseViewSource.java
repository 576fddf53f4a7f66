package dev.mosaik.render;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Course;
import dev.mosaik.site.Page;
import java.util.List;
import java.util.Optional;

/** The views of language courses ({@code type: kurs}): a course's page, and the course finder of a section. */
final class CourseViewSource implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.COURSE;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return page.data()
                .filter(Course.class::isInstance)
                .map(Course.class::cast)
                .map(course -> {
                    Optional<PlaceViews.VenueView> venue = PlaceViewFactory.venue(page, context);
                    return new CourseViews.CoursePage(
                            CourseFacts.of(page, course, context),
                            venue.isPresent(),
                            venue.orElse(PlaceViews.VenueView.NONE),
                            JsonLd.course(
                                    course,
                                    page.title(),
                                    page.path().absoluteUrl(context.base()),
                                    page.frontMatter().summary(),
                                    PlaceViewFactory.located(page, context.site()),
                                    context.site().config().timeZone()));
                });
    }

    /** The course finder of a section whose pages are courses, with the courses not over yet. */
    @Override
    public Optional<TypedView> listing(Page section, List<Page> children, TypedViewContext context) {
        List<Page> courses = children.stream()
                .filter(p -> p.data().orElse(null) instanceof Course)
                .toList();
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CourseListViews.of(
                section, courses, c -> !((Course) c.data().orElseThrow()).isOver(context.today()), false, context));
    }
}
