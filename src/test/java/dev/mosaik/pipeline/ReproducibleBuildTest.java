package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.ChildJvm;
import dev.mosaik.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same input give the same bytes — every file of the output, so that whatever is added to it
 * later (a search index, another feed) is held to this too — and {@code SOURCE_DATE_EPOCH} is the build's date
 * and the PDFs' time.
 */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    /** Pages, a course (PDF sheets), an event (calendar), newsletters (feeds), tags, and a right-to-left language. */
    static final String SITE = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Testseite
              - code: ar
                title: موقع الاختبار
                locale: ar-u-nu-arab
            params:
              subscribe: "mailto:newsletter@example.org"
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Willkommen.
            -- content/_index.ar.md --
            ---
            title: البداية
            ---
            أهلا وسهلا.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/projekte/fest.de.md --
            ---
            title: Fest der Kulturen
            date: 2026-05-02
            tags: [Kultur, Begegnung]
            ---
            Ein „Fest“ mit Musik.
            -- content/kurse/_index.de.md --
            ---
            title: Kurse
            ---
            -- content/kurse/elternkurs.de.md --
            ---
            title: Elternkurs
            type: kurs
            provider: VHS
            levels: [A1, A2]
            courseType: elternkurs
            district: Dalheim
            start: 2026-01-01
            end: 2030-01-01
            fee: 0
            childcare: true
            stepFree: true
            phone: "+49 6441 0"
            schedule:
              - day: monday
                from: "09:00"
                to: "11:00"
            ---
            Deutsch lernen, während die Kinder spielen.
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
            Programm folgt.
            -- content/newsletter/_index.de.md --
            ---
            title: Newsletter
            ---
            -- content/newsletter/n1.de.md --
            ---
            title: Ausgabe eins
            date: 2026-03-01
            type: newsletter
            number: 1
            intro: Die erste.
            ---
            -- content/newsletter/n1.ar.md --
            ---
            title: العدد الأول
            date: 2026-03-01
            type: newsletter
            number: 1
            intro: الأول.
            ---
            """;

    @Test
    void twoBuildsInOtherFoldersLocalesAndTimeZonesAreByteIdentical() throws Exception {
        TestSite first = TestSite.write(dir.resolve("eins"), SITE);
        TestSite second = TestSite.write(dir.resolve("zwei/tiefer"), SITE);
        TestSite.Run run = first.build("--build-date", "2026-06-01");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // Turkish lower-cases I to ı; Kiribati is 14 hours ahead of UTC: neither may reach the output.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            run = second.build("--build-date", "2026-06-01");
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, String> files = HostileContentTest.listing(first.output());
        assertThat(files.keySet())
                .as("the comparison covers every kind of output")
                .contains(
                        "sitemap.xml",
                        "robots.txt",
                        "de/atom.xml",
                        "de/feed.json",
                        "de/newsletter/atom.xml",
                        "de/newsletter/feed.json",
                        "de/termine/gipfel/termin.ics",
                        "de/termine.ics",
                        "de/schlagwoerter/kultur/index.html",
                        "infoblaetter/kurse/elternkurs/de-ar.pdf",
                        "infoblaetter/aushang/dalheim-de-ar.pdf",
                        "ar/index.html",
                        "index.html",
                        "de/kurse/kurse.ics",
                        "de/kurse/niveau/a1/stadtteil/dalheim/kinderbetreuung/kurse.ics",
                        "de/termine/kalender.ics",
                        "de/projekte/atom.xml",
                        "de/schlagwoerter/kultur/atom.xml");
        assertThat(HostileContentTest.listing(second.output())).isEqualTo(files);
    }

    /** A page "Heute" dated {@code today} and a page "Morgen" dated {@code tomorrow}. */
    private static String datedPages(String today, String tomorrow) {
        return """
                -- content/projekte/heute.de.md --
                ---
                title: Heute
                date: %s
                ---
                -- content/projekte/morgen.de.md --
                ---
                title: Morgen
                date: %s
                ---
                """.formatted(today, tomorrow);
    }

    /** mosaik in a JVM of its own whose {@code SOURCE_DATE_EPOCH} is {@code epoch}. */
    private TestSite.Run buildAt(Instant epoch, String... arguments) throws Exception {
        return ChildJvm.run(
                Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch.getEpochSecond())), dir.resolve("log.txt"), arguments);
    }

    @Test
    void sourceDateEpochIsTheBuildDateAndThePdfsTime() throws Exception {
        TestSite site = TestSite.write(dir, SITE + datedPages("2026-05-29", "2026-05-30"));
        // 23:30 UTC on 28 May is 01:30 on 29 May in Wetzlar: the build date is Wetzlar's.
        Instant epoch = Instant.parse("2026-05-28T23:30:00Z");
        TestSite.Run run = buildAt(epoch, "build", "--source", site.root().toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(site.output().resolve("de/projekte/heute/index.html"))
                .as("published on the build date")
                .exists();
        assertThat(site.output().resolve("de/projekte/morgen/index.html"))
                .as("dated after the build date")
                .doesNotExist();
        byte[] pdf = Files.readAllBytes(site.output().resolve("infoblaetter/kurse/elternkurs/de-ar.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(epoch);
            assertThat(document.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(epoch);
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z?")
                            .matcher(xmp)
                            .results()
                            .map(m -> m.group()))
                    .as("no time from the clock in the XMP metadata")
                    .allSatisfy(date -> assertThat(date).isEqualTo("2026-05-28T23:30:00Z"));
        }
    }

    @Test
    void sourceDateEpochIsReadInTheSitesTimeZone() throws Exception {
        TestSite site = TestSite.write(
                dir, SITE.replace("defaultLanguage: de\n", """
                defaultLanguage: de
                timeZone: America/New_York
                """) + datedPages("2026-05-28", "2026-05-29"));
        // 03:30 UTC on 29 May is already 29 May in Wetzlar, but still 23:30 on 28 May in New York, the site's zone.
        Instant epoch = Instant.parse("2026-05-29T03:30:00Z");
        TestSite.Run run =
                buildAt(epoch, "build", "--no-pdf", "--source", site.root().toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(site.output().resolve("de/projekte/heute/index.html"))
                .as("published on the build date")
                .exists();
        assertThat(site.output().resolve("de/projekte/morgen/index.html"))
                .as("dated after the build date in New York")
                .doesNotExist();
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageErrorNotTheClock() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = ChildJvm.run(
                Map.of("SOURCE_DATE_EPOCH", "gestern"),
                dir.resolve("log.txt"),
                "build",
                "--source",
                site.root().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out())
                .contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not 'gestern'")
                .doesNotContain("\tat ");
        assertThat(site.output()).doesNotExist();
    }
}
