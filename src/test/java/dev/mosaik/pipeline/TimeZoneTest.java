package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeZone} in site.yaml: the zone events, calendars and feeds are local to; Europe/Berlin by default. */
class TimeZoneTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            %s
            languages:
              - code: de
                title: Testseite
            -- content/_index.de.md --
            ---
            title: Willkommen
            ---
            -- content/termine/_index.de.md --
            ---
            title: Termine
            ---
            -- content/termine/gipfel.de.md --
            ---
            title: Integrationsgipfel
            type: termin
            start: 2026-11-20T16:00
            end: 2026-11-20T18:30
            place: Neues Rathaus
            stepFree: true
            ---
            """;

    @Test
    void eventsAreLocalToEuropeBerlinWithoutATimeZone() throws IOException {
        TestSite site = TestSite.write(dir, SITE.formatted(""));
        TestSite.Run run = site.build("--build-date", "2026-09-01");
        assertThat(run.exitCode()).as(run.err()).isZero();

        String ics = Files.readString(site.output().resolve("de/termine/gipfel/termin.ics"));
        assertThat(ics)
                .contains(
                        "TZID:Europe/Berlin\r\n",
                        "DTSTART;TZID=Europe/Berlin:20261120T160000\r\n",
                        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
                        "TZNAME:CEST\r\n");
        assertThat(site.page("de/termine/gipfel/index.html")
                        .select(".facts time")
                        .attr("datetime"))
                .isEqualTo("2026-11-20T16:00+01:00");
    }

    @Test
    void anotherTimeZoneChangesTheCalendarsZoneAndTheEventsOffset() throws IOException {
        TestSite site = TestSite.write(dir, SITE.formatted("timeZone: America/New_York"));
        TestSite.Run run = site.build("--build-date", "2026-09-01");
        assertThat(run.exitCode()).as(run.err()).isZero();

        String ics = Files.readString(site.output().resolve("de/termine/gipfel/termin.ics"));
        assertThat(ics)
                .contains(
                        "X-WR-TIMEZONE:America/New_York\r\n",
                        "TZID:America/New_York\r\n",
                        "DTSTART;TZID=America/New_York:20261120T160000\r\n",
                        "DTEND;TZID=America/New_York:20261120T183000\r\n",
                        // US summer time: from the second Sunday of March to the first Sunday of November.
                        "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n",
                        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n",
                        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n")
                .doesNotContain("Europe/Berlin");
        Document event = site.page("de/termine/gipfel/index.html");
        assertThat(event.select(".facts time").attr("datetime")).isEqualTo("2026-11-20T16:00-05:00");
        assertThat(event.select(".facts time").text()).isEqualTo("Freitag, 20. November 2026, 16:00–18:30 Uhr");
    }

    @Test
    void aZoneWithoutSummerTimeHasOneStandardPart() throws IOException {
        TestSite site = TestSite.write(dir, SITE.formatted("timeZone: Europe/Istanbul"));
        TestSite.Run run = site.build("--build-date", "2026-09-01");
        assertThat(run.exitCode()).as(run.err()).isZero();

        String ics = Files.readString(site.output().resolve("de/termine/gipfel/termin.ics"));
        assertThat(ics)
                .contains("BEGIN:STANDARD\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n")
                .doesNotContain("DAYLIGHT", "RRULE");
        assertThat(site.page("de/termine/gipfel/index.html")
                        .select(".facts time")
                        .attr("datetime"))
                .isEqualTo("2026-11-20T16:00+03:00");
    }

    @Test
    void refusesAnUnknownTimeZoneAtItsLine() {
        TestSite site = TestSite.write(dir, SITE.formatted("timeZone: Europe/Wetzlar"));
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("site.yaml:3: unknown time zone 'Europe/Wetzlar'")
                .doesNotContain("Exception");
        assertThat(site.output()).doesNotExist();
    }
}
