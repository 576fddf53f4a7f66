package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.output.cache.CacheEntries;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter from the build cache: a warm build parses no front matter it parsed before, and reports the same
 * problems at the same lines as a cold build.
 */
class FrontMatterCacheTest {

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Unsere Projekte.
            -- content/_index.de.md --
            ---
            title: "Start \u202Eher"
            tags:
              - Familie
              - Beratung
            ---
            Willkommen.
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            summary: Wie Sie uns erreichen
            weight: 2
            ---
            Schreiben Sie uns.
            -- content/neu.de.md --
            ---
            title: Neu
            draft: true
            wieght: 3
            date: gestern
            ---
            Noch nicht fertig.
            """;

    @Test
    void aWarmBuildTakesTheFrontMatterFromTheCacheAndWarnsAtTheSameLines(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        TestSite.Run cold = site.build("--build-date=2026-12-07", "--timings");
        assertThat(cold.exitCode()).isZero();
        assertThat(cold.err())
                .contains("content/_index.de.md:2: warning: 'title' contains an invisible direction control")
                .contains("content/neu.de.md:4: warning: (draft, not published) unknown key 'wieght'")
                .contains("content/neu.de.md:5: warning: (draft, not published) 'date' must be a date");
        List<Path> entries = CacheEntries.of(root, "front-matter");
        assertThat(entries).hasSize(4);
        byte[] home = Files.readAllBytes(site.output().resolve("de/index.html"));

        TestSite.Run warm = site.build("--build-date=2026-12-07", "--timings");
        assertThat(warm.exitCode()).isZero();
        assertThat(warm.out() + warm.err()).contains("front-matter: 4 found, 0 stored");
        assertThat(problems(warm)).isEqualTo(problems(cold));
        assertThat(Files.readAllBytes(site.output().resolve("de/index.html"))).isEqualTo(home);
        assertThat(CacheEntries.of(root, "front-matter")).isEqualTo(entries);
    }

    @Test
    void aWarmBuildOfASiteWithMistakesReportsTheSameErrors(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE + """
                -- content/doppelt.de.md --
                ---
                title: Eins
                summary: Zwei
                title: Drei
                weight: viel
                ---
                Text.
                -- content/kaputt.de.md --
                ---
                title: [offen
                ---
                Text.
                """);
        TestSite.Run cold = site.build();
        assertThat(cold.exitCode()).isEqualTo(1);
        assertThat(cold.err())
                .contains("content/doppelt.de.md:4: duplicate key 'title'")
                .contains("content/doppelt.de.md:5: 'weight' must be a whole number")
                .contains("content/kaputt.de.md:2: invalid YAML");
        // The text that did not parse is not kept; the one with a duplicate key is (the mapping reports it).
        List<Path> entries = CacheEntries.of(root, "front-matter");
        assertThat(entries).hasSize(5);
        for (Path entry : entries) {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        }

        TestSite.Run warm = site.build();
        assertThat(warm.exitCode()).isEqualTo(1);
        assertThat(problems(warm)).isEqualTo(problems(cold));
        assertThat(CacheEntries.of(root, "front-matter")).isEqualTo(entries);
        for (Path entry : entries) {
            assertThat(Files.getLastModifiedTime(entry))
                    .as("read, not written again")
                    .isEqualTo(FileTime.fromMillis(0));
        }
    }

    /** The lines that tell a problem (not the timings, which differ from build to build). */
    private static List<String> problems(TestSite.Run run) {
        return run.errLines().stream().filter(l -> l.startsWith("content/")).toList();
    }
}
