package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.output.cache.CacheFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packs' entries in the build cache: taken only for the same page in a pack that holds the same of its links. */
class PackCacheTest {

    private static final BaseUrl BASE = BaseUrl.parse("https://example.org/").orElseThrow();
    private static final byte[] PAGE = "<p><a href=\"/de/kontakt/\">Kontakt</a></p>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path site;

    private final AtomicInteger made = new AtomicInteger();

    private PackedPage page(PackCache cache, byte[] bytes, Predicate<String> holds) {
        return cache.page("de/index.html", BASE, PackCache.digest(bytes), holds, () -> {
            made.incrementAndGet();
            boolean held = holds.test("de/kontakt/index.html");
            return new PackedPage(
                    List.of("de/kontakt/index.html"),
                    Map.of("de/kontakt/index.html", held),
                    PackEntry.of((held ? "relative" : "absolute").getBytes(StandardCharsets.UTF_8)));
        });
    }

    private PackCache cache() {
        return new PackCache(CacheFolder.open(site, "stamp"));
    }

    @Test
    void aPageIsTakenFromTheCacheWhenThePackHoldsTheSameOfItsLinks() {
        PackedPage first = page(cache(), PAGE, file -> true);
        PackedPage second = page(cache(), PAGE, file -> true);
        assertThat(made).hasValue(1);
        assertThat(second.links()).isEqualTo(first.links());
        assertThat(second.entry().deflated()).isEqualTo(first.entry().deflated());
        assertThat(second.entry().crc()).isEqualTo(first.entry().crc());
    }

    @Test
    void aPageIsMadeAgainForAPackThatNoLongerHoldsATargetOfItsLinks() {
        page(cache(), PAGE, file -> true);
        PackedPage again = page(cache(), PAGE, file -> false);
        assertThat(made).hasValue(2);
        assertThat(again.answers()).containsEntry("de/kontakt/index.html", false);
    }

    @Test
    void aChangedPageIsMadeAgain() {
        page(cache(), PAGE, file -> true);
        page(cache(), "<p>anders</p>".getBytes(StandardCharsets.UTF_8), file -> true);
        assertThat(made).hasValue(2);
    }

    @Test
    void aDamagedEntryIsMadeAgain() throws IOException {
        page(cache(), PAGE, file -> true);
        try (Stream<Path> files = Files.walk(site.resolve(CacheFolder.NAME).resolve(PackCache.PAGES))) {
            for (Path entry : files.filter(f -> f.toString().endsWith(".entry")).toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                bytes[bytes.length / 2] ^= 1;
                Files.write(entry, bytes);
            }
        }
        PackedPage again = page(cache(), PAGE, file -> true);
        assertThat(made).hasValue(2);
        assertThat(again.entry().deflated())
                .isEqualTo(PackEntry.of("relative".getBytes(StandardCharsets.UTF_8))
                        .deflated());
    }

    @Test
    void aFileReadsBackAsItsDeflatedEntry() {
        byte[] bytes = "body { color: #222; }\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        PackEntry made = cache().file(bytes);
        PackEntry stored = cache().file(bytes);
        PackEntry fresh = new PackCache(Optional.empty()).file(bytes);
        for (PackEntry entry : List.of(made, stored)) {
            assertThat(entry.crc()).isEqualTo(fresh.crc());
            assertThat(entry.size()).isEqualTo(fresh.size());
            assertThat(entry.deflated()).isEqualTo(fresh.deflated());
        }
    }
}
