package dev.mosaik.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written as it is made (a large offline pack) goes into the new version only, never through a link. */
class OutputFolderStreamTest {

    @TempDir
    Path dir;

    @Test
    void aStreamedFileReplacesTheNewVersionsLinkWithoutTouchingThePublishedCopy() throws IOException {
        Path site = dir.resolve("public");
        try (OutputFolder first = OutputFolder.begin(site)) {
            first.write("de/offline.zip", bytes("published pack"));
            first.commit();
        }
        Path published = site.resolve("de/offline.zip");
        Path ours = dir.resolve("ours.zip");
        Files.createLink(ours, published);

        try (OutputFolder second = OutputFolder.begin(site)) {
            // The same bytes: linked to the published copy, which a write through the link would change.
            second.write("de/offline.zip", bytes("published pack"));
            second.stream("de/offline.zip", out -> out.write(bytes("new pack, written as it is made")));
            second.commit();
        }

        assertThat(Files.readString(site.resolve("de/offline.zip"))).isEqualTo("new pack, written as it is made");
        assertThat(Files.readString(ours)).isEqualTo("published pack");
    }

    @Test
    void theDefaultMakesTheFileInMemoryAndWritesIt() {
        java.util.Map<String, String> written = new java.util.HashMap<>();
        OutputTarget target = new OutputTarget() {
            @Override
            public void write(String outputFile, byte[] content) {
                written.put(outputFile, new String(content, StandardCharsets.UTF_8));
            }

            @Override
            public void copy(Path source, String outputFile) {}

            @Override
            public void commit() {}

            @Override
            public java.util.List<String> changed() {
                return java.util.List.of();
            }

            @Override
            public void close() {}
        };

        target.stream("a.txt", out -> out.write(bytes("eins")));

        assertThat(written).containsEntry("a.txt", "eins");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
