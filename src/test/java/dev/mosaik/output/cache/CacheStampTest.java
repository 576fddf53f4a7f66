package dev.mosaik.output.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the stamp of every cached result holds of the code that runs: mosaik's and every jar beside it. */
class CacheStampTest {

    @TempDir
    Path dir;

    @Test
    void aChangedTemplateInAContentTypesJarBesideMosaiksChangesTheStamp() throws IOException {
        Path own = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(own.resolve("Main.class"), "mosaik");
        Path type = dir.resolve("beratung.jar");
        jar(type, "<main>Beratung</main>");
        String before = CacheStamp.fingerprint("1.0", own, List.of(own, type));
        assertThat(CacheStamp.fingerprint("1.0", own, List.of(own, type))).isEqualTo(before);

        jar(type, "<main>Beratung und Hilfe</main>");
        assertThat(CacheStamp.fingerprint("1.0", own, List.of(own, type))).isNotEqualTo(before);
        assertThat(CacheStamp.fingerprint("1.0", own, List.of(own))).isNotEqualTo(before);
    }

    @Test
    void aChangedClassOfMosaikChangesTheStamp() throws IOException {
        Path own = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(own.resolve("Main.class"), "mosaik");
        String before = CacheStamp.fingerprint("1.0", own, List.of(own));
        Files.writeString(own.resolve("Main.class"), "mosaik, changed");
        assertThat(CacheStamp.fingerprint("1.0", own, List.of(own))).isNotEqualTo(before);
    }

    private static void jar(Path file, String template) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("theme/templates/beratung.html"));
            zip.write(template.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
