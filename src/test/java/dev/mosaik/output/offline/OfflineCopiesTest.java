package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.render.SiteRenderer;
import dev.mosaik.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline copies of a published site, built through the CLI: manifests, packs and the service worker. */
class OfflineCopiesTest {

    @TempDir
    Path dir;

    private static final String CONTENT = """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Willkommen. ![Bild](/bilder/karte.png)
            -- content/_index.ar.md --
            ---
            title: البداية
            ---
            أهلا وسهلا. ![صورة](/bilder/karte.png) [المشاريع](/ar/projekte/)
            -- content/_index.en.md --
            ---
            title: Home
            ---
            Welcome.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Liste.
            -- content/projekte/_index.ar.md --
            ---
            title: المشاريع
            ---
            قائمة المشاريع في فيتسلار.
            -- content/projekte/garten.ar.md --
            ---
            title: حديقة الجيران
            ---
            حديقة مشتركة في الحي.
            -- content/projekte/garten.de.md --
            ---
            title: Nachbarschaftsgarten
            ---
            Ein Garten für alle.
            """;

    private TestSite site(String extraConfig) throws IOException {
        TestSite site = TestSite.write(dir.resolve("site"), TestSite.SITE_YAML + extraConfig + CONTENT);
        Files.createDirectories(site.root().resolve("assets/bilder"));
        Files.write(site.root().resolve("assets/bilder/karte.png"), png());
        return site;
    }

