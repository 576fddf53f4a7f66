package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static List<String> terms(String locale, String text) {
        List<String> terms = new ArrayList<>();
        new Terms(new ULocale(locale), Normaliser.standard()).of(text, terms::add);
        return terms;
    }

    @Test
    void splitsArabicTextIntoWordsWithoutItsPunctuation() {
        assertThat(terms("ar", "مكتب الاندماج في مدينة فيتسلار، شخصيًا."))
                .containsExactly("مکتب", "الاندماج", "فی", "مدینه", "فیتسلار", "شخصیا");
    }

    @Test
    void indexesAPersianWordWholeAndInItsPartsAroundTheZeroWidthNonJoiner() {
        assertThat(terms("fa", "حوزه\u200Cهای اقدام")).containsExactly("حوزههای", "حوزه", "های", "اقدام");
    }

    @Test
    void indexesTurkishSuffixesAfterAnApostropheWithAndWithoutTheName() {
        assertThat(terms("tr", "Wetzlar'da Entegrasyon")).containsExactly("wetzlarda", "wetzlar", "da", "entegrasyon");
        assertThat(terms("tr", "Wetzlar’da")).containsExactly("wetzlarda", "wetzlar", "da");
        assertThat(terms("tr", "Integrationsbüro'ya"))
                .containsExactly(
                        "integrationsburoya", "integrationsburo", "ya", "integrationsbueroya", "integrationsbuero");
    }

    @Test
    void indexesGermanUmlautsAlsoSpeltOut() {
        assertThat(terms("de", "Integrationsbüro Straße"))
                .containsExactly("integrationsburo", "integrationsbuero", "strasse");
    }

    @Test
    void keepsNumbersSuchAsFieldNumbersAndDatesInOnePiece() {
        assertThat(terms("de", "Handlungsfeld 8.2.3 am 12.04.2026"))
                .containsExactly("handlungsfeld", "8.2.3", "am", "12.04.2026");
        assertThat(terms("ar", "المجال ٨٫٢٫٣")).containsExactly("المجال", "8.2.3");
    }

    @Test
    void splitsCyrillicAndPolishTextAndFoldsIt() {
        assertThat(terms("ru", "Изучение немецкого языка")).containsExactly("изучение", "немецкого", "языка");
        assertThat(terms("pl", "Nauka języka w Wetzlarze")).containsExactly("nauka", "jezyka", "w", "wetzlarze");
    }
}
