package dev.mosaik.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of the new version with the published bytes is a hard link to the published copy, but only where that copy
 * lies inside the published folder: never through a symbolic link out of it, however often its folder is asked about.
 */
class OutputFolderLinkTest {

    @TempDir
    Path dir;

    @Test
    void linksEveryUnchangedFileOfAFolderAndWritesAChangedOne() throws IOException {
        Path target = dir.resolve("public");
        try (OutputFolder first = OutputFolder.begin(target)) {
            for (String name : new String[] {"a", "b", "c"}) {
                first.write("de/" + name + "/index.html", bytes("page " + name));
            }
            first.commit();
        }
        try (OutputFolder next = OutputFolder.begin(target)) {
            next.write("de/a/index.html", bytes("page a"));
            next.write("de/b/index.html", bytes("page B"));
            next.write("de/c/index.html", bytes("page c"));

            assertThat(sameFile(next, target, "de/a/index.html")).isTrue();
            assertThat(sameFile(next, target, "de/b/index.html")).isFalse();
            assertThat(sameFile(next, target, "de/c/index.html")).isTrue();
            assertThat(Files.readString(next.staging().resolve("de/b/index.html")))
                    .isEqualTo("page B");
        }
    }

    @Test
    void neverLinksToAFileBehindASymbolicLinkOutOfThePublishedFolder() throws IOException {
        Path target = dir.resolve("public");
        try (OutputFolder first = OutputFolder.begin(target)) {
            first.write("de/inside/index.html", bytes("same"));
            first.commit();
        }
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("index.html"), "same");
        Files.writeString(outside.resolve("other.html"), "same");
        Files.createSymbolicLink(target.resolve("de/out"), outside);

        try (OutputFolder next = OutputFolder.begin(target)) {
            next.write("de/inside/index.html", bytes("same"));
            next.write("de/out/index.html", bytes("same"));
            next.write("de/out/other.html", bytes("same"));

            assertThat(sameFile(next, target, "de/inside/index.html")).isTrue();
            for (String file : new String[] {"de/out/index.html", "de/out/other.html"}) {
                Path staged = next.staging().resolve(file);
                assertThat(Files.isSameFile(
                                staged, outside.resolve(Path.of(file).getFileName())))
                        .as(file)
                        .isFalse();
                assertThat(Files.readString(staged)).isEqualTo("same");
            }
        }
    }

    private static boolean sameFile(OutputFolder next, Path target, String file) throws IOException {
        return Files.getAttribute(next.staging().resolve(file), "unix:ino")
                .equals(Files.getAttribute(target.resolve(file), "unix:ino"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
