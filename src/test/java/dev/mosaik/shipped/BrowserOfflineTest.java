package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the shipped site offline, in Chromium (check-offline.mjs): once an Arabic page has loaded, the service
 * worker saves the Arabic tree; with the network switched off another Arabic page loads and the search finds a
 * word. The Arabic offline pack, unzipped and opened from file://, shows its pages and its search finds the word.
 */
class BrowserOfflineTest {

    /** "Wetzlar" in Arabic: on most pages of the Arabic tree. */
    private static final String WORD = "فيتسلار";

    @TempDir
    Path dir;

    @Test
    void arabicTreeWorksOfflineOnceVisitedAndItsPackWorksFromDisk() throws Exception {
        Path chromium = BrowserTools.chromium();
        Path node = BrowserTools.node();
        BrowserTools.nodeModule("playwright-core");
        Path output = ShippedSite.output();
        Path pack = dir.resolve("pack");
        unzip(output.resolve("ar/offline.zip"), pack);
        String search = ShippedSite.page("/ar/").selectFirst("a.search-link").attr("href");
        String packSearch = search.substring(1) + "index.html";
        assertThat(pack.resolve(packSearch)).exists();
        try (StaticServer server = new StaticServer(output)) {
            List<String> command = List.of(
                    node.toString(),
                    "check-offline.mjs",
                    "--base",
                    server.baseUrl(),
                    "--chromium",
                    chromium.toString(),
                    "--first",
                    "/ar/",
                    "--other",
                    "/ar/kontakt/",
                    "--search",
                    search,
                    "--pack",
                    pack.toString(),
                    "--pack-page",
                    "ar/kontakt/index.html",
                    "--pack-search",
                    packSearch,
                    "--word",
                    WORD);
            Path errors = dir.resolve("errors.txt");
            Process process = new ProcessBuilder(command)
                    .directory(BrowserTools.FOLDER.toFile())
                    .redirectError(errors.toFile())
                    .start();
            List<String> lines = new ArrayList<>();
            try (InputStream in = process.getInputStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
            }
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String report = String.join("\n", lines) + "\n" + Files.readString(errors);
            assertThat(lines).as(report).noneMatch(line -> line.startsWith("PROBLEM"));
            assertThat(field(lines, "SAVED", 1))
                    .as(report)
                    .startsWith("متاح دون اتصال")
                    .containsPattern("[٠-٩]");
            assertThat(field(lines, "OFFLINE_PAGE", 1)).as(report).isEqualTo("200");
            assertThat(field(lines, "OFFLINE_PAGE", 2)).as(report).contains("اتصل بنا");
            assertThat(field(lines, "OFFLINE_PAGE", 3))
                    .as("the stylesheet came from the cache too")
                    .contains("Mosaik Sans");
            assertThat(Integer.parseInt(field(lines, "OFFLINE_SEARCH", 1)))
                    .as(report)
                    .isPositive();
            assertThat(field(lines, "OFFLINE_SEARCH", 2)).startsWith(server.baseUrl() + "/ar/");
            assertThat(field(lines, "BLOCKED", 1))
                    .as("no script error where service workers are blocked: " + report)
                    .isEqualTo("0");
            assertThat(field(lines, "BLOCKED", 2))
                    .as("the offline line stays hidden")
                    .isEqualTo("false");
            assertThat(field(lines, "BLOCKED", 3)).contains("اتصل بنا");
            assertThat(field(lines, "PACK_PAGE", 1)).as(report).contains("اتصل بنا");
            assertThat(field(lines, "PACK_PAGE", 2))
                    .as("the pack's stylesheet and fonts, by relative paths")
                    .contains("Mosaik Sans");
            assertThat(Integer.parseInt(field(lines, "PACK_SEARCH", 1)))
                    .as(report)
                    .isPositive();
            assertThat(field(lines, "PACK_SEARCH", 2))
                    .as("a result opens a page of the pack")
                    .startsWith(pack.toUri().toString())
                    .endsWith("index.html");
            assertThat(field(lines, "PACK_SEARCH", 3)).isNotBlank();
        }
    }

    private static String field(List<String> lines, String kind, int index) {
        return lines.stream()
                .filter(line -> line.startsWith(kind + "\t"))
                .findFirst()
                .map(line -> line.split("\t")[index])
                .orElseThrow(() -> new AssertionError("no " + kind + " line in " + lines));
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(folder)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
    }
}
