package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The pack's own zip writer against the JDK's: the same files make the same bytes. */
class PackZipTest {

    private static final LocalDateTime STAMP = LocalDateTime.of(2026, 12, 7, 13, 45, 31);

    @Test
    void writesTheBytesZipOutputStreamWritesForTheSameFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("index.html", "<!DOCTYPE html><p>Start</p>".repeat(40).getBytes(StandardCharsets.UTF_8));
        files.put("ar/المشاريع/index.html", "<p>قائمة المشاريع</p>".repeat(300).getBytes(StandardCharsets.UTF_8));
        files.put("ar/empty.txt", new byte[0]);
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        files.put("bilder/karte.png", noise);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HashedOutput hashed = new HashedOutput(out);
        PackZip.write(entries(files), STAMP, hashed);

        assertThat(out.toByteArray()).isEqualTo(jdkZip(files));
        assertThat(hashed.length()).isEqualTo(out.size());
        assertThat(hashed.digest()).isEqualTo(PackCache.digest(out.toByteArray()));
    }

    @Test
    void aPackTooLargeForThePlainFormatGoesThroughZipOutputStream() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("a.txt", "eins".getBytes(StandardCharsets.UTF_8));
        files.put("b/c.txt", "zwei zwei zwei".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackZip.throughZipOutputStream(entries(files), STAMP, out);
        assertThat(out.toByteArray()).isEqualTo(jdkZip(files));
    }

    private static SortedMap<String, PackEntry> entries(Map<String, byte[]> files) {
        SortedMap<String, PackEntry> entries = new TreeMap<>();
        files.forEach((name, bytes) -> entries.put(name, PackEntry.of(bytes)));
        return entries;
    }

    /** What the pack was written with before it had a writer of its own. */
    private static byte[] jdkZip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(STAMP);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
