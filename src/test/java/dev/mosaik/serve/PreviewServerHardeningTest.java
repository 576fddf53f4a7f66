package dev.mosaik.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.pipeline.BuildOptions;
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
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

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
            spec.append(
                    "-- content/projekte/seite-%02d.de.md --\n---\ntitle: Seite %d\ntags: [Sprache]\n---\nText %d.\n"
                            .formatted(i, i, i));
        }
        site = TestSite.write(dir.resolve("site"), spec.toString());
        server = new PreviewServer(
                BuildOptions.of(site.root(), site.output()).withToday(LocalDate.of(2026, 6, 1)),
                "127.0.0.1",
                0,
                new PrintWriter(log, true),
                new PrintWriter(log, true));
        server.start();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request written byte for byte, so that no client library tidies the path first. */
    private RawResponse raw(String target) throws Exception {
        return rawRequest("GET " + target + " HTTP/1.1\r\nHost: " + hostAndPort() + "\r\nConnection: close\r\n\r\n");
    }

    private String hostAndPort() {
        URI base = URI.create(server.baseUrl().toString());
        return base.getHost() + ":" + base.getPort();
    }

    /** Sends {@code request} as it is and reads the answer to its end. */
    private RawResponse rawRequest(String request) throws Exception {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(response.substring(9, 12));
            return new RawResponse(status, response);
        }
    }

    private Socket socket() throws Exception {
        URI base = URI.create(server.baseUrl().toString());
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private record RawResponse(int status, String text) {

        /** The header lines, names in lower case. */
        List<String> headers() {
            return text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")))
                    .lines()
                    .skip(1)
                    .map(line -> line.substring(0, line.indexOf(':')).toLowerCase(java.util.Locale.ROOT)
                            + line.substring(line.indexOf(':')))
                    .toList();
        }
    }

    @Test
    void listensOnThisComputerUnlessToldOtherwiseAndWarnsWhenItIs() throws Exception {
        assertThat(TestSite.run("serve", "--help").out()).contains("Default: 127.0.0.1");
        assertThat(log.toString()).doesNotContain("warning: the preview listens");

        StringWriter wide = new StringWriter();
        TestSite small = TestSite.write(
                dir.resolve("klein"),
                TestSite.SITE_YAML.replace("page: /projekte/_index.md", "url: /")
                        + "-- content/_index.de.md --\n---\ntitle: Start\n---\n");
        try (PreviewServer everywhere = new PreviewServer(
                BuildOptions.of(small.root(), small.output()),
                "0.0.0.0",
                0,
                new PrintWriter(wide, true),
                new PrintWriter(wide, true))) {
            everywhere.serve();
            assertThat(wide.toString())
                    .contains("warning: the preview listens on 0.0.0.0, so other computers can open it and read the"
                            + " site with its drafts; without --host it listens on 127.0.0.1, this computer only");
        }
        assertThat(PreviewServer.isLoopback("localhost")).isTrue();
        assertThat(PreviewServer.isLoopback("::1")).isTrue();
    }

    @Test
    void refusesPathTraversalHoweverItIsEncoded() throws Exception {
        Files.writeString(dir.resolve("geheim.txt"), "GEHEIMNIS");
        List<String> attacks = List.of(
                "/../../../../../../etc/passwd",
                "/de/../../../../../../etc/passwd",
                "/de/./../../../../../etc/passwd",
                "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                "/%252e%252e/%252e%252e/%252e%252e/%252e%252e/etc/passwd",
                "/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
                "/..%252f..%252f..%252f..%252fetc%252fpasswd",
                "/..%5c..%5c..%5c..%5c..%5cetc%5cpasswd",
                "/..\\..\\..\\..\\..\\etc\\passwd",
                "/de\\..\\..\\..\\..\\..\\etc\\passwd",
                "/de/index.html%00.txt",
                "/%00/../../../../etc/passwd",
                "/de/%00",
                "/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "/%c0%af%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
                "/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd",
                "/..;/..;/..;/..;/etc/passwd",
                "//etc/passwd",
                "/../geheim.txt",
                "/../../geheim.txt",
                "/%2e%2e/%2e%2e/geheim.txt",
                "/%252e%252e/%252e%252e/geheim.txt");
        for (String attack : attacks) {
            RawResponse response = raw(attack);
            assertThat(response.status()).as(attack).isIn(400, 404);
            assertThat(response.text())
                    .as(attack)
                    .doesNotContain("root:")
                    .doesNotContain("GEHEIMNIS")
                    .doesNotContain("baseUrl");
        }
        assertThat(raw("/de/").status())
                .as("the same socket client reaches real pages")
                .isEqualTo(200);
    }

    @Test
    void listsNoFolders() throws Exception {
        for (String folder : List.of("/mosaik/", "/mosaik/fonts/", "/infoblaetter/")) {
            RawResponse response = raw(folder);
            assertThat(response.status()).as(folder).isIn(400, 404);
            // The 404 page links the icon and the chooser's script itself; a listing would name the files no page
            // links.
            assertThat(response.text())
                    .as(folder)
                    .doesNotContain("OFL.txt")
                    .doesNotContain("courses.js")
                    .doesNotContain("NotoSans")
                    .doesNotContain("Index of");
        }
        assertThat(get("/mosaik/site.css").statusCode()).isEqualTo(200);
    }

    @Test
    void sendsContentTypesWithCharsetAndSecurityHeaders() throws Exception {
        record Expected(String path, int status, String type) {}
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
        String pagePolicy = Jsoup.parse(get("/de/").body())
                .selectFirst("meta[http-equiv=Content-Security-Policy]")
                .attr("content");
        for (Expected e : expected) {
            HttpResponse<String> response = get(e.path());
            assertThat(response.statusCode()).as(e.path()).isEqualTo(e.status());
            assertThat(response.headers().firstValue("content-type"))
                    .as(e.path())
                    .hasValue(e.type());
            assertThat(response.headers().firstValue("x-content-type-options"))
                    .as(e.path())
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("referrer-policy"))
                    .as(e.path())
                    .hasValue("no-referrer");
            assertThat(response.headers().firstValue("x-frame-options"))
                    .as(e.path())
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("content-security-policy"))
                    .as(e.path())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
        assertThat(get("/de/").headers().firstValue("content-security-policy"))
                .as("the header says what the page's meta says, and more")
                .hasValue(pagePolicy + "; frame-ancestors 'none'");
        assertThat(pagePolicy).isEqualTo(SecurityHeaders.SITE_POLICY);
    }

    /**
     * How long the load test runs: 10 seconds in the normal suite, the full minute with
     * {@code mvn -B test -Dtest=PreviewServerHardeningTest -Dmosaik.preview.loadSeconds=60}.
     */
    private static final long LOAD_SECONDS = Long.getLong("mosaik.preview.loadSeconds", 10);

    /**
     * 200 clients for {@link #LOAD_SECONDS} while content files change every quarter second and the site is rebuilt
     * again and again: 180 ask for pages, styles and missing pages and get every answer whole and right; 20 open an
     * event stream, read its first event and close it, again and again, and are always served.
     */
    @Test
    void twoHundredClientsGetWholeAnswersAndEventStreamsWhileTheSiteIsRebuilt() throws Exception {
        record Expected(String path, int status, String mustContain) {}
        List<Expected> targets = new ArrayList<>(List.of(
                new Expected("/de/", 200, "</html>"), new Expected("/de/projekte/", 200, "</html>"),
                new Expected("/mosaik/site.css", 200, "}"), new Expected("/de/gibt-es-nicht/", 404, "</html>"),
                new Expected("/de/schlagwoerter/sprache/", 200, "</html>"),
                        new Expected("/sitemap.xml", 200, "</urlset>")));
        for (int i = 0; i < 5; i++) {
            targets.add(new Expected("/de/projekte/seite-%02d/".formatted(i), 200, "</html>"));
        }
        int before = server.buildCount();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger answers = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger streams = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        openEvents(hostAndPort()).close();
                        streams.incrementAndGet();
                    } catch (Exception e) {
                        errors.add("event stream: " + e);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (int c = 0; c < 180; c++) {
            int offset = c;
            Thread client = new Thread(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    Expected target = targets.get(n % targets.size());
                    try {
                        HttpResponse<String> response = get(target.path());
                        if (response.statusCode() != target.status()
                                || !response.body().contains(target.mustContain())) {
                            errors.add(target.path() + ": " + response.statusCode() + " "
                                    + response.body().length() + " characters");
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
                site.file(
                        "content/projekte/seite-%02d.de.md".formatted(edit % 5),
                        "---\ntitle: Seite\ntags: [Sprache]\n---\nFassung " + edit + ".\n");
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        editor.start();
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(LOAD_SECONDS + 60));
        }
        running.set(false);
        editor.join();

        assertThat(errors).as("%d answers; log: %s", answers.get(), log).isEmpty();
        assertThat(answers.get()).as("every client got answers").isGreaterThanOrEqualTo(180);
        assertThat(streams.get()).as("event streams opened and closed").isGreaterThanOrEqualTo(20);
        await(() -> server.liveReloadClients() == 0);
        assertThat(server.liveReloadClients()).as("event streams left open").isZero();
        // Edits come every quarter second; on a loaded machine a rebuild of this site can take seconds.
        assertThat(server.buildCount() - before).as("rebuilds during the test").isGreaterThanOrEqualTo(1);
    }

    /** Opens an event stream as a browser tab does and waits for its first event. */
    private Socket openEvents(String host) throws Exception {
        Socket socket = socket();
        socket.getOutputStream()
                .write(("GET /__mosaik/events HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        readUntil(socket, ": connected");
        return socket;
    }

    /** Reads until {@code text} has come (or the stream ends, or 10 seconds pass: an exception). */
    private static String readUntil(Socket socket, String text) throws Exception {
        InputStream in = socket.getInputStream();
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!seen.toString().contains(text)) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        return seen.toString();
    }

    private static long openFileDescriptors() throws Exception {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    /**
     * Waits until {@code done} holds, at most 5 seconds: well before the heartbeat ({@link LiveReload#HEARTBEAT_SECONDS})
     * would find closed streams, so that only their watched connections can end them in time. The assertions after it
     * say what did not happen.
     */
    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    /**
     * Any web page in the editor's browser can open event streams. Each one closed by its client ends at once on the
     * server, so 10,000 connect-and-close cycles leave the preview with the file descriptors it had (they once
     * leaked one each, until "Too many open files").
     */
    @Test
    void eventStreamsClosedByTheirClientsAreDroppedSoTenThousandCyclesLeakNoFileDescriptors() throws Exception {
        openEvents(hostAndPort()).close();
        await(() -> server.liveReloadClients() == 0);
        long before = openFileDescriptors();
        int most = 0;
        for (int i = 0; i < 10_000; i++) {
            openEvents(hostAndPort()).close();
            most = Math.max(most, server.liveReloadClients());
        }
        await(() -> server.liveReloadClients() == 0);
        assertThat(server.liveReloadClients())
                .as("open event streams after the clients closed them")
                .isZero();
        assertThat(most).as("streams open at once").isLessThanOrEqualTo(LiveReload.MAX_CLIENTS);
        long after = openFileDescriptors();
        assertThat(after)
                .as("file descriptors of the process: %d before the cycles", before)
                .isLessThan(before + 20);
        assertThat(get("/de/").statusCode()).isEqualTo(200);
    }

    /** At most 64 streams stay open: each new one beyond ends the oldest, whose browser would reconnect. */
    @Test
    void keepsAtMostSixtyFourEventStreamsEndingTheOldest() throws Exception {
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < LiveReload.MAX_CLIENTS + 10; i++) {
                streams.add(openEvents(hostAndPort()));
            }
            assertThat(server.liveReloadClients()).isEqualTo(LiveReload.MAX_CLIENTS);
            // The first stream was ended, and its connection closed (a stream's connection serves nothing else).
            streams.get(0).getInputStream().readAllBytes();
            assertThat(streams.get(0).getInputStream().read())
                    .as("the oldest stream, at its end")
                    .isEqualTo(-1);
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
        await(() -> server.liveReloadClients() == 0);
        assertThat(server.liveReloadClients()).isZero();
    }

    /**
     * DNS rebinding: a web page whose domain is made to resolve to 127.0.0.1 reaches the preview with its own name in
     * {@code Host}, and could then read it as a page of its own site. Only this computer's names, with the port, are
     * answered.
     */
    @Test
    void answersOnlyRequestsAddressedToThisComputerAgainstDnsRebinding() throws Exception {
        int port = URI.create(server.baseUrl().toString()).getPort();
        for (String host :
                List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port, "127.0.0.1")) {
            assertThat(rawRequest("GET /de/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .status())
                    .as(host)
                    .isEqualTo(200);
        }
        for (String host : List.of(
                "angreifer.example:" + port,
                "angreifer.example",
                "127.0.0.1.angreifer.example:" + port,
                "localhost.angreifer.example:" + port,
                "localhost:" + (port + 1),
                "10.0.0.1:" + port,
                "[::2]:" + port,
                "localhost:" + port + "@x")) {
            for (String path : List.of("/de/", "/__mosaik/events", "/__mosaik/status", "/sitemap.xml")) {
                RawResponse response =
                        rawRequest("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                assertThat(response.status()).as(host + " " + path).isIn(421, 400);
                assertThat(response.text())
                        .as(host + " " + path)
                        .doesNotContain("Willkommen")
                        .doesNotContain(": connected")
                        .doesNotContain("<loc>");
                assertThat(response.headers()).as(host + " " + path).contains("x-content-type-options: nosniff");
            }
        }
        assertThat(rawRequest("GET /de/ HTTP/1.1\r\nHost: angreifer.example:" + port + "\r\nConnection: close\r\n\r\n")
                        .status())
                .isEqualTo(421);
        assertThat(rawRequest("GET /de/ HTTP/1.0\r\n\r\n").status())
                .as("no Host at all")
                .isIn(421, 400);
        assertThat(new HostGuard("127.0.0.1", null).accepts(null)).isFalse();
        HostGuard everywhere = new HostGuard("0.0.0.0", null);
        everywhere.port(8080);
        assertThat(everywhere.accepts("192.168.1.5:8080"))
                .as("listening everywhere: other computers use its address")
                .isTrue();
        assertThat(everywhere.accepts("[fe80::1]:8080")).isTrue();
        assertThat(everywhere.accepts("rechner.angreifer.example:8080"))
                .as("but never a name")
                .isFalse();
        assertThat(everywhere.accepts("192.168.1.5:8081")).isFalse();
    }

    /**
     * Jetty's own answers — a malformed request, an oversized header, a bad URI — carry the same security headers as
     * the preview's pages and tell nobody which server (and version) this is.
     */
    @Test
    void jettysOwnErrorAnswersCarryTheSecurityHeadersAndNoServerVersion() throws Exception {
        String host = hostAndPort();
        List<String> requests = List.of(
                "GET /de/ HTTP/1.1\r\nHost: " + host + "\r\nKaputt ohne Doppelpunkt\r\n\r\n",
                "GET /de/ HTTP/1.1\r\nHost: " + host + "\r\nX-Gross: " + "x".repeat(20_000) + "\r\n\r\n",
                "GET /%zz HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                "GET /de/ HTTP/9.9\r\nHost: " + host + "\r\n\r\n",
                "GET /de/ HTTP/1.1\r\nHost: " + host + "\r\nHost: " + host + "\r\n\r\n",
                "GET /de/ HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: -1\r\n\r\n",
                "POST /de/ HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                "GET /de/gibt-es-nicht/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                "GET /de/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        for (String request : requests) {
            String line = request.lines().findFirst().orElseThrow();
            RawResponse response = rawRequest(request);
            assertThat(response.status()).as(line).isIn(200, 400, 404, 405, 414, 431, 505);
            assertThat(response.headers())
                    .as(line)
                    .contains(
                            "x-content-type-options: nosniff", "referrer-policy: no-referrer", "x-frame-options: DENY")
                    .anySatisfy(header -> assertThat(header).startsWith("content-security-policy: default-src 'self'"));
            assertThat(response.headers())
                    .as(line)
                    .noneMatch(header -> header.startsWith("server:") || header.startsWith("x-powered-by:"));
            assertThat(response.text().toLowerCase(java.util.Locale.ROOT))
                    .as(line)
                    .doesNotContain("jetty")
                    .doesNotContain("powered by");
        }
    }
}
