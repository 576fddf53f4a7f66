package dev.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code i18n/glossary.yaml}: its format, its mistakes at their lines, and how terms are found in text. */
class GlossaryTest {

    private static final SiteConfig CONFIG =
            new SiteConfigReader().parse("""
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                name: Deutsch
                title: T
              - code: ls
                name: Leichte Sprache
                locale: de
                urlPrefix: leichte-sprache
                title: T
              - code: en
                name: English
                title: T
              - code: ru
                name: Русский
                title: T
              - code: ar
                name: العربية
                direction: rtl
                title: T
            """, new Problems()).orElseThrow();

    private final Problems problems = new Problems();

    private Glossary parse(String yaml) {
        return Glossary.parse(yaml, Glossary.FILE, CONFIG, problems);
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }

    private static GlossaryEntry entry(Glossary glossary, String language, String term) {
        return glossary.entriesFor(language).stream()
                .filter(e -> e.term().equals(term))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void givesEachLanguageItsRenderingsAndKeptTerms() {
        Glossary glossary = parse("""
                Integrationskurs:
                  note: the federal course
                  keep: true
                  en: integration course
                  ru: [интеграционный курс, интеграционные курсы]
                  ls: Integrations-Kurs
                Maßnahme:
                  en: measure
                """);

        assertThat(messages()).isEmpty();
        assertThat(glossary.terms()).containsExactly("Integrationskurs", "Maßnahme");
        GlossaryEntry ru = entry(glossary, "ru", "Integrationskurs");
        assertThat(ru.keep()).isTrue();
        assertThat(ru.rendering()).contains("интеграционный курс");
        assertThat(ru.forms()).containsExactly("интеграционный курс", "интеграционные курсы");
        assertThat(ru.note()).contains("the federal course");
        assertThat(entry(glossary, "ar", "Integrationskurs").target())
                .as("kept without a rendering: the term itself")
                .isEqualTo("Integrationskurs");
        assertThat(glossary.entriesFor("en"))
                .extracting(GlossaryEntry::target)
                .containsExactly("integration course", "measure");
        assertThat(entry(glossary, "ls", "Integrationskurs").keep())
                .as("Leichte Sprache is German: keep: true means nothing there")
                .isFalse();
        assertThat(glossary.entriesFor("de")).isEmpty();
        assertThat(glossary.entriesFor("ar")).extracting(GlossaryEntry::term).containsExactly("Integrationskurs");
    }

    @Test
    void keepsTheGermanWordOnlyInTheListedLanguages() {
        Glossary glossary = parse("""
                Jobcenter:
                  keep: [en]
                  ru: центр занятости
                """);

        assertThat(messages()).isEmpty();
        assertThat(entry(glossary, "en", "Jobcenter").keep()).isTrue();
        assertThat(entry(glossary, "ru", "Jobcenter").keep()).isFalse();
        assertThat(glossary.entriesFor("ar")).isEmpty();
    }

    @Test
    void reportsUnknownLanguagesEmptyRenderingsAndOtherMistakesAtTheirLines() {
        Glossary glossary = parse("""
                Integrationskurs:
                  en: integration course
                  eng: integration course
                Kita:
                  ru: ""
                Jobcenter:
                  keep: [en, xx]
                Maßnahme:
                  de: Maßnahme
                Ehrenamt:
                  note: unpaid work
                Stadtteil: district
                Frühe Hilfen:
                  en: [early childhood support, " "]
                Steuerungsgruppe:
                  en:
                Fachamt:
                  note: ""
                  en: department
                  forms: []
                Quartier:
                  keep: yes
                  en: quarter
                Modellregion:
                  en: model region
                """);

        assertThat(messages())
                .containsExactly(
                        "i18n/glossary.yaml:3: unknown language code 'eng' (site.yaml has ls, en, ru, ar) (did you mean 'en'?)",
                        "i18n/glossary.yaml:5: empty rendering for 'ru' (write the word, or delete the line)",
                        "i18n/glossary.yaml:7: unknown language code 'xx' in 'keep' (site.yaml has ls, en, ru, ar)",
                        "i18n/glossary.yaml:9: 'de' is the language of the term itself; the glossary renders Deutsch terms into the other languages"
                                + " (delete the line; alternative German forms go under 'forms')",
                        "i18n/glossary.yaml:10: 'Ehrenamt' has neither a rendering nor 'keep' (add a line per language (en: …), or 'keep: true'"
                                + " when the German word stays)",
                        "i18n/glossary.yaml:12: 'Stadtteil' must be followed by 'key: value' lines: note, keep, forms and a rendering per language"
                                + " (en: …) (write the renderings on the lines below it, indented)",
                        "i18n/glossary.yaml:14: empty rendering for 'en' (write the word, or delete the line)",
                        "i18n/glossary.yaml:16: empty rendering for 'en' (write the word, or delete the line)",
                        "i18n/glossary.yaml:18: the note of 'Fachamt' is empty (say in a few words what it is, or delete the line)",
                        "i18n/glossary.yaml:20: empty German form (write the word, or delete the line)",
                        "i18n/glossary.yaml:22: 'keep' must be true or false, not 'yes'");
        assertThat(glossary.terms()).as("terms without mistakes still count").containsExactly("Modellregion");
    }

    @Test
    void readsNoGlossaryAsAnEmptyOneAndReportsBrokenYamlAtItsLine(@org.junit.jupiter.api.io.TempDir Path site)
            throws Exception {
        assertThat(Glossary.load(site, CONFIG, problems).isEmpty()).isTrue();
        java.nio.file.Files.createDirectories(site.resolve("i18n"));
        java.nio.file.Files.writeString(site.resolve(Glossary.FILE), "Kita:\n  en: [daycare\n");

        assertThat(Glossary.load(site, CONFIG, problems).isEmpty()).isTrue();
        assertThat(messages()).singleElement().asString().startsWith("i18n/glossary.yaml:2: invalid YAML");
    }

    @Test
    void findsGermanTermsOnWordBoundariesWithTheirSimpleInflections() {
        Glossary glossary = parse("""
                Integrationskurs:
                  en: integration course
                Frühe Hilfen:
                  en: early childhood support
                Fachamt:
                  forms: [Fachämter, Fachämtern]
                  en: specialist department
                """);
        GlossaryEntry course = entry(glossary, "en", "Integrationskurs");
        GlossaryEntry help = entry(glossary, "en", "Frühe Hilfen");
        GlossaryEntry office = entry(glossary, "en", "Fachamt");

        assertThat(List.of(
                        "Der Integrationskurs beginnt.",
                        "Zwei Integrationskurse.",
                        "In den Integrationskursen lernen Sie.",
                        "Ziel des Integrationskurses",
                        "integrationskurs"))
                .allMatch(course::occursIn);
        assertThat(List.of("Integrationskursträger", "Integrations- und Sprachkurse", "/integrationskursX/"))
                .noneMatch(course::occursIn);
        assertThat(help.occursIn("das Team der Frühen Hilfen")).isTrue();
        assertThat(help.occursIn("Frühe\nHilfen")).as("across a line break").isTrue();
        assertThat(office.occursIn("mit den Fachämtern der Stadt")).isTrue();
    }

    @Test
    void findsRenderingsDeclinedAndArabicWordsWithTheirArticlesAndPrepositions() {
        Glossary glossary = parse("""
                Integrationskurs:
                  ru: интеграционный курс
                  ar: دورة الاندماج
                Leichte Sprache:
                  ar: اللغة الألمانية المبسّطة
                  en: easy-to-read German
                """);

        GlossaryEntry ru = entry(glossary, "ru", "Integrationskurs");
        assertThat(ru.missingRendering("после интеграционного курса")).isFalse();
        assertThat(ru.missingRendering("Интеграционные курсы")).isFalse();
        assertThat(ru.missingRendering("языковой курс")).isTrue();
        assertThat(entry(glossary, "ar", "Integrationskurs").missingRendering("بعد دورة الاندماج"))
                .isFalse();
        assertThat(entry(glossary, "ar", "Leichte Sprache")
                        .missingRendering("وباللغة الألمانية المبسّطة (Leichte Sprache)"))
                .isFalse();
        assertThat(entry(glossary, "en", "Leichte Sprache").missingRendering("in simple German"))
                .isTrue();
    }

    @Test
    void asksForTheGermanWordWhereItIsKeptAndNotForItsExplanation() {
        GlossaryEntry kept = entry(parse("""
                Jobcenter:
                  keep: [ru]
                  ru: центр занятости
                """), "ru", "Jobcenter");

        assertThat(kept.missingTerm("обратитесь в центр занятости")).isTrue();
        assertThat(kept.missingTerm("обратитесь в Jobcenter")).isFalse();
        assertThat(kept.missingRendering("обратитесь в Jobcenter"))
                .as("the explanation is for the first mention only")
                .isFalse();
    }
}
