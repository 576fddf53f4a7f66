package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.output.cache.CacheEntries;
import dev.mosaik.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache, end to end: {@code mosaik build} keeps bodies, search terms and PDFs in {@code .mosaik-cache/},
 * a warm build writes the same bytes as a cold one and one without cache, and whatever a result depends on
 * invalidates it. Tests tell a cached body from a fresh one by rewriting the stored bodies' HTML.
 */
class BuildCacheTest {

    private static final String MARK = "<p>from the cache</p>";

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Zu den [Projekten](/projekte/_index.md) und zum [Kontakt](kontakt.md).

            <script>alert(1)</script>
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            tags: [Familie]
            ---
            Unsere Projekte im Stadtteil.
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            Schreiben Sie uns.
            -- i18n/de.yaml --
            nav:
              home: Start
            -- theme/README.txt --
            (the site's own theme files)
            """;

    @Test
    void aWarmBuildAndOneWithoutCacheWriteTheSameBytesAsAColdOne(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build("--build-date=2026-12-07").exitCode()).isZero();
        Map<String, String> cold = TestSite.hashes(site.output());
        assertThat(CacheEntries.of(root, "bodies")).isNotEmpty();
        assertThat(CacheEntries.of(root, "terms")).isNotEmpty();
        assertThat(CacheEntries.of(root, "offline-pages")).isNotEmpty();
        assertThat(CacheEntries.of(root, "offline-files")).isNotEmpty();
        assertThat(cold).containsKeys("de/offline.zip", "ar/offline.zip", "sw.js");

        assertThat(site.build("--build-date=2026-12-07").exitCode()).isZero();
        assertThat(TestSite.hashes(site.output())).isEqualTo(cold);
        assertThat(site.build(
                                "--build-date=2026-12-07",
                                "--no-cache",
                                "--output",
                                root.resolve("plain").toString())
                        .exitCode())
                .isZero();
        assertThat(TestSite.hashes(root.resolve("plain"))).isEqualTo(cold);
    }

    @Test
    void aWarmBuildTakesTheBodiesFromTheCache(@TempDir Path root) {
        TestSite site = coldWithMarkedBodies(root);
        assertThat(site.build("--rebuild").exitCode()).isZero();
        assertThat(site.text("de/index.html")).contains(MARK);
    }

    @Test
    void warningsOfAWarmBuildAreThoseOfAColdBuild(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        TestSite.Run cold = site.build();
        assertThat(cold.err()).contains("content/_index.de.md:6: ").contains("HTML that could run scripts");
        CacheEntries.rewriteBodies(root, html -> MARK);
        TestSite.Run warm = site.build("--rebuild");
        assertThat(site.text("de/index.html"))
                .as("the body came from the cache")
                .contains(MARK);
        assertThat(warm.errLines()).isEqualTo(cold.errLines());
    }

    @Test
    void aWarmBuildTakesThePacksEntriesFromTheCache(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build("--build-date=2026-12-07").exitCode()).isZero();
        Map<String, String> cold = TestSite.hashes(site.output());
        List<Path> entries = new ArrayList<>(CacheEntries.of(root, "offline-pages"));
        entries.addAll(CacheEntries.of(root, "offline-files"));
        for (Path entry : entries) {
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(0));
        }
        assertThat(site.build("--build-date=2026-12-07").exitCode()).isZero();
        assertThat(TestSite.hashes(site.output())).isEqualTo(cold);
        // Read, so neither written again nor pruned although older than the build.
        assertThat(entries).allMatch(Files::exists).noneMatch(BuildCacheTest::touchedSince0);
    }

    @Test
    void aChangedPageChangesItsEntryInTheWarmPackAsInABuildWithoutCache(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build("--build-date=2026-12-07").exitCode()).isZero();
        byte[] coldPack = Files.readAllBytes(site.output().resolve("de/offline.zip"));
        site.file(
                "content/kontakt.de.md",
                "---\ntitle: Kontakt\n---\nSchreiben Sie uns bald, zu den [Projekten](/projekte/_index.md).\n");

        assertThat(site.build("--build-date=2026-12-07").exitCode()).isZero();
        Map<String, String> warm = TestSite.hashes(site.output());
        byte[] warmPack = Files.readAllBytes(site.output().resolve("de/offline.zip"));
        assertThat(warmPack).isNotEqualTo(coldPack);
        Document contact = Jsoup.parse(zipEntry(warmPack, "de/kontakt/index.html"));
        assertThat(contact.text()).contains("Schreiben Sie uns bald");
        assertThat(contact.select("main a:contains(Projekten)").attr("href")).isEqualTo("../projekte/index.html");
        assertThat(site.build(
                                "--build-date=2026-12-07",
                                "--no-cache",
                                "--output",
                                root.resolve("plain").toString())
                        .exitCode())
                .isZero();
        assertThat(warm).isEqualTo(TestSite.hashes(root.resolve("plain")));
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    @Test
    void aChangedThemeInvalidatesTheCache(@TempDir Path root) {
        TestSite site = coldWithMarkedBodies(root);
        site.file("theme/README.txt", "changed");
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.text("de/index.html")).doesNotContain(MARK);
    }

    @Test
    void aChangedConfigurationInvalidatesTheCache(@TempDir Path root) throws IOException {
        TestSite site = coldWithMarkedBodies(root);
        Path yaml = root.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("title: Test site", "title: Test site!"));
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.text("de/index.html")).doesNotContain(MARK);
    }

    @Test
    void aChangedUiStringInvalidatesTheCache(@TempDir Path root) {
        TestSite site = coldWithMarkedBodies(root);
        site.file("i18n/de.yaml", "nav:\n  home: Startseite\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.text("de/index.html")).doesNotContain(MARK);
    }

    @Test
    void anotherVersionOfMosaikDoesNotUseTheCache(@TempDir Path root) {
        TestSite site = coldWithMarkedBodies(root);
        BuildOptions options = BuildOptions.of(root, root.resolve("public")).withToday(LocalDate.of(2026, 12, 7));
        assertThat(new SiteBuilder(BuildCache.IN_SITE.rebuilding())
                        .build(options)
                        .published())
                .isTrue();
        assertThat(site.text("de/index.html")).as("the same code uses it").contains(MARK);

        assertThat(new SiteBuilder(BuildCache.playingCode("another build of mosaik"))
                        .build(options)
                        .published())
                .isTrue();
        assertThat(site.text("de/index.html")).doesNotContain(MARK);
    }

    @Test
    void aBodyIsRenderedAgainWhenAPageItLinksToMovesButNotWhenAnotherPageDoes(@TempDir Path root) {
        TestSite site = coldWithMarkedBodies(root);
        site.file("content/neu.de.md", "---\ntitle: Neu\n---\nNeu hier.\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.text("de/index.html")).as("a page it does not name").contains(MARK);

        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\nslug: schreiben\n---\nSchreiben Sie uns.\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.text("de/index.html")).contains("zum <a href=\"/de/schreiben/\">Kontakt</a>");
        assertThat(site.text("de/index.html")).doesNotContain(MARK);
        assertThat(site.text("de/projekte/index.html"))
                .as("its body links nowhere")
                .contains(MARK);
    }

    @Test
    void aDamagedEntryIsAMissWithoutAnyMessage(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        TestSite.Run cold = site.build("--build-date=2026-12-07");
        Map<String, String> hashes = TestSite.hashes(site.output());
        assertThat(CacheEntries.damageAll(root)).isGreaterThan(3);
        TestSite.Run warm = site.build("--build-date=2026-12-07");
        assertThat(warm.exitCode()).isZero();
        assertThat(warm.errLines()).isEqualTo(cold.errLines());
        assertThat(TestSite.hashes(site.output())).isEqualTo(hashes);
    }

    @Test
    void noCacheLeavesNoCacheFolderBehind(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build("--no-cache").exitCode()).isZero();
        assertThat(root.resolve(".mosaik-cache")).doesNotExist();
    }

    @Test
    void aBuildRefusedForItsOutputFolderLeavesNoCacheFolderBehind(@TempDir Path root) {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build("--output", root.toString()).exitCode()).isEqualTo(1);
        assertThat(root.resolve(".mosaik-cache")).doesNotExist();
    }

    @Test
    void aFolderThatIsNoSiteGetsNoCacheFolder(@TempDir Path root) throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        assertThat(TestSite.run(
                                "build",
                                "--source",
                                empty.toString(),
                                "--output",
                                root.resolve("out").toString())
                        .exitCode())
                .isNotZero();
        assertThat(empty.resolve(".mosaik-cache")).doesNotExist();
    }

    @Test
    void aBuildPrunesTheEntriesItNoLongerUses(@TempDir Path root) throws IOException {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build().exitCode()).isZero();
        int before = CacheEntries.of(root, "bodies").size();
        for (Path entry : CacheEntries.of(root, "bodies")) {
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(0));
        }
        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\n---\nSchreiben Sie uns bald.\n");
        assertThat(site.build().exitCode()).isZero();
        // The contact page shows in three trees: three bodies replaced, none added.
        assertThat(CacheEntries.of(root, "bodies")).hasSize(before);
        assertThat(CacheEntries.of(root, "bodies").stream().filter(BuildCacheTest::touchedSince0))
                .hasSize(3);
    }

    private static boolean touchedSince0(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site built once with the cache, its stored bodies then rewritten to show {@link #MARK}. */
    private static TestSite coldWithMarkedBodies(Path root) {
        TestSite site = TestSite.write(root, SITE);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.text("de/index.html")).doesNotContain(MARK);
        CacheEntries.rewriteBodies(root, html -> MARK);
        return site;
    }
}
