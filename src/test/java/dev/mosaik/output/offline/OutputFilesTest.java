package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline stage's listing of the output written so far. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryFileSortedWithForwardSlashesFollowingLinksToFilesButNotFolders() throws Exception {
        Files.createDirectories(dir.resolve("de/kontakt"));
        Files.createDirectories(dir.resolve("ar/empty"));
        Files.writeString(dir.resolve("de/kontakt/index.html"), "k");
        Files.writeString(dir.resolve("de/index.html"), "d");
        Files.writeString(dir.resolve("index.html"), "i");
        Files.writeString(dir.resolve("ar/ß.txt"), "s");
        Files.createSymbolicLink(dir.resolve("de/linked.html"), dir.resolve("index.html"));
        Files.createSymbolicLink(dir.resolve("folder-link"), dir.resolve("de"));
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("missing"));

        assertThat(OutputFiles.list(dir))
                .containsExactly("ar/ß.txt", "de/index.html", "de/kontakt/index.html", "de/linked.html", "index.html");
    }
}
