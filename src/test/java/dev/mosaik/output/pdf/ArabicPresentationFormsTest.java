package dev.mosaik.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ArabicPresentationFormsTest {

    private final ArabicPresentationForms forms = new ArabicPresentationForms();

    @Test
    void shapesPersianLettersThatIcuLeavesIsolated() {
        // "کلاس مکالمه": initial kaf before lam, medial kaf in the second word.
        String shaped = forms.shape("کلاس مکالمه");
        assertThat(shaped).startsWith("\uFB90").contains("\uFB91");
        assertThat(forms.shape("رایگان")).contains("\uFBFE\uFB95");
        assertThat(forms.shape("پله")).startsWith("\uFB58");
        assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC)).isEqualTo("کلاس مکالمه");
    }

    @Test
    void skipsTransparentMarksWhenJoining() {
        // "تُفتح": teh takes its initial form across the damma, feh its medial form.
        String shaped = forms.shape("تُفتح");
        assertThat(shaped).isEqualTo("\uFE97\u064F\uFED4\uFE98\uFEA2");
    }

    @Test
    void joinsLamAndAlefIntoTheirLigature() {
        assertThat(forms.shape("الأربعاء")).startsWith("\uFE8D\uFEF7");
        assertThat(forms.shape("سلام")).contains("\uFEFC");
    }

    @Test
    void leavesOtherScriptsAlone() {
        assertThat(forms.shape("Mittwoch 09:30–11:30 ۹:۳۰")).isEqualTo("Mittwoch 09:30–11:30 ۹:۳۰");
    }
}
