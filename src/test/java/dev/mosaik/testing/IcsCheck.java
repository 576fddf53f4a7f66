package dev.mosaik.testing;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Checks an iCalendar file the way RFC 5545 requires, strictly: what a parser forgives (bare line feeds, long
 * lines) is an error here. Then ical4j parses and validates it as a calendar app's library would.
 */
public final class IcsCheck {

    private static final Set<String> TEXT = Set.of("SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME", "COMMENT");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern DATE_TIME_UTC = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern LOCAL_OR_DATE = Pattern.compile("\\d{8}(T\\d{6})?");
    private static final Pattern RRULE = Pattern.compile(
            "FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)"
                    + "(;(UNTIL=\\d{8}(T\\d{6}Z)?|COUNT=\\d+|INTERVAL=\\d+|BYMONTH=\\d{1,2}(,\\d{1,2})*"
                    + "|BYDAY=([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)(,([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU))*|WKST=(MO|TU|WE|TH|FR|SA|SU)))*");

    /** One content line, unfolded: name, parameters, value. */
    public record Property(String name, Map<String, String> parameters, String value) {}

    /** An event's properties, in order. */
    public record Event(List<Property> properties) {

        public List<String> values(String name) {
            return properties.stream()
                    .filter(p -> p.name().equals(name))
                    .map(Property::value)
                    .toList();
        }

        public String value(String name) {
            List<String> values = values(name);
            return values.isEmpty() ? "" : values.get(0);
        }
    }

    private IcsCheck() {}

