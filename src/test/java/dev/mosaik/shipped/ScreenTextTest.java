package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the theme writes around the content, read from the built shipped site: numbers in the page language's
 * digits, lists in its list pattern, course times as ranges, and course facts that say what they mean.
 */
class ScreenTextTest {

    private static final String LATIN_DIGIT = ".*[0-9].*";

    @Test
    void countsAndTableCellsOnArabicAndPersianPagesUseTheirOwnDigits() {
        for (String prefix : new String[] {"/ar/", "/fa/"}) {
            Document status = ShippedSite.page(prefix + "handlungsfelder/umsetzungsstand/");
            assertThat(status.select("main td, main li strong").eachText())
                    .as(prefix)
                    .isNotEmpty()
                    .noneMatch(text -> text.matches(LATIN_DIGIT));
            Document finder = ShippedSite.page(prefix + "deutsch-lernen/");
            assertThat(finder.select(".finder-links span").eachText())
                    .as(prefix)
                    .isNotEmpty()
                    .noneMatch(text -> text.matches(LATIN_DIGIT));
            assertThat(finder.select(".finder-count-texts li").eachText())
                    .as(prefix)
                    .hasSizeGreaterThan(2)
                    .noneMatch(text -> text.matches(LATIN_DIGIT));
        }
        assertThat(ShippedSite.page("/ar/deutsch-lernen/")
                        .select(".finder-count-texts li")
                        .last()
                        .text())
                .contains("١٠");
        assertThat(ShippedSite.page("/fa/deutsch-lernen/")
                        .select(".finder-count-texts li")
                        .last()
                        .text())
                .contains("۱۰");
    }

    @Test
    void listsOnArabicAndPersianPagesUseTheLanguagesListPatternNotALatinComma() {
        for (String prefix : new String[] {"/ar/", "/fa/"}) {
            Document finder = ShippedSite.page(prefix + "deutsch-lernen/");
            assertThat(finder.select(".course-meta .level").eachText())
                    .as(prefix)
                    .anyMatch(text -> text.contains("،"))
                    .noneMatch(text -> text.contains(", "));
        }
        assertThat(ShippedSite.page("/de/deutsch-lernen/")
                        .select(".course-meta .level")
                        .eachText())
                .contains("A2, B1 und B2");
    }

    @Test
    void aCourseOnConsecutiveDaysAtTheSameTimeShowsAWeekdayRange() {
        assertThat(ShippedSite.page("/de/deutsch-lernen/integrationskurs-innenstadt-vormittag/")
                        .select(".course-facts li")
                        .eachText())
                .containsExactly("Mo\u2009–\u2009Fr, 08:30–12:15 Uhr");
        assertThat(ShippedSite.page("/de/deutsch-lernen/frauenkurs-niedergirmes/")
                        .select(".course-facts li")
                        .eachText())
                .containsExactly("Montag, Mittwoch und Freitag, 09:00–12:00 Uhr");
        assertThat(ShippedSite.page("/fa/deutsch-lernen/integrationskurs-innenstadt-vormittag/")
                        .select(".course-facts li")
                        .eachText())
                .singleElement()
                .asString()
                .contains("تا")
                .doesNotMatch(LATIN_DIGIT);
    }

    @Test
    void theCoursePageLabelsTheChildcareRowChildcareNotWithChildcare() {
        // The label of the finder's childcare filter is "mit Kinderbetreuung" in each language: no course page's row is
        // labelled so.
        for (String path : ShippedSite.htmlFiles()) {
            if (!path.matches("/[^/]+/deutsch-lernen/[^/]+/index\\.html") || path.contains("/archiv/")) {
                continue;
            }
            Document course = ShippedSite.page(path.replace("index.html", ""));
            if (course.select(".course-facts").isEmpty()) {
                continue; // a filter page of the finder
            }
            String prefix = path.substring(0, path.indexOf("/deutsch-lernen/") + 1);
            String withChildcare = ShippedSite.page(prefix + "deutsch-lernen/")
                    .select(".finder-form input[name=childcare] + span")
                    .text();
            assertThat(withChildcare).as(prefix).isNotEmpty();
            assertThat(course.select(".course-facts dt").eachText())
                    .as(path)
                    .isNotEmpty()
                    .doesNotContain(withChildcare);
        }
        Document german = ShippedSite.page("/de/deutsch-lernen/integrationskurs-abend/");
        assertThat(german.select(".course-facts dt").eachText())
                .contains("Kinderbetreuung")
                .doesNotContain("mit Kinderbetreuung");
    }

    @Test
    void theCourseFinderLinksPastTheExplanationToTheListAndCarriesANoCourseMessage() {
        Document finder = ShippedSite.page("/de/deutsch-lernen/");
        Element jump = finder.selectFirst("main a[href=#courses]");
        assertThat(jump).isNotNull();
        assertThat(finder.getElementById("courses")).isNotNull();
        // The link comes before the explanation, which is long on a phone.
        assertThat(finder.selectFirst("main a[href=#courses], main .prose")).isSameAs(jump);
        assertThat(finder.selectFirst(".finder-none").hasAttr("hidden")).isTrue();
        assertThat(finder.select(".finder-none").text()).isEqualTo("Keine passenden Kurse.");
    }

    @Test
    void aPastEventOffersNoButtonToAddItToTheCalendarAndNoLinkSaysIcs() {
        Document events = ShippedSite.page("/de/termine/");
        java.util.List<String> past = events.select(".events.past a[href]").eachAttr("href");
        assertThat(past).isNotEmpty();
        for (String href : past) {
            Document event = ShippedSite.page(href.replace("https://integration.wetzlar.de", ""));
            assertThat(event.select(".calendar-links a.button")).as(href).isEmpty();
            assertThat(event.select(".calendar-links").text()).as(href).doesNotContain(".ics");
        }
        Document upcoming = ShippedSite.page(
                events.select(".events:not(.past) a[href]").first().attr("href"));
        assertThat(upcoming.select(".calendar-links a.button").text()).isEqualTo("In den Kalender übernehmen");
    }

    /** The links are flex boxes; a text node between their parts loses its space there ("Vorherige Ausgabe:Newsletter 3"). */
    @Test
    void theNewsletterPreviousIssueLinkKeepsTheSpaceAfterItsColon() {
        Document issue = ShippedSite.page("/de/newsletter/ausgabe-4/");
        Element previous = issue.selectFirst(".issue-nav a[rel=prev]");
        assertThat(previous.childNodeSize()).isEqualTo(1);
        assertThat(previous.child(0).text()).startsWith("Vorherige Ausgabe: ");
    }

    @Test
    void theAToZIndexFilesFieldsOfActionUnderTheirWordsNotUnderTheirNumbers() {
        for (String prefix : new String[] {"/de/", "/en/"}) {
            Document az = ShippedSite.page(
                    ShippedSite.page(prefix).select("a.keywords-link").attr("href"));
            assertThat(az.select("main h2, main bdi, main a").eachText())
                    .as(prefix)
                    .isNotEmpty()
                    .doesNotContain("0–9");
        }
    }
}
