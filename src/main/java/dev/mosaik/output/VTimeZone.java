package dev.mosaik.output;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The {@code VTIMEZONE} component of a calendar (RFC 5545, 3.6.5) for the site's time zone, from the JDK's time-zone
 * rules: one {@code DAYLIGHT} and one {@code STANDARD} part with a yearly rule where the zone has summer time today,
 * a single {@code STANDARD} part where it has not. The rules are today's, written from 1970 on, as calendar programs
 * write them: events are announced for the present, not the past.
 */
final class VTimeZone {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private VTimeZone() {}

    /** The component's lines, without line ends. */
    static List<String> of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>(List.of("BEGIN:VTIMEZONE", "TZID:" + zone.getId()));
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset today = rules.getOffset(LATEST);
            lines.addAll(List.of(
                    "BEGIN:STANDARD",
                    "TZOFFSETFROM:" + offset(today),
                    "TZOFFSETTO:" + offset(today),
                    "TZNAME:" + name(zone, false),
                    "DTSTART:19700101T000000",
                    "END:STANDARD"));
        } else {
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
                String part = daylight ? "DAYLIGHT" : "STANDARD";
                ZoneOffsetTransition first = rule.createTransition(1970);
                lines.addAll(List.of(
                        "BEGIN:" + part,
                        "TZOFFSETFROM:" + offset(rule.getOffsetBefore()),
                        "TZOFFSETTO:" + offset(rule.getOffsetAfter()),
                        "TZNAME:" + name(zone, daylight),
                        "DTSTART:" + first.getDateTimeBefore().format(LOCAL),
                        "RRULE:" + yearly(rule),
                        "END:" + part));
            }
        }
        lines.add("END:VTIMEZONE");
        return List.copyOf(lines);
    }

    /** A moment far enough ahead that a zone's offset there is its offset of today and on. */
    private static final java.time.Instant LATEST =
            LocalDateTime.of(2100, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    /**
     * The rule as an RRULE: "the last Sunday of March", "the second Sunday of March", else "the Sunday on one of the
     * seven days from the 8th", which says the same for any rule the JDK has.
     */
    private static String yearly(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        int day = rule.getDayOfMonthIndicator();
        String byMonth = "FREQ=YEARLY;BYMONTH=" + month.getValue();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return byMonth + ";BYMONTHDAY=" + day;
        }
        String name = DAYS[weekday.getValue() - 1];
        if (day == month.maxLength() - 6 || day == -1) {
            return byMonth + ";BYDAY=-1" + name;
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return byMonth + ";BYDAY=" + ((day - 1) / 7 + 1) + name;
        }
        int from = day > 0 ? day : month.maxLength() + day - 5;
        StringBuilder days = new StringBuilder();
        for (int d = from; d < from + 7; d++) {
            days.append(d == from ? "" : ",").append(d);
        }
        return byMonth + ";BYDAY=" + name + ";BYMONTHDAY=" + days;
    }

    /** {@code +0100}. */
    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** The zone's short name, as mail and calendar programs show it: "CET", "CEST". */
    private static String name(ZoneId zone, boolean daylight) {
        return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH);
    }
}
