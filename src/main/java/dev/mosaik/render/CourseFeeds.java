package dev.mosaik.render;

import dev.mosaik.content.Course;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.Messages;
import dev.mosaik.site.AddressWords;
import dev.mosaik.site.FeedFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The calendars a course section offers, one per thing its finder can show: all current courses, each static
 * filter page (level, district, weekday, childcare, the archive), and the combinations of level, district and
 * childcare the finder's script can show, where they hold a course ("A1-Kurse mit Kinderbetreuung in Dalheim").
 * The renderer links them and {@code output} writes them from this one list, so a link never misses its file.
 * A combination's folder is its filter pages' segments in a fixed order:
 * {@code …/niveau/a1/stadtteil/dalheim/kinderbetreuung/kurse.ics}.
 */
public final class CourseFeeds {

    /**
     * One calendar.
     *
     * @param folder  where its file lies
     * @param label   what it holds, in the tree's language
     * @param courses the course pages it holds, in start order
     * @param filter  the finder's selection it answers
     */
    public record Feed(SitePath folder, String label, List<Page> courses, Filter filter) {

        public Feed {
            courses = List.copyOf(courses);
        }

        public String file() {
            return folder.value() + FeedFiles.COURSE_CALENDAR;
        }
    }

    /**
     * A selection of the finder; empty strings where a filter is not set. Codes are those of the finder's
     * checkboxes (level {@code a1}, district {@code dalheim}, day {@code monday}).
     */
    public record Filter(String level, String district, String day, boolean childcare, boolean archive) {

        static final Filter ALL = new Filter("", "", "", false, false);

        /** How the finder's script names it: {@code a1|dalheim|true|}. */
        public String key() {
            return level + "|" + district + "|" + (childcare ? "true" : "") + "|" + day;
        }

        /** Whether every course this selection shows is also shown by {@code narrower}. */
        boolean contains(Filter narrower) {
            return !archive
                    && !narrower.archive
                    && (level.isEmpty() || level.equals(narrower.level))
                    && (district.isEmpty() || district.equals(narrower.district))
                    && (day.isEmpty() || day.equals(narrower.day))
                    && (!childcare || narrower.childcare);
        }
    }

    private final I18n i18n;
    private final LocalDate today;

    public CourseFeeds(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
    }

    /** Whether {@code page} is a section whose finder lists courses. */
    public static boolean isCourseSection(Site site, Page page) {
        return page.kind() != PageKind.PAGE && site.children(page).stream().anyMatch(CourseFeeds::isCourse);
    }

    private static boolean isCourse(Page page) {
        return page.data().orElse(null) instanceof Course;
    }

    private static Course course(Page page) {
        return (Course) page.data().orElseThrow();
    }

    /** Every calendar of a course section: all courses first, then the filter pages, the combinations, the archive. */
    public List<Feed> of(Site site, Page section) {
        Messages messages = i18n.messages(section.language());
        AddressWords words = site.addressWords(section.language());
        List<Page> courses = site.children(section).stream()
                .filter(CourseFeeds::isCourse)
                .sorted(Comparator.comparing((Page p) -> course(p).start()).thenComparing(Page::key))
                .toList();
        List<Page> current =
                courses.stream().filter(p -> !course(p).isOver(today)).toList();
        CurrentCourses shown = new CurrentCourses(section.path(), words, messages, current);
        List<Feed> feeds = new ArrayList<>();
        feeds.add(new Feed(section.path(), messages.format("course.all"), current, Filter.ALL));
        feeds.addAll(combinations(shown));
        for (DayOfWeek day : DayOfWeek.values()) {
            shown.onDay(day, i18n.services(section.language()).weekday(day)).ifPresent(feeds::add);
        }
        feeds.add(new Feed(
                new SitePath(section.path().value() + words.archive() + "/"),
                messages.format("course.archive"),
                courses.stream().filter(p -> course(p).isOver(today)).toList(),
                new Filter("", "", "", false, true)));
        return List.copyOf(feeds);
    }

