package dev.mosaik.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.build.BuildOptions;
import dev.mosaik.testing.TestSite;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview is a server on the editor's computer: it listens there only unless told otherwise, serves the built
 * site and nothing else however the path is spelt, lists no folders, labels what it sends, and keeps answering
 * many clients while it rebuilds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one server for all tests: each start builds the site
class PreviewServerHardeningTest {

    @TempDir
    static Path dir;

    private PreviewServer server;
    private TestSite site;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void start() throws Exception {
        StringBuilder spec = new StringBuilder(TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Willkommen.
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                Alle Projekte.
                """);
        for (int i = 0; i < 20; i++) {
            spec.append("-- content/projekte/seite-%02d.de.md --\n---\ntitle: Seite %d\ntags: [Sprache]\n---\nText %d.\n".formatted(i, i, i));
        }
        site = TestSite.write(dir.resolve("site"), spec.toString());
        server = new PreviewServer(BuildOptions.of(site.root(), site.output()).withToday(LocalDate.of(2026, 6, 1)), "127.0.0.1", 0,
                new PrintWriter(log, true), new PrintWriter(log, true));
        server.start();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request written byte for byte, so that no client library tidies the path first. */
    private RawResponse raw(String target) throws Exception {
        URI base = URI.create(server.baseUrl().toString());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(response.substring(9, 12));
            return new RawResponse(status, response);
        }
    }

    private record RawResponse(int status, String text) {
    }

    @Test
    void listensOnThisComputerUnlessToldOtherwiseAndWarnsWhenItIs() throws Exception {
        assertThat(TestSite.run("serve", "--help").out()).contains("Default: 127.0.0.1");
        assertThat(log.toString()).doesNotContain("warning: the preview listens");

        StringWriter wide = new StringWriter();
        TestSite small = TestSite.write(dir.resolve("klein"), TestSite.SITE_YAML.replace("page: /projekte/_index.md", "url: /")
                + "-- content/_index.de.md --\n---\ntitle: Start\n---\n");
        try (PreviewServer everywhere = new PreviewServer(BuildOptions.of(small.root(), small.output()), "0.0.0.0", 0,
                new PrintWriter(wide, true), new PrintWriter(wide, true))) {
            everywhere.serve();
            assertThat(wide.toString()).contains("warning: the preview listens on 0.0.0.0, so other computers can open it and read the"
                    + " site with its drafts; without --host it listens on 127.0.0.1, this computer only");
        }
        assertThat(PreviewServer.isLoopback("localhost")).isTrue();
        assertThat(PreviewServer.isLoopback("::1")).isTrue();
    }

    @Test
    void refusesPathTraversalHoweverItIsEncoded() throws Exception {
        Files.writeString(dir.resolve("geheim.txt"), "GEHEIMNIS");
        List<String> attacks = List.of(
                "/../../../../../../etc/passwd", "/de/../../../../../../etc/passwd", "/de/./../../../../../etc/passwd",
                "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                "/%252e%252e/%252e%252e/%252e%252e/%252e%252e/etc/passwd", "/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
                "/..%252f..%252f..%252f..%252fetc%252fpasswd", "/..%5c..%5c..%5c..%5c..%5cetc%5cpasswd", "/..\\..\\..\\..\\..\\etc\\passwd",
                "/de\\..\\..\\..\\..\\..\\etc\\passwd", "/de/index.html%00.txt", "/%00/../../../../etc/passwd", "/de/%00",
                "/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/%c0%af%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
                "/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd", "/..;/..;/..;/..;/etc/passwd", "//etc/passwd", "/../geheim.txt",
                "/../../geheim.txt", "/%2e%2e/%2e%2e/geheim.txt", "/%252e%252e/%252e%252e/geheim.txt");
        for (String attack : attacks) {
            RawResponse response = raw(attack);
            assertThat(response.status()).as(attack).isIn(400, 404);
            assertThat(response.text()).as(attack).doesNotContain("root:").doesNotContain("GEHEIMNIS").doesNotContain("baseUrl");
        }
        assertThat(raw("/de/").status()).as("the same socket client reaches real pages").isEqualTo(200);
    }

    @Test
    void listsNoFolders() throws Exception {
        for (String folder : List.of("/mosaik/", "/mosaik/fonts/", "/infoblaetter/")) {
            RawResponse response = raw(folder);
            assertThat(response.status()).as(folder).isIn(400, 404);
            // The 404 page links the icon and the chooser's script itself; a listing would name the files no page links.
            assertThat(response.text()).as(folder).doesNotContain("OFL.txt").doesNotContain("courses.js").doesNotContain("NotoSans")
                    .doesNotContain("Index of");
        }
        assertThat(get("/mosaik/site.css").statusCode()).isEqualTo(200);
    }

    @Test
    void sendsContentTypesWithCharsetAndSecurityHeaders() throws Exception {
        record Expected(String path, int status, String type) {
        }
        List<Expected> expected = List.of(
                new Expected("/de/", 200, "text/html; charset=utf-8"),
                new Expected("/mosaik/site.css", 200, "text/css; charset=utf-8"),
                new Expected("/mosaik/chooser.js", 200, "text/javascript; charset=utf-8"),
                new Expected("/mosaik/icon.svg", 200, "image/svg+xml; charset=utf-8"),
                new Expected("/sitemap.xml", 200, "application/xml; charset=utf-8"),
                new Expected("/robots.txt", 200, "text/plain; charset=utf-8"),
                new Expected("/de/feed.json", 200, "application/json; charset=utf-8"),
                new Expected("/de/atom.xml", 200, "application/xml; charset=utf-8"),
                new Expected("/mosaik/fonts/NotoSans-Latin-Regular.woff2", 200, "font/woff2"),
                new Expected("/de/gibt-es-nicht/", 404, "text/html; charset=utf-8"),
                new Expected("/__mosaik/live.js", 200, "text/javascript; charset=utf-8"),
                new Expected("/__mosaik/status", 200, "text/html; charset=utf-8"));
        String pagePolicy = Jsoup.parse(get("/de/").body()).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        for (Expected e : expected) {
            HttpResponse<String> response = get(e.path());
            assertThat(response.statusCode()).as(e.path()).isEqualTo(e.status());
            assertThat(response.headers().firstValue("content-type")).as(e.path()).hasValue(e.type());
            assertThat(response.headers().firstValue("x-content-type-options")).as(e.path()).hasValue("nosniff");
            assertThat(response.headers().firstValue("referrer-policy")).as(e.path()).hasValue("no-referrer");
            assertThat(response.headers().firstValue("x-frame-options")).as(e.path()).hasValue("DENY");
            assertThat(response.headers().firstValue("content-security-policy")).as(e.path())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
        assertThat(get("/de/").headers().firstValue("content-security-policy")).as("the header says what the page's meta says, and more")
                .hasValue(pagePolicy + "; frame-ancestors 'none'");
        assertThat(pagePolicy).isEqualTo(PreviewHandler.SITE_POLICY);
    }

    /**
     * About 200 clients ask for pages, styles and missing pages for 10 seconds while content files change every
     * quarter second and the site is rebuilt again and again: every answer is whole and right.
     */
    @Test
    void twoHundredClientsForTenSecondsGetWholeAnswersWhileTheSiteIsRebuilt() throws Exception {
        record Expected(String path, int status, String mustContain) {
        }
        List<Expected> targets = new ArrayList<>(List.of(
                new Expected("/de/", 200, "</html>"), new Expected("/de/projekte/", 200, "</html>"),
                new Expected("/mosaik/site.css", 200, "}"), new Expected("/de/gibt-es-nicht/", 404, "</html>"),
                new Expected("/de/schlagwoerter/sprache/", 200, "</html>"), new Expected("/sitemap.xml", 200, "</urlset>")));
        for (int i = 0; i < 5; i++) {
            targets.add(new Expected("/de/projekte/seite-%02d/".formatted(i), 200, "</html>"));
        }
        int before = server.buildCount();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger answers = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            int offset = c;
            Thread client = new Thread(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    Expected target = targets.get(n % targets.size());
                    try {
                        HttpResponse<String> response = get(target.path());
                        if (response.statusCode() != target.status() || !response.body().contains(target.mustContain())) {
                            errors.add(target.path() + ": " + response.statusCode() + " " + response.body().length() + " characters");
                        }
                        answers.incrementAndGet();
                    } catch (Exception e) {
                        errors.add(target.path() + ": " + e);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread editor = new Thread(() -> {
            for (int edit = 0; running.get(); edit++) {
                site.file("content/projekte/seite-%02d.de.md".formatted(edit % 5), "---\ntitle: Seite\ntags: [Sprache]\n---\nFassung " + edit + ".\n");
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        editor.start();
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(60));
        }
        running.set(false);
        editor.join();

        assertThat(errors).as("%d answers; log: %s", answers.get(), log).isEmpty();
        assertThat(answers.get()).as("every client got answers").isGreaterThanOrEqualTo(200);
        assertThat(server.buildCount() - before).as("rebuilds during the test").isGreaterThanOrEqualTo(3);
    }
}
