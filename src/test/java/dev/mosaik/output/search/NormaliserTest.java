package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormaliserTest {

    private final Normaliser normaliser = Normaliser.standard();

    private String fold(String word) {
        return normaliser.normalise(word);
    }

    @Test
    void foldsTurkishDottedAndDotlessIToOneLetter() {
        assertThat(fold("İstanbul")).isEqualTo("istanbul");
        assertThat(fold("ISTANBUL")).isEqualTo("istanbul");
        assertThat(fold("ıstanbul")).isEqualTo("istanbul");
        assertThat(fold("Iğdır")).isEqualTo(fold("igdir")).isEqualTo("igdir");
        assertThat(fold("Türkçe")).isEqualTo("turkce");
        assertThat(fold("İletişim")).isEqualTo("iletisim");
    }

    @Test
    void foldsArabicYehAndAlefMaksuraToPersianYeh() {
        assertThat(fold("فيتسلار")).isEqualTo(fold("فیتسلار"));
        assertThat(fold("مستشفى")).isEqualTo(fold("مستشفی"));
        assertThat(fold("في")).isEqualTo("فی");
    }

    @Test
    void foldsArabicKafToPersianKehehAndTehMarbutaToHeh() {
        assertThat(fold("مكتب")).isEqualTo(fold("مکتب")).isEqualTo("مکتب");
        assertThat(fold("مدرسة")).isEqualTo(fold("مدرسه"));
    }

    @Test
    void foldsAlefsWithHamzaOrMaddaAndHamzaSeatsToTheirBaseLetters() {
        assertThat(fold("أحمد")).isEqualTo("احمد");
        assertThat(fold("إسلام")).isEqualTo("اسلام");
        assertThat(fold("آمنة")).isEqualTo("امنه");
        assertThat(fold("ٱلله")).isEqualTo("الله");
        assertThat(fold("مؤتمر")).isEqualTo("موتمر");
        assertThat(fold("مسائل")).isEqualTo("مسایل");
    }

    @Test
    void dropsHarakatTatweelAndZeroWidthNonJoiner() {
        assertThat(fold("تَعَلُّم")).isEqualTo(fold("تعلم"));
        assertThat(fold("عـــربي")).isEqualTo(fold("عربي"));
        assertThat(fold("حوزه\u200Cهای")).isEqualTo("حوزههای");
        assertThat(fold("Inte\u00ADgration")).isEqualTo("integration");
    }

    @Test
    void readsArabicIndicAndPersianDigitsAsAsciiDigits() {
        assertThat(fold("٢٠٢٦")).isEqualTo("2026");
        assertThat(fold("۱۴۰۴")).isEqualTo("1404");
        assertThat(fold("٨٫٢٫٣")).isEqualTo("8.2.3");
    }

    @Test
    void dropsAccentsAndUmlautDotsAndSpellsSharpSAsDoubleS() {
        assertThat(fold("Sprachcafé")).isEqualTo("sprachcafe");
        assertThat(fold("Straße")).isEqualTo("strasse");
        assertThat(fold("STRASSE")).isEqualTo("strasse");
        assertThat(fold("Bürgerbüro")).isEqualTo("burgerburo");
        assertThat(fold("Ärztin")).isEqualTo("arztin");
        assertThat(fold("ẞ")).isEqualTo("ss");
    }

    @Test
    void foldsPolishAndCyrillicLettersReadersTypeWithoutTheirMarks() {
        assertThat(fold("Łódź")).isEqualTo("lodz");
        assertThat(fold("Zażółć")).isEqualTo("zazolc");
        assertThat(fold("Ёлка")).isEqualTo("елка");
        assertThat(fold("Україна")).isEqualTo(fold("Украіна")).isEqualTo("украіна");
    }

    @Test
    void foldsLigaturesAndFullWidthFormsAndTypographicApostrophes() {
        assertThat(fold("ﬁt")).isEqualTo("fit");
        assertThat(fold("ＷＥＴＺＬＡＲ")).isEqualTo("wetzlar");
        assertThat(fold("Wetzlar’da")).isEqualTo("wetzlar'da");
    }
}
