package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.bench.SyntheticSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build publishes a whole new folder, but the files whose bytes did not change are the published ones, linked:
 * same file, same modification time, so that rsync sends only what changed.
 */
class UnchangedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRebuildKeepsUnchangedFilesAndTheirTimesAndWritesChangedOnes() throws Exception {
        Path site = dir.resolve("site");
        Path output = dir.resolve("public");
        SyntheticSite.write(site, 40, 2);
        BuildOptions options = BuildOptions.of(site, output)
                .withToday(LocalDate.of(2026, 11, 29))
                .withPdf(false);
        assertThat(new SiteBuilder().build(options).hasErrors()).isFalse();
        Path untouched = output.resolve("de/bereich-000/seite-000010/index.html");
        Path edited = output.resolve("de/bereich-000/seite-000001/index.html");
        Object untouchedFile = Files.getAttribute(untouched, "unix:ino");
        FileTime untouchedTime = Files.getLastModifiedTime(untouched);
        Object editedFile = Files.getAttribute(edited, "unix:ino");
        String before = Files.readString(edited);

        Path page = site.resolve("content/bereich-000/seite-000001.de.md");
        Files.writeString(page, Files.readString(page) + "\nEin neuer Absatz.\n");
        Thread.sleep(20);
        assertThat(new SiteBuilder().build(options).hasErrors()).isFalse();

        assertThat(Files.getAttribute(untouched, "unix:ino"))
                .as("the same file")
                .isEqualTo(untouchedFile);
        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(untouchedTime);
        assertThat(Files.getAttribute(edited, "unix:ino")).isNotEqualTo(editedFile);
        assertThat(Files.readString(edited)).isNotEqualTo(before).contains("Ein neuer Absatz.");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("the old version is gone")
                    .containsExactlyInAnyOrder("site", "public");
        }
    }
}
