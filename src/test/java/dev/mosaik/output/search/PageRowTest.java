package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text of a page's row: {@link PageRow#lines} does in one pass what two regular expressions did. */
class PageRowTest {

    /** The two regular expressions the row's text was made with. */
    private static String byRegularExpressions(String text) {
        return text.replaceAll("[^\\S\\n]+", " ")
                .replaceAll(" ?\\n[\\s]*", "\n")
                .strip();
    }

    @Test
    void linesJoinsRunsOfSpacesAndDropsEmptyLines() {
        assertThat(PageRow.lines("  Ein \t Satz.\r\n\n  \n Noch  einer. \u000B\f"))
                .isEqualTo("Ein Satz.\nNoch einer.");
    }

    @Test
    void linesGivesWhatTheRegularExpressionsGaveForAnyText() {
        // White space of every kind the expressions and strip() tell apart, Unicode spaces that only strip() knows
        // (kept inside, stripped at the ends), and letters.
        char[] alphabet = {' ', '\n', '\t', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u0085', '\u001C', 'a', 'b', 'ü'
        };
        Random random = new Random(21);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(PageRow.lines(text.toString()))
                    .as(
                            "%s",
                            text.toString()
                                    .codePoints()
                                    .mapToObj(Integer::toHexString)
                                    .toList())
                    .isEqualTo(byRegularExpressions(text.toString()));
        }
    }
}
