package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.Event;
import dev.mosaik.render.PageSink;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.OutputFiles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * iCalendar files (RFC 5545): one per event next to its page, and one per language with all events, so
 * readers can add an event or subscribe to all of them. Times are local to the site's time zone ({@code timeZone}
 * in {@code site.yaml}, Europe/Berlin by default) with its {@code VTIMEZONE}, so a reader abroad sees the right
 * hour; the time stamp is the build date, so output is reproducible.
 */
public final class Calendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public void write(Site site, LocalDate today, PageSink sink) {
        for (Language language : site.languages()) {
            List<Page> events = site.pages().stream()
                    .filter(p -> p.language().equals(language) && p.data().filter(Event.class::isInstance).isPresent())
                    .toList();
            if (events.isEmpty()) {
                continue;
            }
            for (Page page : events) {
                sink.write(page.path().value() + OutputFiles.EVENT_CALENDAR, calendar(site, List.of(page), today, page.title()));
            }
            site.home(language).ifPresent(home -> sink.write(home.path().value() + OutputFiles.LANGUAGE_CALENDAR,
                    calendar(site, events, today, language.title())));
        }
    }

    byte[] calendar(Site site, List<Page> events, LocalDate today, String name) {
        BaseUrl base = site.config().baseUrl();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//mosaik//" + base.uri().getHost() + "//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        String zone = site.config().timeZone().getId();
        line(ics, "X-WR-TIMEZONE:" + zone);
        VTimeZone.of(site.config().timeZone()).forEach(l -> line(ics, l));
        for (Page page : events) {
            Event event = (Event) page.data().orElseThrow();
            line(ics, "BEGIN:VEVENT");
            // The same event has one identity in every language, so a subscriber never sees it twice.
            line(ics, "UID:" + page.key().value().replace('/', '-') + "@" + base.uri().getHost());
            line(ics, "DTSTAMP:" + today.atStartOfDay(ZoneOffset.UTC).format(UTC));
            if (event.allDay()) {
                line(ics, "DTSTART;VALUE=DATE:" + event.start().toLocalDate().format(DATE));
                line(ics, "DTEND;VALUE=DATE:" + event.end().toLocalDate().plusDays(1).format(DATE));
            } else {
                line(ics, "DTSTART;TZID=" + zone + ":" + event.start().format(LOCAL));
                line(ics, "DTEND;TZID=" + zone + ":" + event.end().format(LOCAL));
            }
            line(ics, "SUMMARY:" + text(page.title()));
            line(ics, "LOCATION:" + text(event.place() + event.address().map(a -> ", " + a).orElse("")));
            page.frontMatter().summary().ifPresent(summary -> line(ics, "DESCRIPTION:" + text(summary)));
            line(ics, "URL:" + page.path().absoluteUrl(base));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Content lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. */
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
            ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            ics.append("\r\n");
        }
    }
}
