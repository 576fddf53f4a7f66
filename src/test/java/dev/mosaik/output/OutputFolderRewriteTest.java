package dev.mosaik.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last pass over a new version replaces files it wrote before: in the file itself where only the new version has
 * it, never through a hard link into the published version, which stays intact until the swap.
 */
class OutputFolderRewriteTest {

    @TempDir
    Path dir;

    @Test
    void rewritingAFileLinkedToThePublishedVersionLeavesThePublishedBytes() throws IOException {
        Path target = dir.resolve("public");
        publish(target, "de/index.html", "old bytes");
        Path published = target.resolve("de/index.html");
        Object publishedFile = Files.getAttribute(published, "unix:ino");

        try (OutputFolder next = OutputFolder.begin(target)) {
            next.write("de/index.html", bytes("old bytes"));
            Path staged = next.staging().resolve("de/index.html");
            assertThat(Files.getAttribute(staged, "unix:ino"))
                    .as("linked to the published copy")
                    .isEqualTo(publishedFile);

            next.rewrite("de/index.html", bytes("new bytes"));

            assertThat(Files.readString(published)).isEqualTo("old bytes");
            assertThat(Files.readString(staged)).isEqualTo("new bytes");
            next.commit();
        }
        assertThat(Files.readString(published)).isEqualTo("new bytes");
    }

    @Test
    void rewritesAFileOnlyTheNewVersionHasInPlace() throws IOException {
        Path target = dir.resolve("public");
        try (OutputFolder next = OutputFolder.begin(target)) {
            next.write("de/index.html", bytes("with a marker"));
            Path staged = next.staging().resolve("de/index.html");
            Object stagedFile = Files.getAttribute(staged, "unix:ino");

            next.rewrite("de/index.html", bytes("with the size filled in"));

            assertThat(Files.getAttribute(staged, "unix:ino"))
                    .as("the same file, not deleted and made again")
                    .isEqualTo(stagedFile);
            assertThat(Files.readString(staged)).isEqualTo("with the size filled in");
            next.write("de/kurz.html", bytes("a long first version"));
            next.rewrite("de/kurz.html", bytes("short"));
            assertThat(Files.readString(next.staging().resolve("de/kurz.html")))
                    .as("nothing of the longer bytes before is left")
                    .isEqualTo("short");
        }
    }

    @Test
    void aFileRewrittenToThePublishedBytesIsLinkedToThePublishedCopy() throws IOException {
        Path target = dir.resolve("public");
        publish(target, "de/index.html", "final");
        Object publishedFile = Files.getAttribute(target.resolve("de/index.html"), "unix:ino");

        try (OutputFolder next = OutputFolder.begin(target)) {
            next.write("de/index.html", bytes("marker"));
            next.rewrite("de/index.html", bytes("final"));

            // Same file, same time: rsync sends nothing for it.
            assertThat(Files.getAttribute(next.staging().resolve("de/index.html"), "unix:ino"))
                    .isEqualTo(publishedFile);
        }
    }

    private static void publish(Path target, String file, String content) throws IOException {
        try (OutputFolder first = OutputFolder.begin(target)) {
            first.write(file, bytes(content));
            first.commit();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
