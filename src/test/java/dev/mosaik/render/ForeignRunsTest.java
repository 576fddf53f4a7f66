package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Latin-script words in pages of a language in another script get the default language's lang. */
class ForeignRunsTest {

    private final ForeignRuns arabic = new ForeignRuns("ar", "de", true);

    private static String page(String lang, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\" dir=\"" + (lang.equals("ar") ? "rtl" : "ltr")
                + "\"><head><title>x</title></head><body>" + body + "</body></html>";
    }

    @Test
    void germanTermsInArabicTextAreMarkedGerman() {
        String html = arabic.mark(page("ar", "<p>دورة الاندماج Integrationskurs في Dalheim</p>"));
        assertThat(html)
                .contains(
                        "دورة الاندماج <span lang=\"de\">Integrationskurs</span> في <span lang=\"de\">Dalheim</span>");
    }

    @Test
    void codesWithoutWordsAndCodeElementsAreLeftAlone() {
        String source = page("ar", "<p>المستوى A1 و B2</p><code>mosaik build</code>");
        assertThat(arabic.mark(source)).isEqualTo(source);
    }

    @Test
    void textAlreadyMarkedWithAnotherLanguageStaysAsItIsButTheWalkGoesOnBelowIt() {
        String html = arabic.mark(
                page(
                        "ar",
                        "<ul lang=\"de\"><li>Neu im Leben<ul><li><a lang=\"ar\">دورة (Fit in Deutsch)</a></li></ul></li></ul>"));
        assertThat(html)
                .contains("<li>Neu im Leben<ul>")
                .contains("دورة <bdi>(<span lang=\"de\">Fit in Deutsch</span>)</bdi>");
    }

    /**
     * A bracketed German term in an Arabic title (front matter has no isolates) is isolated together with its
     * brackets: otherwise, where the term wraps onto the next line, the right-to-left paragraph mirrors the
     * brackets onto the wrong sides.
     */
    @Test
    void aBracketedLatinRunInRightToLeftTextIsIsolatedWithItsBrackets() {
        String html = arabic.mark(page("ar", "<h1>تعليم الأقران (Peergroup Education)</h1><p>خلاصة (Atom) و(A1)</p>"));
        assertThat(html)
                .contains("<h1>تعليم الأقران <bdi>(<span lang=\"de\">Peergroup Education</span>)</bdi></h1>")
                .contains("خلاصة <bdi>(<span lang=\"de\">Atom</span>)</bdi> و(A1)");
    }

    @Test
    void aRunAlreadyIsolatedWithItsBracketsIsOnlyMarked() {
        String html = arabic.mark(
                page("ar", "<p>دورة <bdi>(Integrationskurs)</bdi> و<a dir=\"ltr\">(Fit in Deutsch)</a></p>"));
        assertThat(html)
                .contains("<bdi>(<span lang=\"de\">Integrationskurs</span>)</bdi>")
                .contains("<a dir=\"ltr\">(<span lang=\"de\">Fit in Deutsch</span>)</a>");
    }

    @Test
    void bracketsInLeftToRightPagesAreLeftAlone() {
        String html = new ForeignRuns("ru", "de", false).mark(page("ru", "<p>Курс (Integrationskurs)</p>"));
        assertThat(html).contains("Курс (<span lang=\"de\">Integrationskurs</span>)");
    }

    @Test
    void aPageWithoutLatinWordsIsReturnedByteForByte() {
        String source = page("ar", "<p>مرحبا</p>");
        assertThat(arabic.mark(source)).isSameAs(source);
    }
}
