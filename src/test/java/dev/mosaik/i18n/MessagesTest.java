package dev.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private I18n load(String... files) throws Exception {
        for (int i = 0; i < files.length; i += 2) {
            Files.createDirectories(site.resolve("i18n"));
            Files.writeString(site.resolve("i18n").resolve(files[i]), files[i + 1]);
        }
        SiteConfig config = new SiteConfigReader().parse(configText(), problems).orElseThrow();
        return I18n.load(site, config, problems);
    }

    @Test
    void usesCldrPluralRulesForArabicRussianAndPolish() throws Exception {
        I18n i18n = load(
                "ar.yaml",
                        "courses: \"{count, plural, zero {لا دورات} one {دورة واحدة} two {دورتان} few {# دورات} many {# دورة} other {# دورة}}\"\n",
                "ru.yaml", "courses: \"{count, plural, one {# курс} few {# курса} many {# курсов} other {# курса}}\"\n",
                "pl.yaml", "courses: \"{count, plural, one {# kurs} few {# kursy} many {# kursów} other {# kursu}}\"\n",
                "de.yaml", "courses: \"{count, plural, one {# Kurs} other {# Kurse}}\"\n");
        Messages ar = i18n.messages(language("ar"));
        assertThat(ar.format("courses", "count", 0)).isEqualTo("لا دورات");
        assertThat(ar.format("courses", "count", 1)).isEqualTo("دورة واحدة");
        assertThat(ar.format("courses", "count", 2)).isEqualTo("دورتان");
        assertThat(ar.format("courses", "count", 3)).isEqualTo("٣ دورات");
        assertThat(ar.format("courses", "count", 11)).isEqualTo("١١ دورة");
        Messages ru = i18n.messages(language("ru"));
        assertThat(ru.format("courses", "count", 1)).isEqualTo("1 курс");
        assertThat(ru.format("courses", "count", 3)).isEqualTo("3 курса");
        assertThat(ru.format("courses", "count", 5)).isEqualTo("5 курсов");
        assertThat(ru.format("courses", "count", 21)).isEqualTo("21 курс");
        Messages pl = i18n.messages(language("pl"));
        assertThat(pl.format("courses", "count", 2)).isEqualTo("2 kursy");
        assertThat(pl.format("courses", "count", 5)).isEqualTo("5 kursów");
        assertThat(pl.format("courses", "count", 22)).isEqualTo("22 kursy");
    }

    @Test
    void refusesMessagesNestedDeeperThanTwentyBracesAtTheirLineBeforeIcuReadsThem() throws Exception {
        String deep = "{n, select, other {".repeat(3_000) + "x" + "}}".repeat(3_000);
        String fine = "{a, select, b {{c, plural, one {{d, select, other {ok}}} other {x}}} other {y}}";
        I18n i18n = load(
                "de.yaml",
                "title: Titel\nnav:\n  deep: \"" + deep + "\"\n  fine: \"" + fine
                        + "\"\n  quoted: \"'{{{{{{{{{{{{{{{{{{{{{{{{'\"\n");
        assertThat(problems.all())
                .map(Problem::toString)
                .containsExactly(
                        "i18n/de.yaml:3: message 'nav.deep' has braces nested more than 20 levels deep"
                                + " (no message needs that many; plurals and selects inside each other rarely go beyond three)");
        Messages de = i18n.messages(language("de"));
        assertThat(de.format("nav.fine", java.util.Map.of("a", "b", "c", 1, "d", "e")))
                .isEqualTo("ok");
        assertThat(de.format("nav.quoted")).isEqualTo("{{{{{{{{{{{{{{{{{{{{{{{{");
    }

    @Test
    void takesAPluralMessageApartIntoItsFormsForTheBrowser() throws Exception {
        I18n i18n = load(
                "ar.yaml",
                        "results: \"{count, plural, zero {لا نتائج لـ«{query}»} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}\"\n",
                "de.yaml",
                        "results: \"{count, plural, =0 {Keine Ergebnisse für „{query}“} one {# Ergebnis} other {# Ergebnisse}}\"\n",
                "tr.yaml", "results: \"Wetzlar'da '{'{count, plural, other {# sonuç}}'}'\"\n",
                "ru.yaml", "results: Результаты\n");
        assertThat(i18n.messages(language("ar")).pluralForms("results"))
                .containsOnlyKeys("zero", "one", "two", "few", "many", "other")
                .containsEntry("zero", "لا نتائج لـ«{query}»")
                .containsEntry("few", "{#} نتائج");
        assertThat(i18n.messages(language("de")).pluralForms("results"))
                .containsOnlyKeys("=0", "one", "other")
                .containsEntry("=0", "Keine Ergebnisse für „{query}“")
                .containsEntry("other", "{#} Ergebnisse");
        assertThat(i18n.messages(language("tr")).pluralForms("results"))
                .containsExactly(java.util.Map.entry("other", "Wetzlar'da {{#} sonuç}"));
        assertThat(i18n.messages(language("ru")).pluralForms("results"))
                .containsExactly(java.util.Map.entry("other", "Результаты"));
    }

    @Test
    void aMissingMessageFallsBackToTheDefaultLanguageWithAWarning() throws Exception {
        I18n i18n = load("de.yaml", "greeting: Hallo\n");
        assertThat(i18n.messages(language("ru")).format("greeting")).isEqualTo("Hallo");
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly(
                        "i18n/ru.yaml: warning: message 'greeting' is missing; readers see the Deutsch text (add 'greeting: …' to i18n/ru.yaml)");
    }

    @Test
    void aMessageMissingEverywhereIsAnError() throws Exception {
        I18n i18n = load();
        i18n.messages(language("de")).format("nirgends");
        assertThat(problems.hasErrors()).isTrue();
    }

    @Test
    void invalidMessageSyntaxIsReportedWithItsLine() throws Exception {
        load("de.yaml", "ok: Gut\nbroken: \"{count, plural, one {# Kurs}\"\n");
        assertThat(problems.all())
                .extracting(Problem::format)
                .singleElement()
                .asString()
                .startsWith("i18n/de.yaml:2: message 'broken' is not valid ICU MessageFormat");
    }

    @Test
    void datesAreGregorianWithTheLocalesDigits() throws Exception {
        I18n i18n = load();
        LocalDate date = LocalDate.of(2011, 4, 12);
        assertThat(i18n.services(language("de")).longDate(date)).isEqualTo("12. April 2011");
        String persian = i18n.services(language("fa")).longDate(date);
        assertThat(persian).contains("۲۰۱۱").doesNotContain("۱۳۹۰");
        assertThat(i18n.services(language("ar")).longDate(date)).isEqualTo("١٢ أبريل ٢٠١١");
    }

    @Test
    void quotationMarksComeFromCldr() throws Exception {
        I18n i18n = load();
        assertThat(i18n.services(language("de")).quotes().open()).isEqualTo("„");
        assertThat(i18n.services(language("ru")).quotes().open()).isEqualTo("«");
    }

    @Test
    void turkishCollationPutsDotlessIAndCedillaLettersInTheirOwnPlaces() throws Exception {
        I18n i18n = load();
        assertThat(java.util.stream.Stream.of("ilçe", "ırmak", "şehir", "sokak", "çocuk", "cami", "öğretmen", "okul")
                        .sorted(i18n.services(language("tr")).collation())
                        .toList())
                .containsExactly("cami", "çocuk", "ırmak", "ilçe", "okul", "öğretmen", "sokak", "şehir");
    }

    @Test
    void collationFollowsTheLanguage() throws Exception {
        I18n i18n = load();
        assertThat(java.util.stream.Stream.of("Zeitung", "Ärger", "Apfel", "Ofen")
                        .sorted(i18n.services(language("de")).collation())
                        .toList())
                .containsExactly("Apfel", "Ärger", "Ofen", "Zeitung");
    }

    private String configText() {
        return """
                baseUrl: https://example.org/
                defaultLanguage: de
                title: T
                languages:
                  - code: de
                  - code: ar
                    locale: ar-u-nu-arab
                  - code: ru
                  - code: pl
                  - code: tr
                  - code: fa
                    locale: fa-u-nu-arabext
                """;
    }

    private dev.mosaik.config.Language language(String code) {
        return new SiteConfigReader()
                .parse(configText(), new Problems())
                .orElseThrow()
                .language(code)
                .orElseThrow();
    }
}
