package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik translations}: the matrix of pages and languages, coverage, and a threshold for CI. */
class TranslationsCommandTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            translation:
              scope:
                ar: [/kontakt.md]
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            Text.
            -- content/kontakt.en.md --
            ---
            title: Contact
            translation: machine
            ---
            -- content/kontakt.ar.md --
            ---
            title: اتصل بنا
            translation: reviewed
            reviewedBy: Amira Haddad
            reviewed: 2026-03-03
            ---
            -- content/_index.en.md --
            ---
            title: Home
            sourceHash: 000000000000
            ---
            """;

    @Test
    void showsWhatReadersOfEachLanguageGetForEveryPage() {
        TestSite.write(dir, SITE);
        TestSite.Run run = TestSite.run("translations", "--source", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^kontakt\\s+original\\s+machine\\s+reviewed\\s*$")
                .containsPattern("(?m)^_index\\s+original\\s+outdated\\s+-\\s*$")
                .containsPattern("(?m)^projekte/_index\\s+original\\s+fallback\\s+-\\s*$")
                .containsPattern("en\\s+English\\s+2/3\\s+66%")
                .containsPattern("ar\\s+\\S+\\s+1/1\\s+100%");
    }

    @Test
    void failsUnderAThresholdNamingTheLanguagesBelowIt() {
        TestSite.write(dir, SITE);
        TestSite.Run run = TestSite.run("translations", "--source", dir.toString(), "--fail-under", "95");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("English (en): 66 % translated (2 of 3 pages), below 95 %")
                .doesNotContain("(ar)");
        assertThat(TestSite.run("translations", "--source", dir.toString(), "--fail-under", "60")
                        .exitCode())
                .isZero();
    }

    @Test
    void writesJsonForScriptsAndHtmlForPeople() throws Exception {
        TestSite.write(dir, SITE);
        TestSite.Run json = TestSite.run("translations", "--source", dir.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        var tree = new tools.jackson.core.json.JsonFactory()
                .createParser(tools.jackson.core.ObjectReadContext.empty(), json.out());
        int tokens = 0;
        while (tree.nextToken() != null) {
            tokens++;
        }
        assertThat(tokens).as("well-formed JSON").isGreaterThan(20);
        assertThat(json.out()).contains("\"key\" : \"kontakt\"", "\"ar\" : \"reviewed\"", "\"percent\" : 66");

        TestSite.Run html = TestSite.run("translations", "--source", dir.toString(), "--format", "html");
        Document page = Jsoup.parse(html.out());
        assertThat(html.out()).startsWith("<!DOCTYPE html>");
        assertThat(page.select("table").get(1).select("tbody tr").eachText())
                .contains("content/kontakt.de.md original machine reviewed");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aScopeNamingNoPageIsAnErrorAtItsLine() {
        TestSite.write(dir, SITE.replace("ar: [/kontakt.md]", "ar: [/kontakte.md]"));
        TestSite.Run run = TestSite.run("translations", "--source", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("site.yaml:19: translation scope of 'ar' names '/kontakte.md', which is no page of Deutsch"
                        + " (did you mean '/kontakt.md'?)");
    }

    @Test
    void aBadThresholdOrFormatIsAUsageError() {
        TestSite.write(dir, SITE);
        assertThat(TestSite.run("translations", "--source", dir.toString(), "--fail-under", "120")
                        .exitCode())
                .isEqualTo(2);
        assertThat(TestSite.run("translations", "--source", dir.toString(), "--format", "xml")
                        .exitCode())
                .isEqualTo(2);
    }
}
