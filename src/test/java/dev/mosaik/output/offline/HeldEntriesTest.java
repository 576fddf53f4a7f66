package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problems;
import dev.mosaik.output.cache.CacheFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language's page entries are held in memory for its pack only up to a budget; beyond, the pack takes them from
 * the build cache again, and comes out the same, byte for byte.
 */
class HeldEntriesTest {

    @TempDir
    Path dir;

    private final SiteConfig config =
            new SiteConfigReader().parse("""
                    baseUrl: https://example.org/
                    defaultLanguage: de
                    languages:
                      - code: de
                        title: Testseite
                    """, new Problems()).orElseThrow();
    private final ForkJoinPool pool = ForkJoinPool.commonPool();

    @Test
    void entriesBeyondTheBudgetAreTakenFromTheCacheAndThePackIsTheSame() throws IOException {
        Path out = site();
        OfflinePack packer = packer(CacheFolder.open(dir.resolve("site"), "stamp"));
        Fixture fixture = new Fixture(out);

        ReadBack.Packed none = fixture.packed(packer, 0);
        ReadBack.Packed all = fixture.packed(packer, Long.MAX_VALUE);

        assertThat(none.entries()).as("with a build cache, none held").isEmpty();
        assertThat(all.entries()).containsOnlyKeys("de/index.html", "de/kurse/index.html");
        assertThat(none.links()).isEqualTo(all.links()).contains("de/kurse/index.html");
        assertThat(fixture.zip(packer, none)).isEqualTo(fixture.zip(packer, all));
    }

    @Test
    void withoutABuildCacheEveryEntryIsHeld() throws IOException {
        Fixture fixture = new Fixture(site());

        ReadBack.Packed packed = fixture.packed(packer(Optional.empty()), 0);

        assertThat(packed.entries()).containsOnlyKeys("de/index.html", "de/kurse/index.html");
    }

    private Path site() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("de/kurse"));
        Files.writeString(
                out.resolve("de/index.html"),
                "<!DOCTYPE html><html lang=\"de\"><body><a href=\"/de/kurse/\">Kurse</a></body></html>");
        Files.writeString(
                out.resolve("de/kurse/index.html"),
                "<!DOCTYPE html><html lang=\"de\"><body><a href=\"/de/\">Start</a> Kurse</body></html>");
        return out;
    }

    private OfflinePack packer(Optional<CacheFolder> cache) {
        return new OfflinePack(config.baseUrl(), Instant.parse("2026-12-07T12:00:00Z"), new PackCache(cache));
    }

    /** The output folder read back, as the offline stage reads it. */
    private final class Fixture {
        final Path out;
        final List<String> all;
        final PackSizeGuess guess;
        final ReadBack read;

        Fixture(Path out) {
            this.out = out;
            this.all = OutputFiles.list(out);
            this.guess = PackSizeGuess.around((file, bytes) -> {}, config, Optional.empty());
            this.read = ReadBack.of(out, all, guess, pool);
        }

        ReadBack.Packed packed(OfflinePack packer, long budget) {
            List<String> pages = all.stream().filter(f -> f.endsWith(".html")).toList();
            return read.packed(out, pages, budget, all::contains, packer, guess, pool);
        }

        byte[] zip(OfflinePack packer, ReadBack.Packed packed) throws IOException {
            LanguageFiles files = LanguageFiles.of(config.defaultLanguage(), all, packed.links(), Set.of());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            packer.zip(files, packed.entries(), f -> OutputFiles.read(out, f), read.digests(), pool, bytes);
            return bytes.toByteArray();
        }
    }
}
