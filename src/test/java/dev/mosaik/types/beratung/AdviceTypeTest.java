package dev.mosaik.types.beratung;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/architecture.md: a content type added without a line in mosaik. {@code beratung}
 * lives in this package and its template and scaffolds in the test resources; it is registered only by
 * {@code META-INF/services/dev.mosaik.pipeline.TypeModule}, as a jar beside mosaik's would register it.
 */
class AdviceTypeTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Hallo
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/beratung/_index.de.md --
            ---
            title: Beratung
            ---
            -- content/beratung/migration.de.md --
            ---
            title: Migrationsberatung
            type: beratung
            hours:
              - "Mo,We 09:00-12:00"
              - "Th 14:00-18:00"
            languages: [tr, ar]
            ---
            Wir beraten zu Aufenthalt und Arbeit.
            """;

    @Test
    void aTypeFromTheClassPathRendersItsHoursAndLanguages() {
        TestSite site = TestSite.write(dir, SITE);

        TestSite.Run build = site.build();

        assertThat(build.exitCode()).as(build.err()).isZero();
        Document page = site.page("de/beratung/migration/index.html");
        assertThat(page.select("article.advice li.advice-hours").eachText())
                .containsExactly("Montag, 09:00–12:00 Uhr", "Mittwoch, 09:00–12:00 Uhr", "Donnerstag, 14:00–18:00 Uhr");
        assertThat(page.select("article.advice .advice-languages").text()).isEqualTo("Türkisch und Arabisch");
        assertThat(page.select("article.advice .prose").text()).contains("Aufenthalt und Arbeit");
    }

    @Test
    void aMisspeltKeyOfTheTypeIsReportedAtItsLine() {
        TestSite site = TestSite.write(dir, SITE.replace("languages: [tr, ar]", "langauges: [tr, ar]"));

        TestSite.Run build = site.build();

        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err()).contains("content/beratung/migration.de.md:7:", "langauges", "languages");
    }

    @Test
    void unreadableHoursAreReportedAtTheirLine() {
        TestSite site = TestSite.write(dir, SITE.replace("Th 14:00-18:00", "Thursday afternoons"));

        TestSite.Run build = site.build();

        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err()).contains("content/beratung/migration.de.md:6:", "Thursday afternoons");
    }

    @Test
    void newOffersTheTypeAndWritesItsScaffold() throws Exception {
        TestSite.write(dir, SITE);

        TestSite.Run help = TestSite.run("new", "--help");
        TestSite.Run created = TestSite.run("new", "beratung", "beratung/jobcenter", "--source", dir.toString());

        assertThat(help.out()).contains("beratung");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(Files.readString(dir.resolve("content/beratung/jobcenter.de.md")))
                .contains("type: beratung", "hours:", "languages: []", "draft: true");
    }

    @Test
    void translationToolsReadTheTypesKeysLikeTheBuild() throws Exception {
        TestSite.write(dir, SITE);

        TestSite.Run export = TestSite.run(
                "translate",
                "--source",
                dir.toString(),
                "--export",
                "xliff",
                "--to",
                "en",
                "content/beratung/migration.de.md",
                "--output",
                dir.resolve("xliff").toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).doesNotContain("hours", "languages");
        assertThat(export.out()).startsWith("Exported ");
        Path written = Path.of(export.out().strip().substring("Exported ".length()));
        assertThat(Files.readString(written)).contains("Wir beraten zu Aufenthalt und Arbeit.");
    }
}
