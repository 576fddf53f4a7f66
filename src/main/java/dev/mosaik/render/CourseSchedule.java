package dev.mosaik.render;

import dev.mosaik.content.Course;
import dev.mosaik.i18n.LocaleServices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A course's meeting times as readers say them: days at the same hours share one time, and three or more days in a row
 * become a range ("Mo – Fr, 08:30–12:15 Uhr" rather than five lines) — all from ICU's list and interval patterns.
 */
final class CourseSchedule {

    /** From three days in a row on, a range reads better than the days one by one. */
    private static final int SHORTEST_RANGE = 3;

    private CourseSchedule() {}

    /**
     * The sessions of {@code schedule} in the language of {@code locale}: one text per meeting time, its days in
     * weekday order ("Montag, Mittwoch und Freitag, 09:00–12:00 Uhr"), in the order of their first day.
     */
    static List<String> sessions(List<Course.Session> schedule, LocaleServices locale) {
        java.util.Map<java.util.List<java.time.LocalTime>, List<java.time.DayOfWeek>> daysByTime =
                new java.util.LinkedHashMap<>();
        schedule.stream()
                .sorted(Comparator.comparing(Course.Session::day).thenComparing(Course.Session::from))
                .forEach(s -> daysByTime
                        .computeIfAbsent(List.of(s.from(), s.to()), t -> new ArrayList<>())
                        .add(s.day()));
        List<String> out = new ArrayList<>();
        daysByTime.forEach((times, days) -> out.add(
                locale.dayAndTime(locale.list(dayRuns(days, locale)), locale.timeRange(times.get(0), times.get(1)))));
        return out;
    }

    /** Days in weekday order, three or more in a row as one range. */
    private static List<String> dayRuns(List<java.time.DayOfWeek> days, LocaleServices locale) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int end = i;
            while (end + 1 < days.size()
                    && days.get(end + 1).getValue() == days.get(end).getValue() + 1) {
                end++;
            }
            if (end - i + 1 >= SHORTEST_RANGE) {
                out.add(locale.weekdayRange(days.get(i), days.get(end)));
                i = end + 1;
            } else {
                out.add(locale.weekday(days.get(i)));
                i++;
            }
        }
        return out;
    }
}
