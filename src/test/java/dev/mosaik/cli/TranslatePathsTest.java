package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik translate PATH}: the original may be named relative to the site, relative to here, or absolute. */
class TranslatePathsTest {

    @TempDir
    Path dir;

    private Path site() {
        Path root = dir.resolve("site");
        TestSite.write(
                root,
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\nListe.\n");
        return root;
    }

    @Test
    void translateAcceptsAnAbsolutePath() {
        Path root = site();
        TestSite.Run run = TestSite.run(
                "translate",
                root.resolve("content/projekte/_index.de.md").toAbsolutePath().toString(),
                "--to",
                "en",
                "--source",
                root.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(root.resolve("content/projekte/_index.en.md")).isRegularFile();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void translateAcceptsAnAbsolutePathWhenTheSiteIsReachedThroughALink() throws Exception {
        Path root = site();
        Path link = Files.createSymbolicLink(dir.resolve("link"), root);
        // The site by its link, the original by its real path (or the other way round): the same file.
        TestSite.Run run = TestSite.run(
                "translate",
                root.resolve("content/projekte/_index.de.md").toRealPath().toString(),
                "--to",
                "en",
                "--source",
                link.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(root.resolve("content/projekte/_index.en.md")).isRegularFile();
        TestSite.Run back = TestSite.run(
                "translate",
                link.resolve("content/_index.de.md").toString(),
                "--to",
                "en",
                "--source",
                root.toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
    }

    @Test
    void aPathOutsideTheSiteSaysSoInEitherLanguage() throws Exception {
        Path root = site();
        Path outside = dir.resolve("elsewhere/content/x.de.md");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, "---\ntitle: X\n---\n");
        TestSite.Run run = TestSite.run(
                "--ui-lang", "en", "translate", outside.toString(), "--to", "en", "--source", root.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(outside + ": is not inside the site folder "
                        + root.toAbsolutePath().normalize())
                .contains("--source DIR");
        TestSite.Run german = TestSite.run(
                "--ui-lang", "de", "translate", outside.toString(), "--to", "en", "--source", root.toString());
        assertThat(german.err()).contains("liegt nicht im Ordner der Website");
    }
}
