package dev.mosaik.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a split A–Z index gives its pages: range labels and address segments. */
class KeywordSplitterTest {

    private static final ULocale GERMAN = new ULocale("de");
    private static final ULocale TURKISH = new ULocale("tr");
    private static final ULocale ARABIC = new ULocale("ar");

    @Test
    void aRangeEndIsTheShortestBeginningThatTellsItFromTheKeywordsBesideIt() {
        assertThat(KeywordSplitter.prefix("sammeln", List.of("Rose", "Seife"), GERMAN))
                .isEqualTo("Sa");
        assertThat(KeywordSplitter.prefix("Seite 1973 (de)", List.of("Seite 1972 (de)", "Seite 999 (de)"), GERMAN))
                .isEqualTo("Seite 1973");
        assertThat(KeywordSplitter.prefix("Schule", List.of(), GERMAN))
                .as("at least two letters: one names the whole letter")
                .isEqualTo("Sc");
        assertThat(KeywordSplitter.prefix("sprache", List.of("sprache"), GERMAN))
                .as("a keyword continued on the next page")
                .isEqualTo("Sprache");
    }

    @Test
    void aRangeLabelStartsUpperCaseInTheLanguagesOwnWayAndNeverCutsOffAMark() {
        assertThat(KeywordSplitter.prefix("ışık", List.of(), TURKISH)).isEqualTo("Iş");
        assertThat(KeywordSplitter.prefix("istasyon", List.of(), TURKISH)).isEqualTo("İs");
        assertThat(KeywordSplitter.prefix("مُدرسة", List.of("مكتب"), ARABIC)).isEqualTo("مُد");
    }

    @Test
    void aVeryLongCommonBeginningIsShortenedWithAnEllipsis() {
        String word = "Integrationskursangebote der Volkshochschule Wetzlar A";
        assertThat(KeywordSplitter.prefix(
                        word, List.of("Integrationskursangebote der Volkshochschule Wetzlar B"), GERMAN))
                .hasSize(31)
                .endsWith("…");
    }

    @Test
    void aLetterPageIsAddressedByTheLetterItselfInLowerCase() {
        assertThat(KeywordSplitter.segmentOf("S", GERMAN)).isEqualTo("s");
        assertThat(KeywordSplitter.segmentOf("Ç", TURKISH)).isEqualTo("ç");
        assertThat(KeywordSplitter.segmentOf("I", TURKISH))
                .as("Turkish dotless I is not İ")
                .isEqualTo("ı");
        assertThat(KeywordSplitter.segmentOf("İ", TURKISH)).isEqualTo("i");
        assertThat(KeywordSplitter.segmentOf("ب", ARABIC)).isEqualTo("ب");
        assertThat(KeywordSplitter.segmentOf("0–9", GERMAN)).isEqualTo("0-9");
        assertThat(KeywordSplitter.segmentOf("#", GERMAN))
                .as("a # would end the path")
                .isEqualTo("_");
    }
}
