package dev.mosaik.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik check} holds translations to {@code i18n/glossary.yaml}, through the CLI. */
class GlossaryCheckTest {

    @TempDir
    Path dir;

    private static final String GLOSSARY = """
            -- i18n/glossary.yaml --
            Integrationskurs:
              note: the federal course
              en: integration course
            Jobcenter:
              keep: [en]
            Kita:
              en: daycare centre
            Maßnahme:
              en: measure
            """;

    private static final String ORIGINAL = """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Hallo.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Projekte.
            -- content/kurse.de.md --
            ---
            title: Kurse
            summary: Integrationskurse in Wetzlar
            ---
            Willkommen.

            Nach den Integrationskursen hilft das Jobcenter weiter.

            Mehr unter [Plätze](https://example.org/Kita/) und <https://example.org/Maßnahme/>.
            """;

    @Test
    void warnsWhereATranslationLacksTheRenderingOrTheKeptGermanWordAtItsCounterpartsLine() {
        TestSite.write(dir, TestSite.SITE_YAML + GLOSSARY + ORIGINAL + """
                -- content/kurse.en.md --
                ---
                title: Courses
                summary: Language courses in Wetzlar
                translation: machine
                ---
                Welcome.

                After the courses the job centre helps.

                More under [places](https://example.org/Kita/) and <https://example.org/Maßnahme/>.
                """);

        TestSite.Run run = TestSite.run("check", "--source", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(
                        "content/kurse.en.md:3: warning: glossary: the original names 'Integrationskurs' (content/kurse.de.md:3); the English"
                                + " translation never says 'integration course' (use the glossary's rendering, or add the form this page uses to"
                                + " i18n/glossary.yaml (en: [integration course, …]))",
                        "content/kurse.en.md:8: warning: glossary: the original names 'Jobcenter' (content/kurse.de.md:7), which English pages"
                                + " keep in German; this translation never names it (write 'Jobcenter' at its first mention)");
        assertThat(run.err())
                .as("a term only in link targets and URLs is no mention")
                .doesNotContain("'Kita'")
                .doesNotContain("'Maßnahme'");
    }

    @Test
    void acceptsDeclinedRenderingsAndTheKeptWord() {
        TestSite.write(dir, TestSite.SITE_YAML + GLOSSARY + ORIGINAL + """
                -- content/kurse.en.md --
                ---
                title: Courses
                summary: Integration courses in Wetzlar
                translation: machine
                ---
                Welcome.

                After the integration courses the Jobcenter (job centre) helps.

                More under [places](https://example.org/Kita/) and <https://example.org/Maßnahme/>.
                """);

        TestSite.Run run = TestSite.run("check", "--source", dir.toString());

        assertThat(run.err()).doesNotContain("glossary");
    }

    @Test
    void reportsAMistakeInTheGlossaryAsAnErrorAtItsLine() {
        TestSite.write(dir, TestSite.SITE_YAML + ORIGINAL + """
                -- i18n/glossary.yaml --
                Integrationskurs:
                  en: integration course
                  fr: cours d'intégration
                """);

        TestSite.Run run = TestSite.run("check", "--source", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("i18n/glossary.yaml:3: unknown language code 'fr' (site.yaml has en, ar)");
    }
}
