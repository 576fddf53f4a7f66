package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text kept compactly reads back exactly, whatever its length and script. */
class Utf8TextTest {

    private static final String GERMAN =
            "<p>„Neu im Leben – Fit in Deutsch“: Sprachkurs für Mütter in Hermannstein, montags 9–12 Uhr.</p>\n";
    private static final String ARABIC =
            "<p>دورة اللغة الألمانية للأمهات في هيرمانشتاين، كل يوم اثنين من ٩ إلى ١٢.</p>\n";

    @Test
    void longTextIsStoredDeflatedAndReadsBackExactly() {
        String text = (GERMAN + ARABIC + "Привет 👋🏽\n").repeat(40);
        Utf8Text stored = Utf8Text.of(text);
        assertThat(stored.toString()).isEqualTo(text);
        assertThat(stored.storedBytes()).isLessThan(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 4);
    }

    @Test
    void shortAndEmptyTextsAreKeptAsTheyAre() {
        assertThat(Utf8Text.of(GERMAN).toString()).isEqualTo(GERMAN);
        assertThat(Utf8Text.of(GERMAN).storedBytes())
                .isEqualTo(GERMAN.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(Utf8Text.of("").toString()).isEmpty();
        assertThat(Utf8Text.of("").isEmpty()).isTrue();
    }

    @Test
    void equalTextsAreEqualAndDifferentOnesAreNot() {
        String text = GERMAN.repeat(20);
        assertThat(Utf8Text.of(text)).isEqualTo(Utf8Text.of(text)).hasSameHashCodeAs(Utf8Text.of(text));
        assertThat(Utf8Text.of(text)).isNotEqualTo(Utf8Text.of(text + "."));
    }

    @Test
    void readsBackOnManyThreadsAtOnce() {
        java.util.List<String> texts = java.util.stream.IntStream.range(0, 2000)
                .mapToObj(i -> (i + " " + ARABIC).repeat(1 + i % 30))
                .toList();
        assertThat(texts.parallelStream()
                        .map(Utf8Text::of)
                        .map(Utf8Text::toString)
                        .toList())
                .isEqualTo(texts);
    }
}