    private static TestSite.Run build(TestSite site, Path output) {
        TestSite.Run run = TestSite.run(
                "build",
                "--source",
                site.root().toString(),
                "--output",
                output.toString(),
                "--no-pdf",
                "--build-date",
                "2026-06-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void writesAManifestPerLanguageListingOnlyItsOwnFiles() throws IOException {
        TestSite site = site("");
        build(site, site.output());
        for (String lang : List.of("de", "en", "ar")) {
            String manifest = site.text(lang + "/offline.json");
            Map<String, Long> files = new LinkedHashMap<>();
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("\\{\"url\":\"([^\"]*)\",\"size\":(\\d+)}")
                    .matcher(manifest);
            while (file.find()) {
                files.put(file.group(1), Long.parseLong(file.group(2)));
            }
            assertThat(files.keySet())
                    .contains("/" + lang + "/", "/mosaik/site.css")
                    .allSatisfy(url -> assertThat(url).matches("/(" + lang + "/|mosaik/|bilder/).*"))
                    .doesNotContain("/" + lang + "/offline.zip", "/" + lang + "/offline.json");
            long sum = 0;
            for (Map.Entry<String, Long> entry : files.entrySet()) {
                String url = entry.getKey().substring(1);
                Path path = site.output().resolve(url.isEmpty() || url.endsWith("/") ? url + "index.html" : url);
                assertThat(entry.getValue()).as(url).isEqualTo(Files.size(path));
                sum += entry.getValue();
            }
            assertThat(manifest).contains("\"bytes\":" + sum + ",");
        }
        assertThat(site.text("ar/offline.json")).contains("/bilder/karte.png");
    }

    @Test
    void footerOffersThePackWithItsSizeInThePageLanguage() throws IOException {
        TestSite site = site("");
        build(site, site.output());
        long size = Files.size(site.output().resolve("ar/offline.zip"));
        Element link = site.page("ar/projekte/index.html").selectFirst(".site-footer a[href=/ar/offline.zip]");
        assertThat(link).isNotNull();
        assertThat(link.text()).doesNotContain(SiteRenderer.OFFLINE_SIZE_MARKER);
        assertThat(link.selectFirst("bdi").text())
                .as("isolated in the right-to-left sentence")
                .isEqualTo(OfflineSite.size(size, arabic()));
        assertThat(link.text()).containsPattern("[٠-٩]").as("Arabic-Indic digits, as the language's locale asks");
        assertThat(site.page("de/index.html")
                        .selectFirst(".site-footer a[href=/de/offline.zip]")
                        .text())
                .contains("Offline-Paket");
        Element state = site.page("ar/index.html").selectFirst(".offline-state");
        assertThat(state.hasAttr("hidden")).as("shown only by the script").isTrue();
        assertThat(site.page("ar/index.html").select("script[src=/mosaik/offline.js]"))
                .hasSize(1);
    }

    private static dev.mosaik.config.Language arabic() {
        return new dev.mosaik.config.Language(
                "ar",
                "العربية",
                "ar-u-nu-arab",
                dev.mosaik.config.Direction.RTL,
                "ar",
                "موقع الاختبار",
                List.of(),
                List.of());
    }

    @Test
    void packIsDeterministic() throws IOException {
        TestSite site = site("");
        build(site, dir.resolve("one"));
        build(site, dir.resolve("two"));
        for (String lang : List.of("de", "ar")) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(lang + "/offline.zip"));
            assertThat(one).isEqualTo(Files.readAllBytes(dir.resolve("two").resolve(lang + "/offline.zip")));
            List<String> names = new ArrayList<>(entries(one).keySet());
            assertThat(names).isSorted();
        }
        assertThat(Files.readString(dir.resolve("one/sw.js"))).isEqualTo(Files.readString(dir.resolve("two/sw.js")));
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("one/ar/offline.zip"))))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal())
                        .as(entry.getName())
                        .isEqualTo(java.time.LocalDateTime.of(2026, 6, 1, 0, 0));
            }
        }
    }

    @Test
    void everyRelativeLinkInThePackResolvesInsideIt() throws IOException {
        TestSite site = site("");
        build(site, site.output());
        Map<String, byte[]> pack = entries(Files.readAllBytes(site.output().resolve("ar/offline.zip")));
        assertThat(pack)
                .containsKeys(
                        "index.html",
                        "ar/index.html",
                        "ar/projekte/garten/index.html",
                        "mosaik/site.css",
                        "bilder/karte.png")
                .doesNotContainKeys("de/index.html", "en/index.html", "ar/offline.zip");
        int checked = 0;
        for (Map.Entry<String, byte[]> entry : pack.entrySet()) {
            if (!entry.getKey().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(entry.getValue(), StandardCharsets.UTF_8), "");
            for (Element element : page.select("[href], [src], [data-index]")) {
                for (String attribute : List.of("href", "src", "data-index")) {
                    String link = element.attr(attribute);
                    if (link.isEmpty() || link.startsWith("#") || link.matches("^[a-z]+:.*")) {
                        assertThat(link)
                                .as(entry.getKey() + ": no root-relative link")
                                .doesNotStartWith("/");
                        continue;
                    }
                    assertThat(link).as(entry.getKey()).doesNotStartWith("/");
                    String resolved = URI.create("file:///pack/" + entry.getKey())
                            .resolve(link.replaceAll("[?#].*", "").replace(" ", "%20"))
                            .getRawPath()
                            .substring("/pack/".length());
                    resolved = URLDecoder.decode(resolved, StandardCharsets.UTF_8);
                    assertThat(pack).as(entry.getKey() + " → " + link).containsKey(resolved);
                    if (element.tagName().equals("a")) {
                        assertThat(link)
                                .as("links to pages name their index.html, which a browser opens from disk")
                                .matches(".*\\.[a-z0-9]+([?#].*)?");
                    }
                    checked++;
                }
            }
            if (!entry.getKey().equals("index.html") && page.selectFirst(".site-footer") != null) {
                assertThat(page.select(".offline-pack-note a[href^=https://example.org/]"))
                        .as(entry.getKey())
                        .hasSize(1);
                assertThat(page.select(".offline, script[src*=offline.js]")).isEmpty();
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(new String(pack.get("ar/projekte/index.html"), StandardCharsets.UTF_8))
                .contains("href=\"https://example.org/de/projekte/\"");
    }

    @Test
    void packCarriesTheSearchIndexAsScripts() throws IOException {
        TestSite site = site("");
        build(site, site.output());
        Map<String, byte[]> pack = entries(Files.readAllBytes(site.output().resolve("ar/offline.zip")));
        List<String> json = pack.keySet().stream()
                .filter(n -> n.startsWith("ar/") && n.matches(".*/search[^/]*\\.json"))
                .toList();
        assertThat(json).isNotEmpty();
        for (String file : json) {
            assertThat(pack).containsKey(file + ".js");
            assertThat(new String(pack.get(file + ".js"), StandardCharsets.UTF_8))
                    .startsWith("mosaikSearchFile(\"" + file.substring(file.lastIndexOf('/') + 1) + "\", ");
        }
        String searchPage = json.get(0).replaceFirst("[^/]*$", "index.html");
        Element form = Jsoup.parse(new String(pack.get(searchPage), StandardCharsets.UTF_8))
                .selectFirst("form.search-form");
        assertThat(form.attr("data-index")).isEqualTo("search.json");
        assertThat(form.attr("data-pack-root")).isEqualTo("../../");
    }

    @Test
    void sitemapListsNoOfflineFiles() throws IOException {
        TestSite site = site("");
        build(site, site.output());
        assertThat(site.text("sitemap.xml"))
                .doesNotContain("offline.zip")
                .doesNotContain("offline.json")
                .doesNotContain("sw.js");
        assertThat(site.output().resolve("sw.js")).exists();
        assertThat(site.text("sw.js")).containsPattern("var VERSION = \"[0-9a-f]{16}\"");
    }

    @Test
    void workerVersionChangesWithTheSite() throws IOException {
        TestSite site = site("");
        build(site, dir.resolve("one"));
        site.file("content/projekte/garten.ar.md", "---\ntitle: حديقة الجيران\n---\nنص جديد.\n");
        build(site, dir.resolve("two"));
        assertThat(Files.readString(dir.resolve("one/sw.js"))).isNotEqualTo(Files.readString(dir.resolve("two/sw.js")));
    }

    @Test
    void warnsWhenALanguageExceedsTheOfflineBudget() throws IOException {
        TestSite site = site("publish:\n  offlineBudgetKB: 1\n");
        TestSite.Run run = build(site, site.output());
        assertThat(run.err()).contains("the offline copy of 'ar' holds").contains("publish.offlineBudgetKB");
        assertThat(site.output().resolve("ar/offline.zip")).exists();
    }

    @Test
    void refusesABudgetThatIsNotPositive() throws IOException {
        TestSite site = site("publish:\n  offlineBudgetKB: 0\n");
        TestSite.Run run = TestSite.run(
                "build",
                "--source",
                site.root().toString(),
                "--output",
                site.output().toString(),
                "--no-pdf");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml:").contains("offlineBudgetKB must be a positive number");
    }

    @Test
    void previewNeverRegistersTheWorker() throws Exception {
        TestSite site = site("");
        java.io.StringWriter log = new java.io.StringWriter();
        try (dev.mosaik.serve.PreviewServer server = new dev.mosaik.serve.PreviewServer(
                dev.mosaik.pipeline.BuildOptions.of(site.root(), site.output()),
                "127.0.0.1",
                0,
                new java.io.PrintWriter(log, true),
                new java.io.PrintWriter(log, true))) {
            server.start();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
                try {
                    return http.send(
                            java.net.http.HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            java.net.http.HttpResponse<String> page = get.apply("ar/");
            assertThat(page.statusCode()).isEqualTo(200);
            Document html = Jsoup.parse(page.body());
            assertThat(html.select(".site-footer")).hasSize(1);
            assertThat(html.select("script[src*=offline], .offline, .offline-state, a[href*=offline.zip]"))
                    .isEmpty();
            assertThat(page.body()).doesNotContain("serviceWorker").doesNotContain(SiteRenderer.OFFLINE_SIZE_MARKER);
            assertThat(get.apply("sw.js").statusCode()).isEqualTo(404);
            assertThat(get.apply("ar/offline.json").statusCode()).isEqualTo(404);
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** A 1×1 PNG. */
    private static byte[] png() {
        return java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