    /** Every way {@code bytes} break RFC 5545, prefixed with {@code file}; empty when none. */
    public static List<String> problems(String file, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\r\n")) {
            problems.add(file + ": does not end in CRLF");
        }
        String[] physical = text.split("\r\n", -1);
        for (int i = 0; i < physical.length; i++) {
            if (physical[i].indexOf('\n') >= 0 || physical[i].indexOf('\r') >= 0) {
                problems.add(file + ":" + (i + 1) + ": a line break that is not CRLF");
            }
            if (physical[i].getBytes(StandardCharsets.UTF_8).length > 75) {
                problems.add(file + ":" + (i + 1) + ": longer than 75 octets");
            }
        }
        List<Property> lines = new ArrayList<>();
        for (String line : unfold(physical)) {
            Property property = parse(line);
            if (property == null) {
                problems.add(file + ": not a content line: " + line);
            } else {
                lines.add(property);
            }
        }
        if (lines.isEmpty()
                || !lines.get(0).name().equals("BEGIN")
                || !lines.get(0).value().equals("VCALENDAR")
                || !lines.get(lines.size() - 1).name().equals("END")
                || !lines.get(lines.size() - 1).value().equals("VCALENDAR")) {
            problems.add(file + ": not one VCALENDAR from first line to last");
        }
        Deque<String> open = new ArrayDeque<>();
        Set<String> timezones = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        Set<String> uids = new HashSet<>();
        int version = 0;
        int prodid = 0;
        List<Property> event = null;
        for (Property p : lines) {
            switch (p.name()) {
                case "BEGIN" -> {
                    open.push(p.value());
                    if (p.value().equals("VEVENT")) {
                        event = new ArrayList<>();
                    }
                }
                case "END" -> {
                    if (open.isEmpty() || !open.peek().equals(p.value())) {
                        problems.add(
                                file + ": END:" + p.value() + " closes " + (open.isEmpty() ? "nothing" : open.peek()));
                    } else {
                        open.pop();
                    }
                    if (p.value().equals("VEVENT") && event != null) {
                        checkEvent(file, new Event(event), uids, problems);
                        event = null;
                    }
                }
                default -> {
                    if (event != null) {
                        event.add(p);
                    }
                    if (open.size() == 1 && p.name().equals("VERSION")) {
                        version++;
                        if (!p.value().equals("2.0")) {
                            problems.add(file + ": VERSION " + p.value());
                        }
                    }
                    if (open.size() == 1 && p.name().equals("PRODID")) {
                        prodid++;
                    }
                    if (p.name().equals("TZID") && "VTIMEZONE".equals(open.peek())) {
                        timezones.add(p.value());
                    }
                    if (p.parameters().containsKey("TZID")) {
                        referenced.add(p.parameters().get("TZID"));
                    }
                    if (TEXT.contains(p.name())) {
                        checkText(file, p, problems);
                    }
                    if (p.name().equals("RRULE") && !RRULE.matcher(p.value()).matches()) {
                        problems.add(file + ": RRULE " + p.value() + " breaks the grammar");
                    }
                }
            }
        }
        if (!open.isEmpty()) {
            problems.add(file + ": not closed: " + open);
        }
        if (version != 1 || prodid != 1) {
            problems.add(file + ": VCALENDAR needs one VERSION and one PRODID, has " + version + " and " + prodid);
        }
        referenced.removeAll(timezones);
        if (!referenced.isEmpty()) {
            problems.add(file + ": TZID without VTIMEZONE: " + referenced);
        }
        if (problems.isEmpty()) {
            try {
                ValidationResult result =
                        new CalendarBuilder().build(new StringReader(text)).validate();
                if (result.hasErrors()) {
                    problems.add(file + ": ical4j: " + result);
                }
            } catch (Exception e) {
                problems.add(file + ": ical4j: " + e);
            }
        }
        return problems;
    }

    private static void checkEvent(String file, Event event, Set<String> uids, List<String> problems) {
        for (String required : List.of("UID", "DTSTAMP", "DTSTART")) {
            if (event.values(required).size() != 1) {
                problems.add(file + ": a VEVENT has " + event.values(required).size() + " " + required);
            }
        }
        if (!uids.add(event.value("UID"))) {
            problems.add(file + ": UID " + event.value("UID") + " twice");
        }
        if (!DATE_TIME_UTC.matcher(event.value("DTSTAMP")).matches()) {
            problems.add(file + ": DTSTAMP " + event.value("DTSTAMP") + " is no UTC date-time");
        }
        boolean localStart = false;
        for (Property p : event.properties()) {
            if (p.name().equals("DTSTART") || p.name().equals("DTEND")) {
                boolean date = "DATE".equals(p.parameters().get("VALUE"));
                if (!LOCAL_OR_DATE.matcher(p.value()).matches()
                        || date == p.value().contains("T")) {
                    problems.add(file + ": " + p.name() + " " + p.value() + " is no date or local date-time");
                }
                if (p.name().equals("DTSTART")) {
                    localStart = p.parameters().containsKey("TZID");
                }
            }
            if (p.name().equals("RRULE") && localStart) {
                Matcher until = Pattern.compile("UNTIL=([^;]*)").matcher(p.value());
                if (until.find() && !DATE_TIME_UTC.matcher(until.group(1)).matches()) {
                    problems.add(file + ": UNTIL must be UTC when DTSTART has a TZID: " + p.value());
                }
            }
        }
        if (!event.values("DTEND").isEmpty() && !event.values("DURATION").isEmpty()) {
            problems.add(file + ": DTEND and DURATION together");
        }
    }

    /** TEXT values escape backslash, semicolon and comma, and have no raw line breaks. */
    private static void checkText(String file, Property p, List<String> problems) {
        String value = p.value();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (i + 1 >= value.length() || "\\;,nN".indexOf(value.charAt(i + 1)) < 0) {
                    problems.add(file + ": " + p.name() + " has a lone backslash: " + value);
                    return;
                }
                i++;
            } else if (c == ';' || c == ',') {
                problems.add(file + ": " + p.name() + " has an unescaped '" + c + "': " + value);
                return;
            }
        }
    }

    private static List<String> unfold(String[] physical) {
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            if (line.isEmpty()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /** {@code NAME;PARAM=value;…:value}; parameter values here are never quoted. */
    private static Property parse(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String[] head = line.substring(0, colon).split(";");
        if (!NAME.matcher(head[0]).matches()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int equals = head[i].indexOf('=');
            if (equals < 0) {
                return null;
            }
            parameters.put(head[i].substring(0, equals), head[i].substring(equals + 1));
        }
        return new Property(head[0], parameters, line.substring(colon + 1));
    }

    /** The events of a valid file. */
    public static List<Event> events(byte[] bytes) {
        List<Event> events = new ArrayList<>();
        List<Property> current = null;
        for (String line : unfold(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1))) {
            Property p = parse(line);
            if (p == null) {
                continue;
            }
            if (p.name().equals("BEGIN") && p.value().equals("VEVENT")) {
                current = new ArrayList<>();
            } else if (p.name().equals("END") && p.value().equals("VEVENT")) {
                events.add(new Event(current));
                current = null;
            } else if (current != null) {
                current.add(p);
            }
        }
        return events;
    }

    /** A calendar-level property's value (X-WR-CALNAME), unescaped as far as tests need. */
    public static String calendarName(byte[] bytes) {
        for (String line : unfold(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1))) {
            if (line.startsWith("X-WR-CALNAME:")) {
                return line.substring("X-WR-CALNAME:".length())
                        .replace("\\,", ",")
                        .replace("\\;", ";")
                        .replace("\\\\", "\\");
            }
        }
        return "";
    }
}
