package dev.mosaik.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiMessagesTest {

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() {
        assertThat(UiMessages.of(UiLanguage.DE).keys())
                .containsExactlyInAnyOrderElementsOf(
                        UiMessages.of(UiLanguage.EN).keys());
    }

    @Test
    void everyMessageIsValidIcuMessageFormat() {
        for (UiLanguage language : UiLanguage.values()) {
            UiMessages messages = UiMessages.of(language);
            for (String key : messages.keys()) {
                // Compiling throws on a malformed pattern; the description names it.
                assertThatCode(() -> new MessageFormat(messages.pattern(key).orElseThrow()))
                        .as(language + " " + key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aKeyedProblemReadsInEitherLanguage() {
        Problem problem = Problem.keyed(
                Severity.WARNING,
                new SourcePosition("content/a.de.md", 3),
                UiText.of("yaml.unknownKey", "zeitraum"),
                java.util.Optional.of(UiText.of("hint.didYouMean", "period")));
        assertThat(problem.format())
                .isEqualTo("content/a.de.md:3: warning: unknown key 'zeitraum' (did you mean 'period'?)");
        assertThat(problem.format(UiMessages.of(UiLanguage.DE)))
                .isEqualTo("content/a.de.md:3: Warnung: unbekannter Schlüssel 'zeitraum' (meinten Sie 'period'?)");
    }

    @Test
    void anImpossibleDateSaysWhyInBothLanguages() {
        UiText text = UiText.of("yaml.impossibleDay", "start", "2026-02-30", 2026, 30, 2);
        assertThat(UiMessages.english().format(text)).endsWith(": 2026 has no 30 February");
        assertThat(UiMessages.of(UiLanguage.DE).format(text)).endsWith(": 2026 hat keinen 30. Februar");
    }

    @Test
    void theSystemLocaleChoosesGermanOnlyForGerman() {
        assertThat(UiLanguage.of(Locale.GERMANY)).isEqualTo(UiLanguage.DE);
        assertThat(UiLanguage.of(new Locale("de", "AT"))).isEqualTo(UiLanguage.DE);
        assertThat(UiLanguage.of(Locale.US)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.of(new Locale("tr", "TR"))).isEqualTo(UiLanguage.EN);
    }
}
