package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The concept's content types through the public build: schemas, cross-links and the dashboard. */
class ContentTypesTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/handlungsfelder/_index.de.md --
            ---
            title: Handlungsfelder
            ---
            -- content/handlungsfelder/stand.de.md --
            ---
            title: Umsetzungsstand
            type: umsetzungsstand
            ---
            -- content/handlungsfelder/8-2-3.de.md --
            ---
            title: 8.2.3 Sprache und Bildung
            type: handlungsfeld
            number: "8.2.3"
            area: stadtweit
            kind: inhaltlich
            measures:
              - text: Sprachkurse abstimmen
                term: kurzfristig
                status: begonnen
                updated: 2026-05-01
                office: Amt für Soziales
              - text: Kursinfos in Kitas
                term: kurzfristig
                status: umgesetzt
                projects: [/projekte/kita-info.md]
              - text: Muttersprachlicher Unterricht
                term: langfristig
                status: geplant
            ---
            Einleitung.
            -- content/handlungsfelder/9-2-3.de.md --
            ---
            title: 9.2.3 Öffentlichkeitsarbeit
            type: handlungsfeld
            number: "9.2.3"
            area: verwaltungsintern
            kind: inhaltlich
            measures:
              - text: Über Projekte informieren
                term: kurzfristig
                status: dauerhaft
            ---
            -- content/projekte/kita-info.de.md --
            ---
            title: Kursinfos in Kitas
            type: projekt
            fields: [/handlungsfelder/9-2-3.md]
            district: Dalheim
            partners: [Kitas, Volkshochschule]
            ---
            Text.
            """;

    @Test
    void aFieldOfActionShowsItsMeasuresWithStatusAndItsProjects() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document field = site.page("de/handlungsfelder/8-2-3/index.html");
        assertThat(field.select(".measures h2").eachText())
                .containsExactly("Kurzfristige Maßnahmen", "Langfristige Maßnahmen");
        assertThat(field.select(".measure .status").eachText()).containsExactly("begonnen", "umgesetzt", "geplant");
        assertThat(field.select(".measure time").attr("datetime")).isEqualTo("2026-05-01");
        assertThat(field.select(".measure-meta bdi").text()).isEqualTo("Amt für Soziales");
        assertThat(field.select(".measure-projects a").attr("href")).isEqualTo("/de/projekte/kita-info/");
        assertThat(field.select("#field-projects + ul h3").eachText())
                .as("projects named by a measure")
                .containsExactly("Kursinfos in Kitas");
    }

    @Test
    void crossLinksGoBothWays() {
        TestSite site = TestSite.write(dir, SITE);
        site.build();

        Document project = site.page("de/projekte/kita-info/index.html");
        assertThat(project.select("#project-fields + ul h3").eachText())
                .as("named by the project and by a measure")
                .containsExactlyInAnyOrder("9.2.3 Öffentlichkeitsarbeit", "8.2.3 Sprache und Bildung");
        assertThat(project.select(".facts dd").eachText()).contains("Dalheim");
        assertThat(site.page("de/handlungsfelder/9-2-3/index.html")
                        .select("#field-projects + ul h3")
                        .eachText())
                .containsExactly("Kursinfos in Kitas");
        assertThat(site.page("en/handlungsfelder/9-2-3/index.html")
                        .select("#field-projects + ul a")
                        .attr("href"))
                .as("cross-links stay in the reader's language")
                .isEqualTo("/en/projekte/kita-info/");
    }

    @Test
    void theDashboardCountsEveryMeasureByStatus() {
        TestSite site = TestSite.write(dir, SITE);
        site.build();

        Document dashboard = site.page("de/handlungsfelder/stand/index.html");
        assertThat(dashboard.select(".status-counts.large li").eachText())
                .containsExactly("1 geplant", "1 begonnen", "1 umgesetzt", "1 dauerhafte Aufgabe");
        assertThat(dashboard.select(".status-counts.terms li").eachText())
                .containsExactly("3 Kurzfristige Maßnahmen", "1 Langfristige Maßnahmen");
        assertThat(dashboard.select("#dashboard-totals").text()).isEqualTo("4 Maßnahmen");
        assertThat(dashboard.select(".dashboard-table thead th").eachText())
                .containsExactly(
                        "Handlungsfeld",
                        "geplant",
                        "begonnen",
                        "umgesetzt",
                        "dauerhafte Aufgabe",
                        "Kurzfristige Maßnahmen",
                        "Langfristige Maßnahmen",
                        "Summe",
                        "Letzte Aktualisierung");
        assertThat(dashboard.select(".dashboard-table tbody tr").eachText())
                .containsExactly(
                        "8.2.3 Sprache und Bildung 1 1 1 0 2 1 3 1. Mai 2026",
                        "9.2.3 Öffentlichkeitsarbeit 0 0 0 1 1 0 1");
        assertThat(dashboard.select("figure.chart svg rect"))
                .as("one bar segment per status with measures, plus the legend")
                .hasSizeGreaterThanOrEqualTo(4 + 4);
        // The chart needs no script: the only scripts are the site-wide reading aids and offline copies, both deferred.
        assertThat(dashboard.select("script").eachAttr("src"))
                .allMatch(src -> src.endsWith("/mosaik/reader.js") || src.endsWith("/mosaik/offline.js"));
        String csv = site.text("de/handlungsfelder/stand/umsetzungsstand.csv");
        assertThat(csv)
                .startsWith("\uFEFFnumber;field;term;status;updated;office;measure;current;note\r\n")
                .contains(
                        "8.2.3;8.2.3 Sprache und Bildung;kurzfristig;begonnen;2026-05-01;Amt für Soziales;Sprachkurse abstimmen;yes;\r\n");
        assertThat(csv.split("\r\n")).hasSize(5);
        String json = site.text("de/handlungsfelder/stand/umsetzungsstand.json");
        assertThat(json)
                .contains(
                        "\"number\": \"9.2.3\"",
                        "\"status\": \"dauerhaft\"",
                        "\"updated\": null",
                        "\"url\": \"https://example.org/de/handlungsfelder/9-2-3/\"");
        assertThat(dashboard.select(".exports a").eachAttr("href"))
                .containsExactly(
                        "/de/handlungsfelder/stand/umsetzungsstand.csv",
                        "/de/handlungsfelder/stand/umsetzungsstand.json");
        assertThat(site.page("en/handlungsfelder/stand/index.html")
                        .select("#dashboard-totals")
                        .text())
                .isEqualTo("4 measures");
    }

    @Test
    void measuresNotUpdatedForAYearAreFlaggedByCheck() {
        TestSite.write(dir, SITE);
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--build-date", "2027-06-01");
        assertThat(run.exitCode()).as("only warnings").isZero();
        assertThat(run.err())
                .contains(
                        "content/handlungsfelder/8-2-3.de.md:8: warning: measure status not updated for more than 12 months (last 2026-05-01)",
                        "content/handlungsfelder/8-2-3.de.md:13: warning: measure has no 'updated' date");
    }

    @Test
    void schemaMistakesAreReportedAtTheirLines() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/handlungsfelder/8-2-3.de.md", """
                ---
                title: 8.2.3 Sprache
                type: handlungsfeld
                nummer: "8.2.3"
                area: stadtweit
                kind: inhaltlich
                measures:
                  - text: Ohne Frist
                    status: begonnen
                  - text: Falscher Stand
                    term: kurzfristig
                    status: fertig
                ---
                """);
        site.file(
                "content/projekte/kita-info.de.md",
                "---\ntitle: P\ntype: projekt\nfields: [/handlungsfelder/9-2-4.md]\n"
                        + "images:\n  - src: fehlt.jpg\n    alt: Ein Bild\n---\n");
        site.file("content/projekte/ohne-alt.de.md", "---\ntitle: Q\ntype: projekt\nimages:\n  - src: fest.jpg\n---\n");
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/handlungsfelder/8-2-3.de.md:2: missing required key 'number'",
                        "content/handlungsfelder/8-2-3.de.md:4: unknown key 'nummer' (did you mean 'number'?)",
                        "content/handlungsfelder/8-2-3.de.md:8: missing required key 'term' (one of kurzfristig, langfristig)",
                        "content/handlungsfelder/8-2-3.de.md:12: 'status' must be one of geplant, begonnen, umgesetzt, dauerhaft, not 'fertig'",
                        "content/projekte/kita-info.de.md:4: '/handlungsfelder/9-2-4.md' is not a field of action (did you mean '/handlungsfelder/9-2-3.md'?)",
                        "content/projekte/kita-info.de.md:6: image 'fehlt.jpg' not found",
                        "content/projekte/ohne-alt.de.md:5: image 'fest.jpg' has no alt text");
    }

    private static final String EVENTS = """
            -- content/termine/_index.de.md --
            ---
            title: Termine
            ---
            -- content/termine/gipfel.de.md --
            ---
            title: Integrationsgipfel 2026
            summary: Das jährliche Treffen, auch für Vereine.
            type: termin
            start: 2026-11-20T16:00
            end: 2026-11-20T18:30
            place: Neues Rathaus
            address: Ernst-Leitz-Straße 30, 35578 Wetzlar
            stepFree: true
            registration: bis 13. November beim Integrationsbüro
            fields: [/handlungsfelder/9-2-3.md]
            ---
            Programm folgt.
            -- content/termine/kulturfest.de.md --
            ---
            title: Kulturfest
            type: termin
            start: 2026-06-13
            place: Domplatz
            stepFree: false
            ---
            """;

    @Test
    void eventsAreSplitIntoUpcomingAndPastAtTheBuildDate() {
        TestSite site = TestSite.write(dir, SITE + EVENTS);
        TestSite.Run run = site.build("--build-date", "2026-09-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document list = site.page("de/termine/index.html");
        assertThat(list.select(".events:not(.past) h3").eachText()).containsExactly("Integrationsgipfel 2026");
        assertThat(list.select(".events.past h3").eachText()).containsExactly("Kulturfest");
        Document event = site.page("de/termine/gipfel/index.html");
        assertThat(event.select(".facts time").text()).isEqualTo("Freitag, 20. November 2026, 16:00–18:30 Uhr");
        assertThat(event.select(".facts time").attr("datetime")).isEqualTo("2026-11-20T16:00+01:00");
        assertThat(event.select(".facts dd").eachText()).contains("stufenlos erreichbar");
        assertThat(event.select("#event-fields + ul h3").eachText()).containsExactly("9.2.3 Öffentlichkeitsarbeit");
        assertThat(site.page("de/handlungsfelder/9-2-3/index.html")
                        .select("#field-events + ul h3")
                        .eachText())
                .containsExactly("Integrationsgipfel 2026");
        assertThat(site.page("ar/termine/gipfel/index.html")
                        .select(".facts time")
                        .text())
                .contains("٢٠٢٦");

        site.build("--build-date", "2026-12-01");
        assertThat(site.page("de/termine/index.html").select(".events:not(.past) h3"))
                .isEmpty();
        assertThat(site.page("de/termine/gipfel/index.html").select(".notice").text())
                .contains("Vergangenheit");
    }

    @Test
    void theHomePageTeasesUpcomingEventsTheLatestStoryAndARoleModelChosenByTheBuildDate() {
        TestSite site = TestSite.write(dir, SITE + EVENTS);
        site.file("content/projekte/neu.de.md", "---\ntitle: Neues Projekt\ndate: 2026-08-01\ntype: projekt\n---\n");
        site.file(
                "content/vorbilder/a.de.md", "---\ntitle: Anna\ntype: vorbild\nname: Anna\nconsent: 2026-01-10\n---\n");
        site.file(
                "content/vorbilder/b.de.md", "---\ntitle: Berk\ntype: vorbild\nname: Berk\nconsent: 2026-01-10\n---\n");
        site.build("--build-date", "2026-09-01");

        Document home = site.page("de/index.html");
        assertThat(home.select("#teaser-events + ul h3").eachText()).containsExactly("Integrationsgipfel 2026");
        assertThat(home.select("#teaser-story + ul h3").eachText())
                .as("the most recently dated project")
                .containsExactly("Neues Projekt");
        String first = home.select("#teaser-role-model + ul h3").text();
        site.build("--build-date", "2026-09-01");
        assertThat(site.page("de/index.html")
                        .select("#teaser-role-model + ul h3")
                        .text())
                .as("same date, same choice")
                .isEqualTo(first);
        site.build("--build-date", "2026-09-02");
        assertThat(site.page("de/index.html")
                        .select("#teaser-role-model + ul h3")
                        .text())
                .as("the next day, the other one")
                .isNotEqualTo(first);
    }

    @Test
    void writesCalendarFilesThatParse() {
        TestSite site = TestSite.write(dir, SITE + EVENTS);
        site.build("--build-date", "2026-09-01");

        String single = site.text("de/termine/gipfel/termin.ics");
        assertThat(single).contains("\r\n").doesNotContain("\n\n");
        java.util.List<String> lines =
                java.util.Arrays.asList(single.replace("\r\n ", "").split("\r\n"));
        assertThat(lines)
                .startsWith("BEGIN:VCALENDAR", "VERSION:2.0")
                .endsWith("END:VCALENDAR")
                .contains(
                        "BEGIN:VEVENT",
                        "END:VEVENT",
                        "DTSTART;TZID=Europe/Berlin:20261120T160000",
                        "DTEND;TZID=Europe/Berlin:20261120T183000",
                        "BEGIN:VTIMEZONE",
                        "TZID:Europe/Berlin",
                        "END:VTIMEZONE",
                        "UID:termine-gipfel@example.org",
                        "DTSTAMP:20260901T000000Z",
                        "LOCATION:Neues Rathaus\\, Ernst-Leitz-Straße 30\\, 35578 Wetzlar",
                        "URL:https://example.org/de/termine/gipfel/");
        assertThat(single.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
        String all = site.text("de/termine.ics");
        assertThat(all.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(all).contains("DTSTART;VALUE=DATE:20260613", "DTEND;VALUE=DATE:20260614");
        assertThat(site.page("de/termine/index.html").select("a[href=/de/termine.ics]"))
                .hasSize(1);
    }

    @Test
    void aRoleModelWithConsentShowsPhotoLanguagesAndQuote() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/vorbilder/aylin.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.file("content/vorbilder/aylin.de.md", """
                ---
                title: Aylin, Erzieherin
                type: vorbild
                name: Aylin Beispiel
                consent: 2026-02-01
                photo:
                  src: aylin.svg
                  alt: Aylin lacht in die Kamera
                  consent: 2026-03-01
                origin: Izmir
                languages: [tr, de, ku]
                quote: Sprache öffnet Türen.
                ---
                Ihre Geschichte.
                """);
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = site.page("de/vorbilder/aylin/index.html");
        assertThat(page.select(".portrait img").attr("src")).isEqualTo("/vorbilder/aylin.svg");
        assertThat(page.select(".portrait img").attr("alt")).isEqualTo("Aylin lacht in die Kamera");
        assertThat(page.select(".facts dd").eachText()).contains("Türkisch, Deutsch und Kurdisch");
        assertThat(site.page("en/vorbilder/aylin/index.html")
                        .select(".facts dd")
                        .eachText())
                .contains("Turkish, German, and Kurdish");
        assertThat(page.select(".quote").text()).isEqualTo("Sprache öffnet Türen.");
    }

    @Test
    void tagsAndDistrictsGetIndexAndTermPagesInEveryLanguageInAlphabeticalOrder() {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "content/projekte/a.de.md",
                "---\ntitle: Zirkus\ntags: [Zeitung, Ärger]\ntype: projekt\ndistrict: Niedergirmes\n---\n");
        site.file("content/projekte/b.de.md", "---\ntitle: Apfelfest\ntags: [Apfel, Zeitung]\n---\n");
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document tags = site.page("de/schlagwoerter/index.html");
        assertThat(tags.select(".term-list a").eachText()).containsExactly("Apfel", "Ärger", "Zeitung");
        assertThat(tags.select(".term-list a").eachAttr("href"))
                .containsExactly("/de/schlagwoerter/apfel/", "/de/schlagwoerter/aerger/", "/de/schlagwoerter/zeitung/");
        assertThat(site.page("de/schlagwoerter/zeitung/index.html")
                        .select(".cards h3")
                        .eachText())
                .containsExactly("Apfelfest", "Zirkus");
        assertThat(site.page("de/stadtteile/niedergirmes/index.html")
                        .select(".cards h3")
                        .eachText())
                .containsExactly("Zirkus");
        assertThat(site.page("de/projekte/b/index.html").select(".tags a").eachAttr("href"))
                .containsExactly("/de/schlagwoerter/apfel/", "/de/schlagwoerter/zeitung/");
        Document arabic = site.page("ar/schlagwoerter/zeitung/index.html");
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).isEqualTo("Zeitung");
        assertThat(arabic.select(".language-switcher a[hreflang=de]").attr("href"))
                .isEqualTo("/de/schlagwoerter/zeitung/");
    }

    @Test
    void courseMistakesAreReportedAtTheirLines() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/kurse/a.de.md", """
                ---
                title: Kurs
                type: kurs
                provider: VHS
                levels: [A1, D4]
                courseType: sprachkurs
                district: Dalheim
                schedule:
                  - day: montag
                    from: "09:00"
                    to: "08:00"
                start: 2026-09-01
                end: 2026-08-01
                childcare: true
                stepFree: true
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/kurse/a.de.md:2: missing required key 'fee' (write 'fee: 0' for a free course)",
                        "content/kurse/a.de.md:2: a course needs a way to register: 'phone' or 'email'",
                        "content/kurse/a.de.md:5: level 'D4' is not one of Alpha, A1, A2, B1, B2, C1, C2",
                        "content/kurse/a.de.md:6: 'courseType' must be one of integrationskurs, elternkurs",
                        "content/kurse/a.de.md:9: 'day' must be one of monday, tuesday, wednesday, thursday, friday, saturday, sunday, not 'montag' (did you mean 'monday'?)",
                        "content/kurse/a.de.md:13: the course ends (2026-08-01) before it starts (2026-09-01)");
    }

    @Test
    void anEventThatEndsBeforeItStartsIsAnError() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/termine/gipfel.de.md", """
                ---
                title: Integrationsgipfel
                type: termin
                start: 2026-11-20T18:00
                end: 2026-11-20T16:00
                place: Neues Rathaus
                stepFree: true
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/termine/gipfel.de.md:5: the event ends (2026-11-20T16:00) before it starts (2026-11-20T18:00)");
    }

    @Test
    void aRoleModelPhotoWithoutConsentFailsTheBuild() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/vorbilder/aylin.de.md", """
                ---
                title: Aylin
                type: vorbild
                name: Aylin Beispiel
                consent: 2026-02-01
                photo:
                  src: aylin.jpg
                  alt: Aylin lacht in die Kamera
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/vorbilder/aylin.de.md:7: the photo of a role model needs 'consent: DATE'");
    }

    @Test
    void aPublishedRoleModelWithoutConsentFailsTheBuildPhotoOrNot() {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "content/vorbilder/aylin.de.md",
                "---\ntitle: Aylin\ntype: vorbild\nname: Aylin Beispiel\norigin: Izmir\n---\nGeschichte.\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/vorbilder/aylin.de.md:1: a role model needs 'consent: DATE', the day the person agreed"
                                + " to the publication of name, origin and story");
    }

    @Test
    void aDraftRoleModelWithoutConsentDoesNotStopTheBuild() {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "content/vorbilder/aylin.de.md",
                "---\ntitle: Aylin\ntype: vorbild\nname: Aylin Beispiel\ndraft: true\n---\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
