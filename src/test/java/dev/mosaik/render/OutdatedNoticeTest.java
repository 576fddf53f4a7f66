package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.site.Outdated;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "may be outdated" notice naming changed sections, in every language of the shipped site. */
class OutdatedNoticeTest {

    private static final List<String> CHANGED =
            List.of("Sprechzeiten", "Anfahrt", "Beratung", "Formulare", "Dolmetschen", "Barrierefreiheit");

    @Test
    void everyShippedLanguageNamesThreeChangedSectionsAsQuotesInGermanAndCountsTheRest() {
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigReader().read(Path.of("."), problems).orElseThrow();
        I18n i18n = I18n.load(Path.of("."), config, problems);
        assertThat(config.languages()).hasSize(9);
        for (Language language : config.languages()) {
            List<Views.NoticePart> parts = OutdatedNotice.parts(
                    new Outdated(CHANGED), i18n.messages(language), i18n.services(language), config.defaultLanguage());
            String text = parts.stream().map(Views.NoticePart::text).collect(Collectors.joining());
            String own = parts.stream()
                    .filter(p -> p.lang().isEmpty())
                    .map(Views.NoticePart::text)
                    .collect(Collectors.joining());
            String open = i18n.services(language).quotes().open();

            assertThat(parts.stream().filter(p -> !p.lang().isEmpty()).toList())
                    .as(language.code())
                    .containsExactly(
                            new Views.NoticePart("Sprechzeiten", "de", "ltr"),
                            new Views.NoticePart("Anfahrt", "de", "ltr"),
                            new Views.NoticePart("Beratung", "de", "ltr"));
            assertThat(text)
                    .as(language.code())
                    .contains(open + "Sprechzeiten"
                            + i18n.services(language).quotes().close())
                    .doesNotContain("Formulare")
                    .contains(i18n.services(language).number(3));
            assertThat(own)
                    .as(language.code())
                    .doesNotContain("{")
                    .doesNotContain("}")
                    .doesNotContain("\uE000")
                    .doesNotContain("page.");
        }
        assertThat(problems.all()).as("every language has its own messages").isEmpty();
    }

    @Test
    void aTranslationThatRecordedNoSectionsGetsTheGeneralNotice() {
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigReader().read(Path.of("."), problems).orElseThrow();
        I18n i18n = I18n.load(Path.of("."), config, problems);
        Language turkish = config.language("tr").orElseThrow();

        List<Views.NoticePart> parts = OutdatedNotice.parts(
                new Outdated(List.of()), i18n.messages(turkish), i18n.services(turkish), config.defaultLanguage());

        assertThat(parts)
                .containsExactly(new Views.NoticePart(
                        "Bu çeviri güncel olmayabilir; özgün metin çeviriden sonra değiştirildi.", "", ""));
    }
}
