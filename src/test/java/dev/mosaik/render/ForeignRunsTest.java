package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Latin-script words in pages of a language in another script get the default language's lang. */
class ForeignRunsTest {

    private final ForeignRuns arabic = new ForeignRuns("ar", "de");

    private static String page(String lang, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>x</title></head><body>" + body + "</body></html>";
    }

    @Test
    void germanTermsInArabicTextAreMarkedGerman() {
        String html = arabic.mark(page("ar", "<p>دورة الاندماج (Integrationskurs) في Dalheim</p>"));
        assertThat(html).contains("دورة الاندماج (<span lang=\"de\">Integrationskurs</span>) في <span lang=\"de\">Dalheim</span>");
    }

    @Test
    void codesWithoutWordsAndCodeElementsAreLeftAlone() {
        String source = page("ar", "<p>المستوى A1 و B2</p><code>mosaik build</code>");
        assertThat(arabic.mark(source)).isEqualTo(source);
    }

    @Test
    void textAlreadyMarkedWithAnotherLanguageStaysAsItIsButTheWalkGoesOnBelowIt() {
        String html = arabic.mark(page("ar", "<ul lang=\"de\"><li>Neu im Leben<ul><li><a lang=\"ar\">دورة (Fit in Deutsch)</a></li></ul></li></ul>"));
        assertThat(html).contains("<li>Neu im Leben<ul>").contains("دورة (<span lang=\"de\">Fit in Deutsch</span>)");
    }

    @Test
    void aPageWithoutLatinWordsIsReturnedByteForByte() {
        String source = page("ar", "<p>مرحبا</p>");
        assertThat(arabic.mark(source)).isSameAs(source);
    }
}
