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
 * problems at the same lines as a cold build. The front matter is one entry, written again only by a build that parsed
 * a text anew (or no longer has one): a warm build that leaves it alone found every text in it.
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
        assertThat(cold.out()).contains("front-matter: 0 found, 1 stored");
        List<Path> entries = CacheEntries.of(root, "front-matter");
        assertThat(entries).hasSize(1);
        Files.setLastModifiedTime(entries.get(0), FileTime.fromMillis(0));
        byte[] home = Files.readAllBytes(site.output().resolve("de/index.html"));

        TestSite.Run warm = site.build("--build-date=2026-12-07", "--timings", "--rebuild");
        assertThat(warm.exitCode()).isZero();
        assertThat(warm.out()).contains("front-matter: 1 found, 0 stored");
        assertThat(problems(warm)).isEqualTo(problems(cold));
        assertThat(Files.readAllBytes(site.output().resolve("de/index.html"))).isEqualTo(home);
        assertThat(CacheEntries.of(root, "front-matter")).isEqualTo(entries);
        assertThat(Files.getLastModifiedTime(entries.get(0)))
                .as("every text found, so not written again")
                .isEqualTo(FileTime.fromMillis(0));

        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\nsummary: Neu\n---\nSchreiben Sie uns.\n");
        TestSite.Run edited = site.build("--build-date=2026-12-07", "--timings");
        assertThat(edited.out()).contains("front-matter: 1 found, 1 stored");
        assertThat(problems(edited)).isEqualTo(problems(cold));
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
        List<Path> entries = CacheEntries.of(root, "front-matter");
        assertThat(entries).hasSize(1);
        Files.setLastModifiedTime(entries.get(0), FileTime.fromMillis(0));

        TestSite.Run warm = site.build("--rebuild");
        assertThat(warm.exitCode()).isEqualTo(1);
        assertThat(problems(warm)).isEqualTo(problems(cold));
        // The text that did not parse was not kept, so it is parsed (and reported) again without being added; the one
        // with a duplicate key was kept, as the mapping reports that, and was found.
        assertThat(Files.getLastModifiedTime(entries.get(0)))
                .as("every kept text found, none added")
                .isEqualTo(FileTime.fromMillis(0));
    }

    /** The lines that tell a problem (not the timings, which differ from build to build). */
    private static List<String> problems(TestSite.Run run) {
        return run.errLines().stream().filter(l -> l.startsWith("content/")).toList();
    }
}
