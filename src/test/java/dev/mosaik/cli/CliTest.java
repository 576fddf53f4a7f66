package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommand() {
        TestSite.Run run = TestSite.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("build", "serve", "check", "new", "Exit codes");
    }

    @Test
    void versionIsPrinted() {
        TestSite.Run run = TestSite.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("mosaik ");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(TestSite.run().exitCode()).isEqualTo(2);
    }

    @Test
    void newWritesADraftWithExplainedFrontMatterThatBuilds() throws Exception {
        TestSite site = TestSite.write(
                dir,
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n");
        TestSite.Run run =
                TestSite.run("new", "page", "projekte/sprachcafe", "--lang", "ar", "--source", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("content/projekte/sprachcafe.ar.md");
        String text = Files.readString(dir.resolve("content/projekte/sprachcafe.ar.md"));
        assertThat(text).contains("title: \"⟨Sprachcafe⟩\"", "# One or two sentences", "draft: true");
        TestSite.Run build = site.build("--drafts");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(Files.exists(site.output().resolve("ar/projekte/sprachcafe/index.html")))
                .isTrue();
    }

    @Test
    void newWritesEveryContentTypeAsADraftThatLeavesTheBuildIntact() throws Exception {
        TestSite site = TestSite.write(
                dir,
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n");
        for (String type : new dev.mosaik.content.Scaffolder(
                        dev.mosaik.pipeline.TypeModules.discover(new dev.mosaik.diag.Problems())
                                .orElseThrow()
                                .types())
                .types()) {
            TestSite.Run run = TestSite.run("new", type, "neu/" + type, "--source", dir.toString());
            assertThat(run.exitCode()).as(type + ": " + run.err()).isZero();
        }
        assertThat(Files.readString(dir.resolve("content/neu/kurs.de.md")))
                .contains("type: kurs", "# Required: CEFR levels");
        // The new files' required fields are empty (nothing is written that could be wrong): as drafts they are told
        // as warnings and left out; NewPlaceholdersTest publishes one.
        TestSite.Run build = site.build();
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(Files.exists(site.output().resolve("de/neu/kurs/index.html")))
                .isFalse();
    }

    @Test
    void translateStartsADraftThatKnowsItsOriginal() throws Exception {
        TestSite site = TestSite.write(
                dir,
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/projekte/_index.de.md --\n---\ntitle: Projekte\nweight: 3\n---\nListe der Projekte.\n");
        TestSite.Run run =
                TestSite.run("translate", "content/projekte/_index.de.md", "--to", "ar", "--source", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String translation = Files.readString(dir.resolve("content/projekte/_index.ar.md"));
        assertThat(translation)
                .contains("title: Projekte", "weight: 3", "translation: human", "draft: true", "Liste der Projekte.")
                .containsPattern("sourceHash: [0-9a-f]{12}");
        site.file(
                "content/projekte/_index.ar.md",
                translation.replace("draft: true", "draft: false").replace("title: Projekte", "title: المشاريع"));
        assertThat(site.build().err()).doesNotContain("outdated");
        site.file("content/projekte/_index.de.md", "---\ntitle: Projekte\nweight: 3\n---\nNeue Liste.\n");
        assertThat(site.build().err()).contains("content/projekte/_index.ar.md:1: warning: may be outdated");
        assertThat(TestSite.run("translate", "content/projekte/_index.de.md", "--to", "ar", "--source", dir.toString())
                        .err())
                .contains("already exists");
    }

    @Test
    void newRefusesToOverwriteAndExplainsUnknownTypes() {
        TestSite.write(dir, TestSite.SITE_YAML + "-- content/kontakt.de.md --\n---\ntitle: Kontakt\n---\n");
        TestSite.Run existing = TestSite.run("new", "page", "kontakt", "--source", dir.toString());
        assertThat(existing.exitCode()).isEqualTo(1);
        assertThat(existing.err())
                .contains("content/kontakt.de.md: already exists", "1 error; no file was created.")
                .doesNotContain("published");
        TestSite.Run unknown = TestSite.run("new", "pgae", "x", "--source", dir.toString());
        assertThat(unknown.err()).contains("unknown type 'pgae'", "did you mean 'page'?");
    }

    @Test
    void checkReportsProblemsWithoutWritingAnything() {
        TestSite.write(
                dir, TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\ntags: 3: x\n---\nHallo\n");
        TestSite.Run run = TestSite.run("check", "--source", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/_index.de.md:3:", "check writes nothing; fix the errors before publishing.");
        assertThat(Files.exists(dir.resolve("public"))).isFalse();
    }

    @Test
    void checkReportsTranslationStatusPerLanguage() {
        TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Hallo
                -- content/_index.en.md --
                ---
                title: Home
                translation: machine
                ---
                Hello
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- content/kontakt.de.md --
                ---
                title: Kontakt
                ---
                -- content/kontakt.ar.md --
                ---
                title: اتصل بنا
                sourceHash: 0123456789ab
                ---
                -- i18n/en.yaml --
                section:
                  contents: In this part
                  contnets: typo
                """);
        TestSite.Run run = TestSite.run("check", "--translations", "--source", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("de\\s+Deutsch\\s+3/3\\s+100%")
                .containsPattern("en\\s+English\\s+1/3\\s+33%\\s+2\\s+0\\s+1")
                .containsPattern("ar\\s+العربية\\s+1/3\\s+33%\\s+2\\s+1\\s+0");
        assertThat(run.out())
                .contains("en missing:\n  content/kontakt.de.md\n  content/projekte/_index.de.md")
                .contains("ar outdated:\n  content/kontakt.ar.md")
                .containsPattern("en UI strings never used:\\n(  .*\\n)*  section.contnets\\n")
                .containsPattern("ar UI strings missing:\\n(  .*\\n)*  chooser.prompt\\n");
    }

    @Test
    void checkPassesAndWritesNothingOnAGoodSite() {
        TestSite.write(
                dir,
                TestSite.SITE_YAML
                        + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n-- content/projekte/_index.de.md --\n---\ntitle: P\n---\n");
        TestSite.Run run = TestSite.run("check", "--source", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Checked");
        assertThat(Files.exists(dir.resolve("public"))).isFalse();
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        TestSite.write(dir, TestSite.SITE_YAML);
        TestSite.Run run = TestSite.run("serve", "--port", "99999", "--source", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err())
                .contains("--port must be a port number from 0 to 65535, not 99999")
                .doesNotContain("Exception");
    }

    @Test
    void newsletterExportIntoAMissingFolderIsAUsageError() {
        TestSite.write(dir, TestSite.SITE_YAML);
        TestSite.Run run = TestSite.run(
                "newsletter",
                "export",
                "1",
                "--source",
                dir.toString(),
                "--output",
                dir.resolve("nonexistent/x.eml").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void newsletterExportDoesNotOverwriteAFileMosaikDidNotWrite() throws Exception {
        TestSite.write(dir, TestSite.SITE_YAML);
        Path thesis = Files.writeString(dir.resolve("thesis.txt"), "years of work");
        TestSite.Run run =
                TestSite.run("newsletter", "export", "1", "--source", dir.toString(), "--output", thesis.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("is not an e-mail mosaik wrote");
        assertThat(thesis).hasContent("years of work");
    }

    @Test
    void newAndTranslateDoNotWriteThroughASymbolicLink() throws Exception {
        TestSite.write(
                dir.resolve("site"),
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/kontakt.de.md --\n---\ntitle: Kontakt\n---\nText\n");
        Path site = dir.resolve("site");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(site.resolve("content/neu"), outside);
        Files.createSymbolicLink(site.resolve("content/kontakt.en.md"), outside.resolve("dangling.md"));
        Files.createSymbolicLink(
                site.resolve("content/geheim.de.md"),
                Files.writeString(dir.resolve("geheim.txt"), "---\ntitle: x\n---\n"));

        TestSite.Run created = TestSite.run("new", "page", "neu/seite", "--source", site.toString());
        assertThat(created.exitCode()).as(created.err()).isEqualTo(1);
        assertThat(created.err())
                .contains("content/neu/seite.de.md: is a symbolic link; mosaik does not follow links out of the site");
        TestSite.Run translated =
                TestSite.run("translate", "content/kontakt.de.md", "--to", "en", "--source", site.toString());
        assertThat(translated.exitCode()).as(translated.err()).isEqualTo(1);
        assertThat(translated.err())
                .contains("content/kontakt.en.md: is a symbolic link; mosaik does not follow links out of the site");
        TestSite.Run leaked =
                TestSite.run("translate", "content/geheim.de.md", "--to", "en", "--source", site.toString());
        assertThat(leaked.exitCode()).as(leaked.err()).isEqualTo(1);
        assertThat(leaked.err())
                .contains("content/geheim.de.md: is a symbolic link; mosaik does not follow links out of the site");
        try (var files = Files.list(outside)) {
            assertThat(files).as("nothing written outside the site").isEmpty();
        }
        assertThat(site.resolve("content/geheim.en.md")).doesNotExist();
    }
}
