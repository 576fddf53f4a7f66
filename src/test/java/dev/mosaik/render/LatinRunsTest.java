package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Latin runs are found where the pattern finds them, however the search for their first letter is sped up. */
class LatinRunsTest {

    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");

    /** Letters of many scripts, Latin ones among them, digits, punctuation, marks and a letter beyond 16 bits. */
    private static final String[] PIECES = {
        "د", "و", "ر", "ة", " ", "(", ")", "–", "„", "\u200f", "1", "ä", "ß", "Ş", "ğ", "ı", "ǅ", "ḁ", "ⁱ", "ɐ", "ᴀ",
        "Ж", "ω", "א", "Ａ", "ｚ", "𝐀", "😀", "\u0301", "A", "z", ".", "/", "&", "Wetzlar", "دورة"
    };

    @Test
    void theFirstLatinLetterIsWhereThePatternFindsOne() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            Matcher matcher = LATIN_LETTER.matcher(s);
            int expected = matcher.find(from) ? matcher.start() : -1;
            assertThat(LatinRuns.nextLatin(s, from, s.length())).as(s).isEqualTo(expected);
            assertThat(LatinRuns.hasLatin(s, from, s.length())).as(s).isEqualTo(expected >= 0);
        }
    }

    @Test
    void runsInArabicTextAreMarkedAsThePatternFindsThem() {
        LatinRuns runs = new LatinRuns("de", true);
        assertThat(runs.marked("دورة الاندماج (Integrationskurs) في Wetzlar، A1", false))
                .isEqualTo("دورة الاندماج <bdi>(<span lang=\"de\">Integrationskurs</span>)</bdi> في"
                        + " <span lang=\"de\">Wetzlar</span>، A1");
        assertThat(runs.marked("دورة بلا كلمات لاتينية", false)).isNull();
    }
}
