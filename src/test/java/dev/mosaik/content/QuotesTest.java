package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

    private static final Quotes GERMAN = new Quotes("\u201E", "\u201C", "\u201A", "\u2018");

    @Test
    void straightQuotesInAFrontMatterLineBecomeTheLanguagesMarks() {
        assertThat(GERMAN.typeset("Das \"Sprachcafé\" öffnet")).isEqualTo("Das „Sprachcafé“ öffnet");
        assertThat(GERMAN.typeset("\"Willkommen\" – sagt sie")).isEqualTo("„Willkommen“ – sagt sie");
        assertThat(GERMAN.typeset("Er sagt 'hallo' (\"ja\")")).isEqualTo("Er sagt ‚hallo‘ („ja“)");
        assertThat(Quotes.ENGLISH.typeset("The \"café\" opens")).isEqualTo("The “café” opens");
    }

    @Test
    void anApostropheIsNoQuotationMarkInAnyLanguage() {
        assertThat(GERMAN.typeset("Wetzlar'da Entegrasyon")).isEqualTo("Wetzlar’da Entegrasyon");
        assertThat(GERMAN.typeset("Hans' Fahrrad")).isEqualTo("Hans’ Fahrrad");
        assertThat(GERMAN.typeset("Ohne Anführungszeichen")).isEqualTo("Ohne Anführungszeichen");
    }
}