    /**
     * The feeds of the levels, districts and childcare, alone and combined, as far as current courses have them:
     * level first, then district, then without and with childcare.
     */
    private static List<Feed> combinations(CurrentCourses shown) {
        List<String> levels = new ArrayList<>(List.of(""));
        Course.LEVELS.stream()
                .filter(l -> shown.courses().stream()
                        .anyMatch(p -> course(p).levels().contains(l)))
                .forEach(levels::add);
        Map<String, String> districts = new HashMap<>();
        shown.courses()
                .forEach(p -> districts.putIfAbsent(
                        SitePath.segmentOf(course(p).district()), course(p).district()));
        List<String> districtCodes = new ArrayList<>(List.of(""));
        districtCodes.addAll(districts.keySet().stream().sorted().toList());
        List<Feed> feeds = new ArrayList<>();
        for (String level : levels) {
            for (String district : districtCodes) {
                for (boolean childcare : List.of(false, true)) {
                    if (!level.isEmpty() || !district.isEmpty() || childcare) {
                        shown.combination(level, district, districts.getOrDefault(district, ""), childcare)
                                .ifPresent(feeds::add);
                    }
                }
            }
        }
        return feeds;
    }

    /**
     * The current courses of a section, with the words its feeds' folders are made of and the messages that
     * label them.
     */
    private record CurrentCourses(SitePath section, AddressWords words, Messages messages, List<Page> courses) {

        /**
         * The feed of a level, a district, childcare, or a combination of them. The childcare page exists even
         * when empty; every other selection gets a file only where it holds a course.
         *
         * @param districtName the district as written in the courses, for the label
         */
        Optional<Feed> combination(String level, String district, String districtName, boolean childcare) {
            Filter filter = new Filter(level.toLowerCase(Locale.ROOT), district, "", childcare, false);
            List<Page> shown =
                    courses.stream().filter(p -> shows(filter, course(p))).toList();
            boolean childcarePage = level.isEmpty() && district.isEmpty();
            if (shown.isEmpty() && !childcarePage) {
                return Optional.empty();
            }
            String folder = section.value()
                    + (level.isEmpty() ? "" : FinderAddresses.level(words, filter.level()) + "/")
                    + (district.isEmpty() ? "" : FinderAddresses.district(words, district) + "/")
                    + (childcare ? words.childcare() + "/" : "");
            return Optional.of(
                    new Feed(new SitePath(folder), label(messages, level, districtName, "", childcare), shown, filter));
        }

        /** The feed of the courses on a weekday ({@code weekday} is its name); none where no course is. */
        Optional<Feed> onDay(DayOfWeek day, String weekday) {
            List<Page> shown = courses.stream()
                    .filter(p -> course(p).schedule().stream().anyMatch(s -> s.day() == day))
                    .toList();
            if (shown.isEmpty()) {
                return Optional.empty();
            }
            Filter filter = new Filter("", "", day.name().toLowerCase(Locale.ROOT), false, false);
            return Optional.of(new Feed(
                    new SitePath(section.value() + FinderAddresses.day(words, day) + "/"),
                    label(messages, "", "", weekday, false),
                    shown,
                    filter));
        }
    }

    /** The feed of a finder page showing {@code filter}, among a section's feeds. */
    public static Optional<Feed> find(List<Feed> feeds, Filter filter) {
        return feeds.stream().filter(f -> f.filter().equals(filter)).findFirst();
    }

    /** The feeds a finder page's script may switch to: those within what the page shows, without the archive. */
    static List<Feed> within(List<Feed> feeds, Filter page) {
        return feeds.stream()
                .filter(f -> !f.filter().archive() && (page.equals(Filter.ALL) || page.contains(f.filter())))
                .toList();
    }

    private static boolean shows(Filter filter, Course course) {
        Predicate<Course> level =
                c -> filter.level().isEmpty() || c.levels().stream().anyMatch(l -> l.equalsIgnoreCase(filter.level()));
        Predicate<Course> district = c ->
                filter.district().isEmpty() || SitePath.segmentOf(c.district()).equals(filter.district());
        return level.test(course) && district.test(course) && (!filter.childcare() || course.childcare());
    }

    private static String label(Messages messages, String level, String district, String day, boolean childcare) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(
                "level", level.isEmpty() ? "none" : level.equals("Alpha") ? messages.format("course.alpha") : level);
        arguments.put("district", district.isEmpty() ? "none" : district);
        arguments.put("day", day.isEmpty() ? "none" : day);
        arguments.put("childcare", childcare ? "yes" : "no");
        return messages.format("feeds.courses", arguments);
    }
}
