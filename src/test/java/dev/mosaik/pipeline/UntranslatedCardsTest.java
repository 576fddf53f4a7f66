package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In an Arabic list, an entry whose page is not translated yet keeps the list's direction: the card, its
 * accent stripe, its dates and badges are right-to-left like its neighbours; only the German title and summary
 * are isolated as German, left-to-right text (issue 17: the whole card was laid out left to right).
 */
class UntranslatedCardsTest {

    @TempDir
    static Path dir;

    private static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.write(dir, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                  - code: ar
                    title: موقع الاختبار
                    locale: ar-u-nu-arab
                -- content/_index.de.md --
                ---
                title: Willkommen
                ---
                -- content/_index.ar.md --
                ---
                title: أهلا وسهلا
                ---
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- content/projekte/_index.ar.md --
                ---
                title: مشاريع
                ---
                -- content/projekte/schule.de.md --
                ---
                title: Schule verstehen
                summary: Elternabende in vielen Sprachen.
                ---
                Text.
                -- content/projekte/sport.de.md --
                ---
                title: Sport verbindet
                ---
                Text.
                -- content/projekte/sport.ar.md --
                ---
                title: الرياضة تجمع
                ---
                نص.
                -- content/termine/_index.de.md --
                ---
                title: Termine
                ---
                -- content/termine/_index.ar.md --
                ---
                title: مواعيد
                ---
                -- content/termine/gipfel.de.md --
                ---
                title: Integrationsgipfel
                summary: Das jährliche Treffen.
                type: termin
                start: 2027-03-12T16:00
                end: 2027-03-12T19:30
                place: Neues Rathaus
                stepFree: true
                ---
                Text.
                -- content/kurse/_index.de.md --
                ---
                title: Kurse
                ---
                -- content/kurse/_index.ar.md --
                ---
                title: دورات
                ---
                -- content/kurse/abend.de.md --
                ---
                title: Integrationskurs am Abend
                summary: Deutsch lernen nach der Arbeit.
                type: kurs
                provider: Volkshochschule
                levels: [A1, A2]
                courseType: integrationskurs
                district: Westend
                schedule:
                  - day: tuesday
                    from: "18:00"
                    to: "21:15"
                start: 2026-10-05
                end: 2027-10-01
                fee: 0
                childcare: false
                stepFree: true
                phone: "+49 6441 99-0203"
                ---
                Text.
                """);
        TestSite.Run run = site.build("--build-date", "2026-11-29");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void anUntranslatedCardInAnArabicListIsRightToLeftWithOnlyItsGermanTextIsolated() {
        Document page = site.page("ar/projekte/index.html");
        Element card = page.select("main .cards > li").stream()
                .filter(li -> li.text().contains("Schule verstehen"))
                .findFirst()
                .orElseThrow();
        assertThat(card.attr("dir"))
                .as("the card is laid out in the list's direction")
                .isEqualTo("rtl");
        assertThat(card.attr("lang")).isEqualTo("ar");
        Element title = card.selectFirst("h3 a");
        assertThat(title.attr("lang")).isEqualTo("de");
        assertThat(title.attr("dir")).isEqualTo("ltr");
        Element summary = card.select("p").stream()
                .filter(p -> p.text().equals("Elternabende in vielen Sprachen."))
                .findFirst()
                .orElseThrow();
        assertThat(summary.attr("lang")).isEqualTo("de");
        assertThat(summary.attr("dir")).isEqualTo("ltr");
        assertThat(card.select(".badge.untranslated")).hasSize(1);
        Element translated = page.select("main .cards > li").stream()
                .filter(li -> li.text().contains("الرياضة تجمع"))
                .findFirst()
                .orElseThrow();
        assertThat(translated.attr("dir")).isEqualTo("rtl");
    }

    @Test
    void anUntranslatedEventInAnArabicListIsRightToLeftWithItsDateInArabic() {
        Element item = site.page("ar/termine/index.html").selectFirst("main .event-item");
        assertThat(item.attr("dir")).isEqualTo("rtl");
        assertThat(item.attr("lang")).isEqualTo("ar");
        assertThat(item.selectFirst("h3 a").attr("lang")).isEqualTo("de");
        assertThat(item.selectFirst("h3 a").attr("dir")).isEqualTo("ltr");
        assertThat(item.selectFirst(".event-where span").attr("dir"))
                .as("the German place")
                .isEqualTo("ltr");
        assertThat(item.selectFirst(".event-when").closest("[dir]").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void anUntranslatedCourseInAnArabicFinderIsRightToLeftWithOnlyItsGermanTextIsolated() {
        Element item = site.page("ar/kurse/index.html").selectFirst("main .course-item");
        assertThat(item.attr("dir")).isEqualTo("rtl");
        assertThat(item.attr("lang")).isEqualTo("ar");
        assertThat(item.selectFirst("h3 a").attr("lang")).isEqualTo("de");
        assertThat(item.selectFirst("h3 a").attr("dir")).isEqualTo("ltr");
        assertThat(item.selectFirst(".course-meta").closest("[dir]").attr("dir"))
                .as("the Arabic meta line")
                .isEqualTo("rtl");
    }
}
