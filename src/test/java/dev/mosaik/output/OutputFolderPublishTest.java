package dev.mosaik.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a new version: the swap makes it visible at once, the previous version is deleted on threads of its
 * own, and closing the folder waits until it is gone; deleting a tree removes links, never what they point at.
 */
class OutputFolderPublishTest {

    @TempDir
    Path dir;

    @Test
    void commitShowsTheNewVersionAndCloseLeavesNothingOfThePreviousOne() throws IOException {
        Path target = dir.resolve("public");
        try (OutputFolder first = OutputFolder.begin(target)) {
            for (int page = 0; page < 2000; page++) {
                first.write("de/seite-" + page + "/index.html", bytes("old " + page));
            }
            first.commit();
        }
        try (OutputFolder next = OutputFolder.begin(target)) {
            next.write("de/seite-0/index.html", bytes("old 0")); // linked to the published copy
            next.write("de/neu/index.html", bytes("new"));
            next.commit();
            assertThat(Files.readString(target.resolve("de/neu/index.html"))).isEqualTo("new");
            assertThat(target.resolve("de/seite-1/index.html")).doesNotExist();
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("the previous version is deleted once the folder is closed")
                    .containsExactly("public");
        }
        assertThat(Files.readString(target.resolve("de/seite-0/index.html"))).isEqualTo("old 0");
        try (Stream<Path> files = Files.walk(target)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(3); // two pages and the marker
        }
    }

    @Test
    void deletingATreeRemovesLinksButNotWhatTheyPointAt() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not mosaik's");
        Path tree = Files.createDirectories(dir.resolve("tree/a/b/c"));
        Files.writeString(tree.resolve("deep.txt"), "deep");
        Files.createSymbolicLink(dir.resolve("tree/a/folder-link"), outside);
        Files.createSymbolicLink(dir.resolve("tree/file-link"), outside.resolve("keep.txt"));

        OutputFolder.deleteTree(dir.resolve("tree"));

        assertThat(dir.resolve("tree")).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("not mosaik's");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
