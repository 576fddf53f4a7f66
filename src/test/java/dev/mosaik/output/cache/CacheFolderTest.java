package dev.mosaik.output.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFolderTest {

    @Test
    void marksItselfAsMosaiksAndIgnoresItselfForGit(@TempDir Path site) throws Exception {
        CacheFolder cache = CacheFolder.open(site, "s").orElseThrow();
        assertThat(Files.readString(cache.path().resolve(".gitignore"))).isEqualTo("*\n");
        assertThat(Files.readString(cache.path().resolve("CACHEDIR.TAG")))
                .startsWith("Signature: 8a477f597d28d172789f06886806bc55");
    }

    @Test
    void leavesAFolderOfItsNameThatMosaikDidNotCreateAlone(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve(CacheFolder.NAME));
        Files.writeString(site.resolve(CacheFolder.NAME).resolve("notes.txt"), "mine");
        assertThat(CacheFolder.open(site, "s")).isEmpty();
        try (var files = Files.list(site.resolve(CacheFolder.NAME))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void readsWhatItWroteAndTreatsADamagedEntryAsAMiss(@TempDir Path site) throws Exception {
        CacheFolder cache = CacheFolder.open(site, "s").orElseThrow();
        String key = cache.key("bodies").add("x").hex();
        cache.write("bodies", key, "payload".getBytes(StandardCharsets.UTF_8));
        assertThat(cache.read("bodies", key))
                .hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("payload"));
        Path file = CacheEntries.of(site, "bodies").get(0);
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] damaged : new byte[][] {
            Arrays.copyOf(bytes, bytes.length - 1), new byte[0], Arrays.copyOf(bytes, bytes.length + 1), flipped(bytes)
        }) {
            Files.write(file, damaged);
            assertThat(cache.read("bodies", key)).isEmpty();
        }
    }

    @Test
    void aDamagedOrHalfWrittenEntryIsReplacedWholeWhenWrittenAgainAndNoTemporaryFileStays(@TempDir Path site)
            throws Exception {
        CacheFolder cache = CacheFolder.open(site, "s").orElseThrow();
        String key = cache.key("bodies").add("x").hex();
        cache.write("bodies", key, "payload".getBytes(StandardCharsets.UTF_8));
        Path file = CacheEntries.of(site, "bodies").get(0);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThat(cache.read("bodies", key)).isEmpty();

        cache.write("bodies", key, "payload".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(file)).isEqualTo(whole);
        assertThat(cache.read("bodies", key))
                .hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("payload"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(key + ".entry");
        }
    }

    @Test
    void keysDependOnTheStampAndOnEveryPartsBoundaries(@TempDir Path site) {
        CacheFolder one = CacheFolder.open(site, "one").orElseThrow();
        CacheFolder two = CacheFolder.open(site, "two").orElseThrow();
        assertThat(one.key("k").add("x").hex())
                .isNotEqualTo(two.key("k").add("x").hex());
        assertThat(one.key("k").add("ab").add("c").hex())
                .isNotEqualTo(one.key("k").add("a").add("bc").hex());
    }

    @Test
    void prunesOnlyUnusedEntriesOfKindsItUsedAndNothingElse(@TempDir Path site) throws Exception {
        CacheFolder first = CacheFolder.open(site, "s").orElseThrow();
        String kept = first.key("bodies").add("kept").hex();
        String dropped = first.key("bodies").add("dropped").hex();
        String pdf = first.key("pdf").add("sheet").hex();
        first.write("bodies", kept, new byte[] {1});
        first.write("bodies", dropped, new byte[] {2});
        first.write("pdf", pdf, new byte[] {3});
        Path stranger = site.resolve(CacheFolder.NAME).resolve("bodies").resolve("notes.txt");
        Files.writeString(stranger, "mine");
        for (Path file : CacheEntries.of(site, "bodies")) {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        }
        Files.setLastModifiedTime(stranger, java.nio.file.attribute.FileTime.fromMillis(0));

        CacheFolder second = CacheFolder.open(site, "s").orElseThrow();
        assertThat(second.read("bodies", kept)).isPresent();
        assertThat(second.prune()).isEqualTo(1);

        assertThat(second.read("bodies", dropped)).isEmpty();
        assertThat(second.read("bodies", kept)).isPresent();
        assertThat(second.read("pdf", pdf))
                .as("a kind this build did not use is not pruned")
                .isPresent();
        assertThat(stranger).exists();
    }

    @Test
    void prunesUnusedEntriesThatAnEarlierMosaikNamedBySha2(@TempDir Path site) throws Exception {
        CacheFolder first = CacheFolder.open(site, "s").orElseThrow();
        String used = first.key("bodies").add("used").hex();
        first.write("bodies", used, new byte[] {1});
        Path earlier = CacheEntries.of(site, "bodies").get(0).resolveSibling("ab".repeat(32) + ".entry");
        Files.write(earlier, new byte[] {2});
        Files.setLastModifiedTime(earlier, java.nio.file.attribute.FileTime.fromMillis(0));

        CacheFolder second = CacheFolder.open(site, "s").orElseThrow();
        assertThat(second.read("bodies", used)).isPresent();
        assertThat(second.prune()).isEqualTo(1);

        assertThat(earlier).doesNotExist();
        assertThat(second.read("bodies", used)).isPresent();
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 1;
        return copy;
    }
}
