package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A measure's {@code history:} is read strictly: every mistake at its line, all at once, and old files keep working. */
class MeasureHistoryInputTest {

    @TempDir
    Path dir;

    private static final String BASE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            """;

    private static String field(String measures) {
        return "-- content/feld.de.md --\n---\ntitle: 8.2.3 Sprache\ntype: handlungsfeld\nnumber: \"8.2.3\"\narea: stadtweit\nkind: inhaltlich\n"
                + "measures:\n" + measures + "---\nText.\n";
    }

    @Test
    void reportsEveryHistoryMistakeAtItsLineInOneBuild() {
        TestSite site = TestSite.write(dir, BASE + field("""
                  - text: Kurse abstimmen
                    term: kurzfristig
                    history:
                      - {date: 2026-04-01, status: begonnen}
                      - {date: 2025-10-01, status: umgesetzt}
                  - text: Kitas informieren
                    term: kurzfristig
                    history:
                      - {date: 2025-10-01, status: begonen}
                      - {status: umgesetzt}
                  - text: Rat bilden
                    term: langfristig
                    history:
                      - {date: 2025-10-01, status: geplant}
                      - {date: 2027-01-01, status: begonnen}
                  - text: Unterricht
                    term: langfristig
                    status: umgesetzt
                    history:
                      - {date: 2025-10-01, status: geplant}
                """));
        TestSite.Run run = site.build("--build-date", "2026-12-01");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .doesNotContain("Exception")
                .contains(
                        "content/feld.de.md:12: history entry of 2025-10-01 comes after the one of 2026-04-01: entries go oldest first")
                .contains(
                        "content/feld.de.md:16: 'status' must be one of geplant, begonnen, umgesetzt, dauerhaft, not 'begonen'")
                .contains("did you mean 'begonnen'?")
                .contains("content/feld.de.md:17: missing required key 'date'")
                .contains(
                        "content/feld.de.md:25: 'status: umgesetzt' contradicts the latest history entry (2025-10-01: geplant)");
        // A date after the build date is reported by the assembled site, which knows the date; here it waits for the
        // others.
        TestSite.Run fixed = TestSite.write(dir, BASE + field("""
                  - text: Rat bilden
                    term: langfristig
                    history:
                      - {date: 2025-10-01, status: geplant}
                      - {date: 2027-01-01, status: begonnen}
                """)).build("--build-date", "2026-12-01");
        assertThat(fixed.exitCode()).as(fixed.err()).isEqualTo(1);
        assertThat(fixed.err())
                .contains("content/feld.de.md:12: history entry dated 2027-01-01 is after the build date 2026-12-01");
    }

    @Test
    void twoEntriesOnOneDayAreAnError() {
        TestSite site = TestSite.write(dir, BASE + field("""
                  - text: Kurse abstimmen
                    term: kurzfristig
                    history:
                      - {date: 2026-04-01, status: begonnen}
                      - {date: 2026-04-01, status: umgesetzt}
                """));
        TestSite.Run run = site.build("--build-date", "2026-12-01");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/feld.de.md:12: two history entries on 2026-04-01: a day has one status");
    }

    @Test
    void aMeasureWithHistoryNeedsNoStatusAndOldMeasuresKeepWorking() {
        TestSite site = TestSite.write(dir, BASE + field("""
                  - text: Kurse abstimmen
                    term: kurzfristig
                    history:
                      - {date: 2025-10-01, status: geplant}
                      - {date: 2026-04-01, status: umgesetzt, note: Alle Träger sind dabei.}
                  - text: Alte Form
                    term: langfristig
                    status: begonnen
                    updated: 2026-10-01
                """));
        TestSite.Run run = site.build("--build-date", "2026-12-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.page("de/feld/index.html")
                        .select(".measure.status-umgesetzt .measure-text")
                        .text())
                .isEqualTo("Kurse abstimmen");
        assertThat(site.page("de/feld/index.html")
                        .select(".measure.status-begonnen .measure-text")
                        .text())
                .isEqualTo("Alte Form");
    }

    @Test
    void theStaleWarningCountsFromTheLatestHistoryEntry() {
        TestSite site = TestSite.write(dir, BASE + field("""
                  - text: Kurse abstimmen
                    term: kurzfristig
                    history:
                      - {date: 2024-10-01, status: geplant}
                      - {date: 2025-04-01, status: begonnen}
                  - text: Kitas informieren
                    term: kurzfristig
                    history:
                      - {date: 2024-10-01, status: geplant}
                      - {date: 2026-10-01, status: begonnen}
                """));
        TestSite.Run run = site.build("--build-date", "2026-12-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(
                        "content/feld.de.md:8: warning: measure status not updated for more than 12 months (last 2025-04-01)")
                .doesNotContain("feld.de.md:12: warning: measure status");
    }
}
