package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The lines of one iCalendar file (RFC 5545): a {@code VCALENDAR} with its name, the {@code VTIMEZONE} of the
 * site's time zone that every local time refers to, and events written property by property. Content lines end in
 * CRLF and are folded at 75 octets; TEXT values are escaped here, so no caller writes a raw value by mistake.
 */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder ics = new StringBuilder();
    private final String host;
    private final String stamp;
    private final ZoneId zone;

    /**
     * @param today the build date: every {@code DTSTAMP}, so that the same input gives the same bytes
     */
    IcsWriter(BaseUrl base, ZoneId zone, String name, LocalDate today) {
        this.host = base.uri().getHost();
        this.zone = zone;
        this.stamp = today.atStartOfDay(ZoneOffset.UTC).format(UTC);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//mosaik//" + host + "//EN");
        line("CALSCALE:GREGORIAN");
        // No METHOD: that is iTIP (RFC 5546), whose PUBLISH requires an ORGANIZER in every event; a file to
        // subscribe to is no scheduling message.
        line("X-WR-CALNAME:" + text(name));
        line("X-WR-TIMEZONE:" + zone.getId());
        VTimeZone.of(zone).forEach(this::line);
    }

    /** Starts an event; {@code id} is unique within the site, the host makes it unique in the world. */
    IcsWriter begin(String id) {
        line("BEGIN:VEVENT");
        line("UID:" + id + "@" + host);
        line("DTSTAMP:" + stamp);
        return this;
    }

    IcsWriter end() {
        line("END:VEVENT");
        return this;
    }

    IcsWriter local(String property, LocalDateTime time) {
        line(property + ";TZID=" + zone.getId() + ":" + time.format(LOCAL));
        return this;
    }

    IcsWriter date(String property, LocalDate date) {
        line(property + ";VALUE=DATE:" + date.format(DATE));
        return this;
    }

    /** A weekly repetition until {@code last} (a local time), which RFC 5545 wants in UTC when DTSTART has a TZID. */
    IcsWriter weeklyUntil(LocalDateTime last) {
        line("RRULE:FREQ=WEEKLY;UNTIL="
                + last.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).format(UTC));
        return this;
    }

    IcsWriter text(String property, String value) {
        line(property + ":" + text(value));
        return this;
    }

    /** A property whose value is not TEXT (a URI): written as it is. */
    IcsWriter raw(String property, String value) {
        line(property + ":" + value);
        return this;
    }

    byte[] finish() {
        line("END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Content lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. */
    private void line(String content) {
        line(ics, content);
    }

    static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            if (!first) {
                ics.append(' ');
            }
            ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                    .append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            ics.append("\r\n");
        }
    }
}
