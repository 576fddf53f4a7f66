package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation of a typed page writes only its prose; its facts (status, dates, fees, links) come from the
 * original, so that a status changed in German is never contradicted by an older copy in a translation.
 */
class TranslatedProseTest {

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
                office: Amt für Soziales
              - text: Kursinfos in Kitas
                term: langfristig
                status: umgesetzt
            ---
            Einleitung.
            -- content/handlungsfelder/8-2-3.en.md --
            ---
            title: 8.2.3 Language and education
            translation: machine
            type: handlungsfeld
            measures:
              - text: Coordinate language courses
                office: Social Services Office
              - text: Course information in daycare centres
            ---
            Introduction.
            -- content/kurse/_index.de.md --
            ---
            title: Kurse
            ---
            -- content/kurse/eltern.de.md --
            ---
            title: Elternkurs
            type: kurs
            provider: VHS Wetzlar
            levels: [A1]
            courseType: elternkurs
            district: Dalheim
            start: 2026-09-01
            end: 2027-06-30
            fee: 0
            childcare: true
            stepFree: true
            targetGroup: Eltern mit kleinen Kindern
            phone: "+49 6441 0"
            ---
            Text.
            -- content/kurse/eltern.ar.md --
            ---
            title: دورة للآباء
            translation: machine
            type: kurs
            targetGroup: الآباء والأمهات مع أطفال صغار
            ---
            نص.
            """;

    @Test
    void aTranslationShowsItsOwnProseWithTheOriginalsFacts() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf", "--build-date", "2026-10-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document field = site.page("en/handlungsfelder/8-2-3/index.html");
        assertThat(field.select(".measure-text").eachText())
                .containsExactly("Coordinate language courses", "Course information in daycare centres");
        assertThat(field.text()).doesNotContain("Sprachkurse abstimmen");
        assertThat(field.select(".measure .status").eachText())
                .as("status from the German original, named in English")
                .containsExactly("started", "done");
        assertThat(field.select(".measure-meta bdi").text()).isEqualTo("Social Services Office");

        Document course = site.page("ar/kurse/eltern/index.html");
        assertThat(course.select("dd[lang=ar]").eachText()).contains("الآباء والأمهات مع أطفال صغار");
        assertThat(course.text()).contains("VHS Wetzlar").doesNotContain("Eltern mit kleinen Kindern");
    }

    @Test
    void aStatusChangedInTheOriginalShowsInEveryTranslation() {
        TestSite site = TestSite.write(dir, SITE.replace("status: begonnen", "status: umgesetzt"));
        site.build("--no-pdf", "--build-date", "2026-10-01");

        assertThat(site.page("en/handlungsfelder/8-2-3/index.html")
                        .select(".measure .status")
                        .eachText())
                .containsExactly("done", "done");
    }

    @Test
    void aFactRepeatedInATranslationIsAnErrorAtItsLine() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/kurse/eltern.ar.md", """
                ---
                title: دورة للآباء
                translation: machine
                type: kurs
                fee: 5
                ---
                """);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/kurse/eltern.ar.md:5: 'fee' is a fact a translation does not repeat: it is kept once,"
                                + " in the original (the file in the default language)");
    }

    @Test
    void aTranslationWithAnotherNumberOfMeasuresIsAnErrorAtTheList() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/handlungsfelder/8-2-3.en.md", """
                ---
                title: 8.2.3 Language and education
                translation: machine
                type: handlungsfeld
                measures:
                  - text: Coordinate language courses
                ---
                """);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/handlungsfelder/8-2-3.en.md:5: the original has 2 measures, this translation 1");
    }

    @Test
    void aTranslationOfATypedPageWhoseOriginalHasNoTypeIsAnError() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\n---\n");
        site.file(
                "content/kontakt.ar.md",
                "---\ntitle: اتصل\ntranslation: machine\ntype: kurs\ntargetGroup: الجميع\n---\n");
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/kontakt.ar.md:2: this translation of a page of type kurs has no original of that type");
    }

    @Test
    void translateStartsATypedPageWithItsProseOnlyAndTheResultBuilds() throws java.io.IOException {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/handlungsfelder/8-2-4.de.md", """
                ---
                title: 8.2.4 Kultur
                type: handlungsfeld
                number: "8.2.4"
                area: stadtweit
                kind: inhaltlich
                measures:
                  - term: kurzfristig
                    text: Feste feiern
                    status: begonnen
                    projects:
                      - /projekte/kita.md
                  - text: Vereine stärken
                    office: Kulturamt
                    term: langfristig
                    status: geplant
                    updated: 2026-05-01
                ---
                Text.
                """);
        site.file("content/projekte/kita.de.md", "---\ntitle: Kita\ntype: projekt\n---\n");
        TestSite.Run translate = TestSite.run(
                "translate", "--source", dir.toString(), "content/handlungsfelder/8-2-4.de.md", "--to", "en");
        assertThat(translate.exitCode()).as(translate.err()).isZero();

        String written = java.nio.file.Files.readString(dir.resolve("content/handlungsfelder/8-2-4.en.md"));
        assertThat(written)
                .contains("type: handlungsfeld", "measures:", "text: Feste feiern", "office: Kulturamt")
                .doesNotContain("number:", "area:", "kind:", "term:", "status:", "updated:", "/projekte/kita");
        site.file(
                "content/handlungsfelder/8-2-4.en.md",
                written.replace("draft: true", "draft: false").replace("Feste feiern", "Celebrate"));
        TestSite.Run run = site.build("--no-pdf", "--build-date", "2026-10-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = site.page("en/handlungsfelder/8-2-4/index.html");
        assertThat(page.select(".measure-text").eachText()).containsExactly("Celebrate", "Vereine stärken");
        assertThat(page.select(".measure .status").eachText()).containsExactly("started", "planned");
    }
}
