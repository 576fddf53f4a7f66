package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild over a published version writes its pages with the pack sizes published there; where a pack's size
 * changed, every page still ends up offering the right size, byte for byte as a first build without cache, and no
 * published file is ever written through a link.
 */
class PackSizeRebuildTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Zu den [Projekten](/projekte/_index.md).
            -- content/_index.ar.md --
            ---
            title: البداية
            ---
            أهلا وسهلا.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Unsere Projekte.
            """;

    @Test
    void anEditThatGrowsThePackShowsItsNewSizeOnEveryPageAsABuildWithoutCacheDoes() throws IOException {
        TestSite site = TestSite.write(dir.resolve("site"), SITE);
        build(site, site.output());
        String before = packSize(site.output(), "de/projekte/index.html");
        Path published = site.output().resolve("de/projekte/index.html");
        byte[] publishedBytes = Files.readAllBytes(published);
        // A name of our own for the published page, which the new version first links to (its bytes are the same
        // until the size is put right): written through the link, ours would show the new size.
        Path ours = dir.resolve("ours.html");
        Files.createLink(ours, published);

        site.file("content/daten/messwerte.csv", randomText(1_500_000));
        site.file("content/lang.de.md", "---\ntitle: Lang\n---\n[Messwerte](/daten/messwerte.csv)\n");
        build(site, site.output());

        assertThat(Files.readAllBytes(ours)).isEqualTo(publishedBytes);
        String after = packSize(site.output(), "de/projekte/index.html");
        assertThat(after).as("the unchanged page offers the grown pack").isNotEqualTo(before);
        assertThat(packSize(site.output(), "de/lang/index.html")).isEqualTo(after);
        build(site, dir.resolve("plain"), "--no-cache");
        assertThat(packSize(dir.resolve("plain"), "de/projekte/index.html")).isEqualTo(after);
        assertThat(TestSite.hashes(site.output())).isEqualTo(TestSite.hashes(dir.resolve("plain")));
    }

    @Test
    void aWrongGuessIsPutRightAndTheUnchangedPageStaysItsPublishedCopy() throws IOException {
        TestSite site = TestSite.write(dir.resolve("site"), SITE);
        build(site, site.output());
        Path published = site.output().resolve("de/projekte/index.html");
        Object publishedFile = Files.getAttribute(published, "unix:ino");
        java.nio.file.attribute.FileTime publishedTime = Files.getLastModifiedTime(published);
        // The published pack now weighs 2 MB: the next build guesses that for the German pages, wrongly.
        Files.write(site.output().resolve("de/offline.zip"), new byte[2_000_000]);

        build(site, site.output());

        // Same file, same time: rsync sends nothing for it.
        assertThat(Files.getAttribute(published, "unix:ino")).isEqualTo(publishedFile);
        assertThat(Files.getLastModifiedTime(published)).isEqualTo(publishedTime);
        build(site, dir.resolve("plain"), "--no-cache");
        assertThat(TestSite.hashes(site.output())).isEqualTo(TestSite.hashes(dir.resolve("plain")));
    }

    private static void build(TestSite site, Path output, String... more) {
        String[] args = Stream.concat(
                        Stream.of(
                                "build",
                                "--source",
                                site.root().toString(),
                                "--output",
                                output.toString(),
                                "--no-pdf",
                                "--build-date",
                                "2026-06-01"),
                        Stream.of(more))
                .toArray(String[]::new);
        TestSite.Run run = TestSite.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String packSize(Path output, String page) {
        try {
            return Jsoup.parse(output.resolve(page).toFile())
                    .selectFirst(".site-footer a[href$=offline.zip] bdi")
                    .text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random letters and digits, which deflate hardly at all: the pack grows by most of their length. */
    private static String randomText(int length) {
        Random random = new Random(21);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(Character.forDigit(random.nextInt(36), 36));
            if (text.length() % 80 == 79) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
