package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measure histories through the CLI: the change since the previous report, the timeline and its table, mirrored in Arabic. */
class ProgressPagesTest {

    @TempDir
    Path dir;

    private TestSite site;

    static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/felder/_index.de.md --
            ---
            title: Handlungsfelder
            ---
            -- content/felder/stand.de.md --
            ---
            title: Umsetzungsstand
            type: umsetzungsstand
            ---
            -- content/felder/stand.ar.md --
            ---
            title: حالة التنفيذ
            type: umsetzungsstand
            ---
            -- content/felder/sprache.de.md --
            ---
            title: 8.2.3 Sprache und Bildung
            type: handlungsfeld
            number: "8.2.3"
            area: stadtweit
            kind: inhaltlich
            measures:
              - text: Sprachkurse abstimmen
                term: kurzfristig
                history:
                  - {date: 2025-10-01, status: geplant}
                  - {date: 2026-04-01, status: begonnen, note: Erste Runde mit allen Trägern.}
                  - {date: 2026-10-01, status: umgesetzt}
              - text: Kursinfos in Kitas
                term: kurzfristig
                history:
                  - {date: 2025-10-01, status: begonnen}
                  - {date: 2026-10-01, status: umgesetzt}
              - text: Alte Maßnahme ohne Verlauf
                term: langfristig
                status: geplant
            ---
            -- content/felder/sprache.ar.md --
            ---
            title: 8.2.3 اللغة والتعليم
            type: handlungsfeld
            measures:
              - text: تنسيق دورات اللغة
                history:
                  - {}
                  - {note: الجولة الأولى مع جميع الجهات.}
                  - {}
              - text: معلومات الدورات في الحضانات
              - text: إجراء قديم
            translation: machine
            ---
            -- content/felder/kultur.de.md --
            ---
            title: 8.2.4 Kultur
            type: handlungsfeld
            number: "8.2.4"
            area: stadtweit
            kind: inhaltlich
            measures:
              - text: Kulturfest
                term: kurzfristig
                history:
                  - {date: 2026-04-01, status: dauerhaft}
            ---
            """;

    @BeforeEach
    void build() {
        site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--build-date", "2026-12-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theDashboardSaysWhatChangedSinceThePreviousReportPerField() {
        Element progress = site.page("de/felder/stand/index.html").selectFirst("section.progress");
        assertThat(progress.select("h3").first().text()).isEqualTo("Veränderungen seit dem 1. April 2026");
        assertThat(progress.select("> .progress-changes li").eachText())
                .containsExactly("2 Maßnahmen sind seit dem 1. April 2026 neu „umgesetzt“.");
        assertThat(progress.select("> .progress-then").text())
                .isEqualTo("Stand am 1. April 2026: 2 begonnen und 1 dauerhafte Aufgabe");
        assertThat(progress.select("> .progress-now").text()).startsWith("Stand am 1. Oktober 2026: 2 umgesetzt");
        Element culture = progress.select(".progress-fields > li").get(1);
        assertThat(culture.selectFirst("a").text()).isEqualTo("8.2.4 Kultur");
        assertThat(culture.select(".progress-changes li").eachText())
                .containsExactly("Seit dem 1. April 2026 hat sich kein Stand geändert.");
        Element language = progress.select(".progress-fields > li").get(0);
        assertThat(language.select(".progress-changes li").eachText())
                .containsExactly("2 Maßnahmen sind seit dem 1. April 2026 neu „umgesetzt“.");
        assertThat(language.select(".progress-then").text()).isEqualTo("Stand am 1. April 2026: 2 begonnen");
    }

    @Test
    void theTimelineHasATitleADescriptionAndATableWithTheSameNumbers() {
        Document page = site.page("de/felder/stand/index.html");
        Element svg = page.selectFirst("section.progress svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("progress-title progress-title-desc");
        assertThat(page.getElementById("progress-title").text()).isEqualTo("Fortschritt über die Berichtstermine");
        assertThat(page.getElementById("progress-title-desc").text())
                .contains("3 Maßnahmen")
                .contains("1. Oktober 2025")
                .contains("1. Oktober 2026");
        assertThat(svg.select("text").eachText()).contains("Okt. 2025", "Apr. 2026", "Okt. 2026");
        List<Element> rows = page.select("table.progress-table tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(page.select("table.progress-table thead th").eachText())
                .containsExactly(
                        "Berichtstermin",
                        "geplant",
                        "begonnen",
                        "umgesetzt",
                        "dauerhafte Aufgabe",
                        "noch nicht erfasst");
        assertThat(rows.get(0).select("th, td").eachText()).containsExactly("1. Oktober 2025", "1", "1", "0", "0", "1");
        assertThat(rows.get(2).select("th, td").eachText()).containsExactly("1. Oktober 2026", "0", "0", "2", "1", "0");
        // Each column stacks all three measures with a history: its parts add up to the full height.
        double first = svg.select("rect[x=" + svg.select("rect").first().attr("x") + "]").stream()
                .filter(r -> !r.attr("width").equals("12"))
                .mapToDouble(r -> Double.parseDouble(r.attr("height")))
                .sum();
        assertThat(first).isCloseTo(150, org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void onArabicPagesTimeRunsRightToLeftWithArabicDigits() {
        Element ltr = site.page("de/felder/stand/index.html").selectFirst("section.progress svg");
        Element rtl = site.page("ar/felder/stand/index.html").selectFirst("section.progress svg");
        assertThat(rtl.select("text").eachText()).anyMatch(t -> t.contains("٢٠٢٥"));
        double oldestLtr = Double.parseDouble(ltr.select("rect").first().attr("x"));
        double oldestRtl = Double.parseDouble(rtl.select("rect").first().attr("x"));
        double newestRtl = Double.parseDouble(rtl.select("rect[height]").stream()
                .filter(r -> !r.attr("width").equals("12"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .attr("x"));
        assertThat(oldestLtr).isLessThan(100);
        assertThat(oldestRtl)
                .as("the oldest report stands on the right")
                .isGreaterThan(newestRtl)
                .isGreaterThan(200);
        assertThat(site.page("ar/felder/stand/index.html")
                        .select("table.progress-table tbody td")
                        .first()
                        .text())
                .isEqualTo("١");
    }

    @Test
    void aFieldPageShowsItsOwnProgressAndEachMeasuresHistoryWithTranslatedNotes() {
        Document de = site.page("de/felder/sprache/index.html");
        assertThat(de.select("section.progress .progress-changes li").eachText())
                .containsExactly("2 Maßnahmen sind seit dem 1. April 2026 neu „umgesetzt“.");
        assertThat(de.select("section.progress .progress-fields")).isEmpty();
        assertThat(de.select(".measure-history").first().select("li").eachText())
                .containsExactly(
                        "1. Oktober 2025 geplant",
                        "1. April 2026 begonnen – Erste Runde mit allen Trägern.",
                        "1. Oktober 2026 umgesetzt");
        assertThat(de.select(".measure-history"))
                .as("the measure without history lists none")
                .hasSize(2);
        Document ar = site.page("ar/felder/sprache/index.html");
        assertThat(ar.select(".measure-history").first().select("li").get(1).text())
                .contains("الجولة الأولى مع جميع الجهات.");
        assertThat(site.page("de/felder/kultur/index.html")
                        .select("section.progress h3")
                        .first()
                        .text())
                .isEqualTo("Veränderungen seit dem 1. April 2026");
    }

    @Test
    void theExportsHaveARowPerHistoryEntryAndTheHistoryInJson() {
        String[] csv = site.text("de/felder/stand/umsetzungsstand.csv").split("\r\n");
        assertThat(csv[0]).isEqualTo("\uFEFFnumber;field;term;status;updated;office;measure;current;note");
        assertThat(csv)
                .contains(
                        "8.2.3;8.2.3 Sprache und Bildung;kurzfristig;geplant;2025-10-01;;Sprachkurse abstimmen;no;",
                        "8.2.3;8.2.3 Sprache und Bildung;kurzfristig;begonnen;2026-04-01;;Sprachkurse abstimmen;no;Erste Runde mit allen Trägern.",
                        "8.2.3;8.2.3 Sprache und Bildung;kurzfristig;umgesetzt;2026-10-01;;Sprachkurse abstimmen;yes;",
                        "8.2.3;8.2.3 Sprache und Bildung;langfristig;geplant;;;Alte Maßnahme ohne Verlauf;yes;",
                        "8.2.4;8.2.4 Kultur;kurzfristig;dauerhaft;2026-04-01;;Kulturfest;yes;");
        assertThat(csv).hasSize(1 + 3 + 2 + 1 + 1);
        assertThat(java.util.Arrays.stream(csv).filter(r -> r.contains(";yes;")))
                .as("one current row per measure")
                .hasSize(4);
        String json = site.text("de/felder/stand/umsetzungsstand.json");
        assertThat(json)
                .contains("\"history\": [{\"date\": \"2025-10-01\", \"status\": \"geplant\", \"note\": null}, "
                        + "{\"date\": \"2026-04-01\", \"status\": \"begonnen\", \"note\": \"Erste Runde mit allen Trägern.\"}, "
                        + "{\"date\": \"2026-10-01\", \"status\": \"umgesetzt\", \"note\": null}]")
                .contains("\"history\": []");
        assertThat(site.text("ar/felder/stand/umsetzungsstand.json"))
                .contains("\"note\": \"الجولة الأولى مع جميع الجهات.\"");
    }
}
