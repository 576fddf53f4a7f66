package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.output.cache.CacheEntries;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language whose pack is made of the same files as the published one takes the published pack instead of putting
 * it together again; the output is the same bytes as a build without cache.
 */
class PublishedPacksTest {

    private static final String DATE = "--build-date=2026-12-07";

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Zu den [Projekten](/projekte/_index.md).

            ![Ein Bild](/bilder/garten.svg)
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Unsere Projekte.
            -- content/projekte/_index.en.md --
            ---
            title: Projects
            ---
            Our projects.
            -- content/nur-ar.ar.md --
            ---
            title: صفحة
            ---
            نص.
            -- assets/bilder/garten.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Garten</title></svg>
            """;

    @Test
    void aWarmBuildTakesEveryUnchangedPackFromThePublishedFolderWithTheSameBytes(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE).built(DATE);
        Map<String, String> cold = TestSite.hashes(site.output());

        TestSite.Run warm = site.build(DATE, "--timings", "--rebuild");
        assertThat(warm.exitCode()).isZero();
        assertThat(warm.out()).contains("offline-packs: 3 found, 0 stored").doesNotContain("offline-pages:");
        assertThat(TestSite.hashes(site.output())).isEqualTo(cold);
        assertThat(withoutCache(site, root)).isEqualTo(cold);
    }

    @Test
    void aLanguageWhosePagesChangedGetsItsPackMadeAgainAndKeepsTheOthersEntries(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE).built(DATE);
        List<Path> entries = CacheEntries.of(root, PackCache.PAGES);
        site.file("content/nur-ar.ar.md", "---\ntitle: صفحة\n---\nنص جديد.\n");

        TestSite.Run edited = site.build(DATE, "--timings");
        assertThat(edited.exitCode()).isZero();
        assertThat(edited.out()).contains("offline-packs: 2 found, 1 stored");
        assertThat(TestSite.hashes(site.output())).isEqualTo(withoutCache(site, root));
        // The entries of the packs taken whole were not read, yet not pruned: an edit of their language needs them.
        assertThat(CacheEntries.of(root, PackCache.PAGES)).hasSameSizeAs(entries);
    }

    @Test
    void aPublishedPackThatIsNotTheOneStoredIsMadeAgain(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE).built(DATE);
        Map<String, String> cold = TestSite.hashes(site.output());
        Path pack = site.output().resolve("de/offline.zip");
        byte[] altered = Files.readAllBytes(pack);
        altered[altered.length / 2] ^= 1;
        Files.write(pack, altered);

        TestSite.Run warm = site.build(DATE, "--timings", "--rebuild");
        assertThat(warm.exitCode()).isZero();
        // Found for every language, but for de the published pack is another: put together and stored again.
        assertThat(warm.out()).contains("offline-packs: 3 found, 1 stored");
        assertThat(TestSite.hashes(site.output())).isEqualTo(cold);
    }

    private static Map<String, String> withoutCache(TestSite site, Path root) {
        Path plain = root.resolve("plain");
        assertThat(site.build(DATE, "--no-cache", "--output", plain.toString()).exitCode())
                .isZero();
        return TestSite.hashes(plain);
    }
}
