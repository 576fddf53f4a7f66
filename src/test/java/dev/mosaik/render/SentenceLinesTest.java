package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/** Easy-to-read text: one sentence a line. */
class SentenceLinesTest {

    private final SentenceLines german = new SentenceLines(ULocale.GERMAN);

    @Test
    void everySentenceOfAParagraphOrListItemBeginsOnANewLine() {
        assertThat(
                        german.apply(
                                "<p>Das ist ein Kinder-Garten. Dort spielen Kinder! Kommen Sie?</p><ul><li>Eins. Zwei.</li></ul>"))
                .isEqualTo(
                        "<p>Das ist ein Kinder-Garten.<br>Dort spielen Kinder!<br>Kommen Sie?</p><ul><li>Eins.<br>Zwei.</li></ul>");
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        String html = "<p>Zum Beispiel z. B. ein Kurs am 3. Mai.</p>";
        assertThat(german.apply(html)).isSameAs(html);
    }

    @Test
    void aSentenceBeforeALinkOrStrongTextEndsItsLineAndLinksStayWhole() {
        assertThat(
                        german.apply(
                                "<p>Das ist wichtig. <strong>Rufen Sie an.</strong> Oder <a href=\"/de/\">lesen Sie. Hier.</a></p>"))
                .isEqualTo(
                        "<p>Das ist wichtig.<br><strong>Rufen Sie an.</strong> Oder <a href=\"/de/\">lesen Sie. Hier.</a></p>");
    }

    @Test
    void linesAlreadyBrokenStayAsTheyAre() {
        String html = "<p>Erster Satz.<br>\nZweiter Satz.</p>";
        assertThat(german.apply(html)).isSameAs(html);
    }
}
