package dev.mosaik.render;

import dev.mosaik.content.Course;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.CourseViews.FilterLink;
import dev.mosaik.site.AddressWords;
import dev.mosaik.site.Page;
import dev.mosaik.site.SitePath;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The course finder of a section: its courses and the filters that narrow them, with counts. */
final class CourseListViews {

    /** The finder's script, which filters the list in place where JavaScript runs. */
    static final String COURSE_SCRIPT = "mosaik/courses.js";

    private CourseListViews() {}

    /** The finder of {@code section}, listing the courses that pass {@code filter}. */
    static CourseViews.CourseListView of(
            Page section, List<Page> courses, Predicate<Page> filter, boolean archived, TypedViewContext context) {
        String finder = section.path().href(context.base());
        AddressWords words = context.site().addressWords(section.language());
        Filters filters = new Filters(
                courses.stream().filter(c -> !course(c).isOver(context.today())).toList(), finder, words, context);
        int over = (int)
                courses.stream().filter(c -> course(c).isOver(context.today())).count();
        List<CourseViews.CourseItem> items = courses.stream()
                .filter(filter)
                .sorted(Comparator.comparing((Page p) -> course(p).start())
                        .thenComparing(Page::title, context.locale().collation()))
                .map(p -> new CourseViews.CourseItem(
                        context.child(p), CourseFacts.of(p, course(p), context).summary()))
                .toList();
        return new CourseViews.CourseListView(
                items,
                filters.levels(),
                filters.districts(),
                filters.days(),
                new FilterLink(
                        context.messages().format("course.childcare"),
                        "childcare",
                        finder + words.childcare() + "/",
                        filters.count(Course::childcare)),
                new FilterLink(
                        context.messages().format("course.archive"), "archive", finder + words.archive() + "/", over),
                finder,
                archived,
                context.base().path() + COURSE_SCRIPT);
    }

    private static Course course(Page page) {
        return (Course) page.data().orElseThrow();
    }

    /** The filters of the current courses: each level, district and day that at least one of them has. */
    private record Filters(List<Page> current, String finder, AddressWords words, TypedViewContext context) {

        int count(Predicate<Course> predicate) {
            return (int) current.stream().filter(c -> predicate.test(course(c))).count();
        }

        List<FilterLink> levels() {
            Messages messages = context.messages();
            return Course.LEVELS.stream()
                    .filter(l -> count(c -> c.levels().contains(l)) > 0)
                    .map(l -> new FilterLink(
                            l.equals("Alpha") ? messages.format("course.alpha") : l,
                            l.toLowerCase(Locale.ROOT),
                            finder + FinderAddresses.level(words, l.toLowerCase(Locale.ROOT)) + "/",
                            count(c -> c.levels().contains(l))))
                    .toList();
        }

        List<FilterLink> districts() {
            return current.stream()
                    .map(c -> course(c).district())
                    .distinct()
                    .sorted(context.locale().collation())
                    .map(d -> new FilterLink(
                            d,
                            SitePath.segmentOf(d),
                            finder + FinderAddresses.district(words, SitePath.segmentOf(d)) + "/",
                            count(c -> c.district().equals(d))))
                    .toList();
        }

        List<FilterLink> days() {
            LocaleServices locale = context.locale();
            return Arrays.stream(DayOfWeek.values())
                    .filter(d -> count(c -> c.schedule().stream().anyMatch(s -> s.day() == d)) > 0)
                    .map(d -> new FilterLink(
                            locale.weekday(d),
                            d.name().toLowerCase(Locale.ROOT),
                            finder + FinderAddresses.day(words, d) + "/",
                            count(c -> c.schedule().stream().anyMatch(s -> s.day() == d))))
                    .toList();
        }
    }
}
