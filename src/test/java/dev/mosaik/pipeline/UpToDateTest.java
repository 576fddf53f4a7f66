package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with nothing to do: when the input is byte for byte that of the build before and the output folder still
 * holds what that build wrote, {@code mosaik build} says so, reports the same problems and touches nothing; any
 * change to the input, the options, the build date or the output folder makes it build.
 */
class UpToDateTest {

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Zum [Kontakt](kontakt.md).
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            Schreiben Sie uns.

            <script>alert(1)</script>
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Unsere Projekte.
            -- assets/logo.txt --
            logo
            """;

    private static final String DAY = "--build-date=2026-12-07";

    @Test
    void aSecondBuildWithNothingChangedWritesNothingAndReportsTheSameProblems(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        TestSite.Run first = site.build(DAY);
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("content/kontakt.de.md:6: ");
        Map<String, FileTime> written = times(site.output());

        TestSite.Run second = site.build(DAY);

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).startsWith("Up to date: ").doesNotContain("Built ");
        assertThat(second.errLines()).isEqualTo(first.errLines());
        assertThat(times(site.output())).as("no file written again").isEqualTo(written);
    }

    @Test
    void theRepeatedProblemsReadInTheEditorsLanguage(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        TestSite.Run first = site.build(DAY, "--ui-lang", "de");
        TestSite.Run second = site.build(DAY, "--ui-lang", "de");
        assertThat(second.out()).startsWith("Unverändert seit dem letzten Bau: ");
        assertThat(second.errLines()).isEqualTo(first.errLines()).anyMatch(l -> l.contains("Warnung"));
    }

    @Test
    void anEditedSourceIsBuilt(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\n---\nRufen Sie an.\n");

        TestSite.Run second = site.build(DAY);

        assertThat(second.out()).startsWith("Built ");
        assertThat(site.text("de/kontakt/index.html")).contains("Rufen Sie an.");
        assertThat(second.err()).doesNotContain("kontakt.de.md:6");
    }

    @Test
    void aChangedAssetIsPublished(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        site.file("assets/logo.txt", "logo, neu\n");
        assertThat(site.build(DAY).out()).startsWith("Built ");
        assertThat(site.text("logo.txt")).isEqualTo("logo, neu\n");
    }

    @Test
    void anotherBuildDateIsBuilt(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        assertThat(site.build("--build-date=2026-12-08").out()).startsWith("Built ");
    }

    @Test
    void otherOptionsAreBuilt(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        assertThat(site.build(DAY, "--base-url=https://staging.example.org/").out())
                .startsWith("Built ");
        assertThat(site.build(DAY, "--base-url=https://staging.example.org/").out())
                .startsWith("Up to date: ");
        assertThat(site.build(DAY, "--no-pdf").out()).startsWith("Built ");
        assertThat(site.build(DAY, "--output", root.resolve("elsewhere").toString())
                        .out())
                .startsWith("Built ");
    }

    @Test
    void anOutputFileChangedSinceIsWrittenAgain(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        String page = site.text("de/kontakt/index.html");
        Path file = site.output().resolve("de/kontakt/index.html");
        // Same length, other bytes, and the old time put back: what a careless sync or an editor could leave.
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, page.replace("Kontakt", "KONTAKT"));
        Files.setLastModifiedTime(file, time);

        TestSite.Run second = site.build(DAY);

        assertThat(second.out())
                .as("the file was replaced by a new one, which the record tells by its identity")
                .startsWith("Built ");
        assertThat(site.text("de/kontakt/index.html")).isEqualTo(page);
    }

    @Test
    void aDeletedOrAddedOutputFileMakesItBuild(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        Files.delete(site.output().resolve("logo.txt"));
        assertThat(site.build(DAY).out()).startsWith("Built ");
        assertThat(site.output().resolve("logo.txt")).exists();

        Files.writeString(site.output().resolve("stray.html"), "put there by hand");
        assertThat(site.build(DAY).out()).startsWith("Built ");
    }

    @Test
    void rebuildRunsEveryStage(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        String before = site.built(DAY).text("de/kontakt/index.html");
        TestSite.Run again = site.build(DAY, "--rebuild");
        assertThat(again.out()).startsWith("Built ");
        assertThat(site.text("de/kontakt/index.html")).isEqualTo(before);
    }

    @Test
    void aBuildWithoutCacheAlwaysBuilds(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY, "--no-cache");
        assertThat(site.build(DAY, "--no-cache").out()).startsWith("Built ");
    }

    @Test
    void aBuildWithErrorsIsNeverUpToDate(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        site.file("content/kaputt.de.md", "---\ntitle: [\n---\n");
        assertThat(site.build(DAY).exitCode()).isEqualTo(1);
        assertThat(site.build(DAY).exitCode()).isEqualTo(1);
    }

    @Test
    void anotherVersionOfMosaikBuilds(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        BuildOptions options = BuildOptions.of(root, site.output()).withToday(java.time.LocalDate.of(2026, 12, 7));
        assertThat(new SiteBuilder(BuildCache.IN_SITE).build(options).upToDate())
                .isTrue();
        assertThat(new SiteBuilder(BuildCache.playingCode("another build of mosaik"))
                        .build(options)
                        .upToDate())
                .isFalse();
    }

    @Test
    void onlyTheLastBuildsRecordIsKept(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        site.build(DAY);
        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\n---\nRufen Sie an.\n");
        site.build(DAY);
        site.build(DAY, "--rebuild");
        try (Stream<Path> walk = Files.walk(root.resolve(".mosaik-cache/builds"))) {
            assertThat(walk.filter(f -> f.toString().endsWith(".entry"))).hasSize(1);
        }
        assertThat(site.build(DAY).out()).startsWith("Up to date: ");
    }

    /** Every file below {@code folder} with its modification time. */
    private static Map<String, FileTime> times(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        // Sanity: a folder a build wrote has pages, so an empty map cannot pass for "unchanged".
        assertThat(times).containsKey("de/index.html");
        return times;
    }
}
