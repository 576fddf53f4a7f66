package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ui-lang de|en}: the editor reads problems, counts and hints in German or English. */
class EditorLanguageTest {

    @TempDir
    Path dir;

    private TestSite siteWith(String path, String text) {
        return TestSite.write(
                dir,
                TestSite.SITE_YAML
                        + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo.\n-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n-- "
                        + path + " --\n" + text);
    }

    private static final String PROJECT_WITH_GERMAN_KEY =
            "---\ntitle: Sprachcafé\ntype: projekt\nzeitraum: seit 2024\n---\nText\n";

    @Test
    void aGermanKeyNameSuggestsTheEnglishKeyInGerman() {
        TestSite site = siteWith("content/projekte/cafe.de.md", PROJECT_WITH_GERMAN_KEY);
        TestSite.Run run =
                TestSite.run("--ui-lang", "de", "build", "--source", site.root().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/projekte/cafe.de.md:4: unbekannter Schlüssel 'zeitraum' (meinten Sie 'period'?)")
                .contains(
                        "1 Fehler, 10 Warnungen; nichts wurde veröffentlicht, die bisherige Ausgabe ist unverändert.");
    }

    @Test
    void aGermanKeyNameSuggestsTheEnglishKeyInEnglish() {
        TestSite site = siteWith("content/projekte/cafe.de.md", PROJECT_WITH_GERMAN_KEY);
        TestSite.Run run =
                TestSite.run("--ui-lang", "en", "build", "--source", site.root().toString());
        assertThat(run.err())
                .contains("content/projekte/cafe.de.md:4: unknown key 'zeitraum' (did you mean 'period'?)")
                .contains("1 error, 10 warnings; nothing was published, the previous output is unchanged.");
    }

    @Test
    void theOptionMayFollowTheSubcommand() {
        TestSite site = siteWith("content/projekte/cafe.de.md", PROJECT_WITH_GERMAN_KEY);
        TestSite.Run run = TestSite.run("build", "--source", site.root().toString(), "--ui-lang", "de");
        assertThat(run.err()).contains("unbekannter Schlüssel 'zeitraum'");
    }

    @Test
    void anImpossibleDateSaysWhichDayTheMonthLacks() {
        TestSite site = siteWith("content/seite.de.md", "---\ntitle: Seite\ndate: 2026-02-30\n---\nText\n");
        assertThat(TestSite.run(
                                "--ui-lang",
                                "en",
                                "build",
                                "--source",
                                site.root().toString())
                        .err())
                .contains(
                        "content/seite.de.md:3: 'date' must be a date like 2024-05-31, not '2026-02-30': 2026 has no 30 February");
        assertThat(TestSite.run(
                                "--ui-lang",
                                "de",
                                "build",
                                "--source",
                                site.root().toString())
                        .err())
                .contains(
                        "content/seite.de.md:3: 'date' muss ein Datum wie 2024-05-31 sein, nicht '2026-02-30': 2026 hat keinen 30. Februar");
    }

    @Test
    void aSuccessfulBuildSaysSoInGerman() {
        TestSite site = siteWith("content/seite.de.md", "---\ntitle: Seite\n---\nText\n");
        TestSite.Run run =
                TestSite.run("--ui-lang", "de", "build", "--source", site.root().toString(), "--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Seiten in 3 Sprachen in");
    }

    @Test
    void anUnknownUiLanguageIsAUsageError() {
        TestSite.Run run = TestSite.run("--ui-lang", "fr", "build");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--ui-lang must be de or en, not 'fr'");
    }

    @Test
    void brokenLinksAndImagesAreReportedInGermanWithTheirHints() {
        TestSite site = siteWith(
                "content/seite.de.md",
                "---\ntitle: Seite\n---\n[x](/de/gibt-es-nicht/)\n\n[y](/projekte/_indx.md)\n\n"
                        + "[z](../../../weg/)\n\n![](/fehlt.png)\n");
        TestSite.Run german =
                TestSite.run("--ui-lang", "de", "build", "--source", site.root().toString(), "--no-pdf");
        assertThat(german.exitCode()).isEqualTo(1);
        assertThat(german.err())
                .contains(
                        "content/seite.de.md:6: Linkziel '/projekte/_indx.md' gibt es nicht (meinten Sie '/projekte/_index.md'?)",
                        "content/seite.de.md:8: Linkziel '../../../weg/' führt über den Stammordner der Website hinaus",
                        "content/seite.de.md:10: Bild '/fehlt.png' hat keinen Alternativtext",
                        "Bild '/fehlt.png' nicht gefunden");
        TestSite.Run english =
                TestSite.run("--ui-lang", "en", "build", "--source", site.root().toString(), "--no-pdf");
        assertThat(english.err())
                .contains(
                        "content/seite.de.md:6: link target '/projekte/_indx.md' does not exist (did you mean '/projekte/_index.md'?)",
                        "content/seite.de.md:10: image '/fehlt.png' has no alt text");
    }

    @Test
    void anUnclosedQuotationMarkIsReportedInGerman() {
        TestSite site = siteWith("content/seite.de.md", "---\ntitle: \"Seite\n---\nText\n");
        assertThat(TestSite.run(
                                "--ui-lang",
                                "de",
                                "build",
                                "--source",
                                site.root().toString())
                        .err())
                .contains(
                        "content/seite.de.md:2: ungültiges YAML: das in dieser Zeile geöffnete Anführungszeichen wird nie geschlossen (schließen Sie es am Ende des Werts)");
        assertThat(TestSite.run(
                                "--ui-lang",
                                "en",
                                "build",
                                "--source",
                                site.root().toString())
                        .err())
                .contains(
                        "content/seite.de.md:2: invalid YAML: the quotation mark opened on this line is never closed (close it at the end of the value)");
    }
}
