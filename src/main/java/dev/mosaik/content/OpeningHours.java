package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours in the small part of OpenStreetMap's {@code opening_hours} syntax that offices need: one line
 * per rule, days then times, {@code Mo-Fr 08:30-12:00} or {@code Mo,Th 14:00-16:00, 17:00-18:00}. Days are
 * OSM's two-letter English abbreviations, so the same text can go into OpenStreetMap; the reader sees them in
 * his language, formatted by ICU.
 */
public final class OpeningHours {

    /** Shown with every line that cannot be read. */
    public static final String FORM = "write one rule per line like 'Mo-Fr 08:30-12:00' or 'Mo,Th 14:00-18:00'"
            + " (days Mo Tu We Th Fr Sa Su, a range with '-', several days or times with ',')";

    private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final String DAY = "(?:Mo|Tu|We|Th|Fr|Sa|Su)";
    private static final String DAY_PART = DAY + "(?:-" + DAY + ")?";
    private static final String TIME = "\\d{1,2}:\\d{2}";
    private static final String TIME_PART = TIME + "-" + TIME;
    private static final Pattern RULE = Pattern.compile(
            "(" + DAY_PART + "(?:," + DAY_PART + ")*)\\s+(" + TIME_PART + "(?:\\s*,\\s*" + TIME_PART + ")*)");

    private OpeningHours() {}

    /** The sessions of the {@code key} list of {@code map}, in weekday order; each unreadable line is reported at its line. */
    static List<Course.Session> read(YamlMapping map, String key, Problems problems) {
        List<Course.Session> sessions = new ArrayList<>();
        for (YamlMapping.Located line : map.located(key)) {
            Optional<List<Course.Session>> rule = parse(line.value());
            if (rule.isEmpty()) {
                problems.error(
                        line.position(),
                        "opening hours '" + line.value() + "' are not in the accepted form",
                        Optional.of(FORM));
            } else {
                sessions.addAll(rule.get());
            }
        }
        sessions.sort(Comparator.comparing(Course.Session::day).thenComparing(Course.Session::from));
        return sessions;
    }

    /** One rule, or empty when it is not in the accepted form or a time is impossible or ends before it starts. */
    public static Optional<List<Course.Session>> parse(String rule) {
        Matcher matcher = RULE.matcher(rule.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            String[] ends = part.split("-");
            int from = DAYS.indexOf(ends[0]);
            int to = DAYS.indexOf(ends[ends.length - 1]);
            if (to < from) {
                return Optional.empty();
            }
            for (int d = from; d <= to; d++) {
                days.add(DayOfWeek.of(d + 1));
            }
        }
        List<Course.Session> sessions = new ArrayList<>();
        for (String span : matcher.group(2).split("\\s*,\\s*")) {
            String[] ends = span.split("-");
            Optional<LocalTime> from = time(ends[0]);
            Optional<LocalTime> to = time(ends[1]);
            if (from.isEmpty() || to.isEmpty() || !to.get().isAfter(from.get())) {
                return Optional.empty();
            }
            days.forEach(day -> sessions.add(new Course.Session(day, from.get(), to.get())));
        }
        return Optional.of(sessions);
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
