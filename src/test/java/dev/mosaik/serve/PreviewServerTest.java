package dev.mosaik.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path dir;

    private PreviewServer server;
    private TestSite site;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        site = TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Erste Fassung.
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                Liste.
                """);
        server = new PreviewServer(
                dev.mosaik.pipeline.BuildOptions.of(dir, dir.resolve("public")),
                "127.0.0.1",
                0,
                new PrintWriter(log, true),
                new PrintWriter(log, true));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Reads the event stream on a thread of its own and hands over each complete event. */
    private BlockingQueue<String> events() throws Exception {
        HttpResponse<java.io.InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "__mosaik/events"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                List<String> event = new ArrayList<>();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        events.add(String.join("\n", event));
                        event.clear();
                    } else {
                        event.add(line);
                    }
                }
            } catch (Exception closed) {
                // The test is over.
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(events.poll(5, TimeUnit.SECONDS)).contains(": connected");
        return events;
    }

    @Test
    void servesTheBuiltSiteWithTheReloadScriptInjected() throws Exception {
        HttpResponse<String> page = get("/de/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Erste Fassung")
                .contains("<script src=\"/__mosaik/live.js\" defer></script></body>");
        assertThat(get("/__mosaik/live.js").body()).contains("EventSource");
        assertThat(get("/de/nicht-da/").statusCode()).isEqualTo(404);
        assertThat(get("/de").statusCode())
                .as("folders without slash are redirected, and the client follows")
                .isIn(200, 302);
    }

    @Test
    void showsEditorsTheTranslationStatusOnlyInThePreview() throws Exception {
        HttpResponse<String> status = get("/__mosaik/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body())
                .contains("Translation status", "2 / 2 (100 %)", "0 / 2 (0 %)", "content/projekte/_index.de.md");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(status.body());
        assertThat(page.select("table.translation-matrix tbody tr").eachText())
                .as("the same matrix as mosaik translations")
                .anySatisfy(row -> assertThat(row).startsWith("content/projekte/_index.de.md original"));
    }

    @Test
    void printsASheetToPdfWhenTheBrowserAsksForIt() throws Exception {
        site.file("content/projekte/kurs.de.md", """
                ---
                title: Elternkurs
                type: kurs
                provider: VHS
                levels: [A1]
                courseType: elternkurs
                district: Dalheim
                start: 2026-01-01
                end: 2030-01-01
                fee: 0
                childcare: true
                stepFree: true
                phone: "+49 6441 0"
                ---
                """);
        server.rebuild();
        HttpResponse<byte[]> pdf = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "infoblaetter/projekte/kurs/de-en.pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentInformation().getTitle())
                    .as("printed from the sheet, as a build prints it, not from the file")
                    .contains("Elternkurs")
                    .doesNotContain(".pdf");
        }
    }

    @Test
    void anEditRewritesOnlyTheFilesItChanges() throws Exception {
        server.close();
        // Without the watcher, so that each rebuild below is exactly one and its changes are its own.
        server = new PreviewServer(
                dev.mosaik.pipeline.BuildOptions.of(dir, dir.resolve("public")),
                "127.0.0.1",
                0,
                new PrintWriter(log, true),
                new PrintWriter(log, true));
        server.serve();
        site.file("content/projekte/a.de.md", "---\ntitle: A\n---\nErster Text.\n");
        site.file("content/projekte/b.de.md", "---\ntitle: B\n---\nAnderer Text.\n");
        server.rebuild();
        site.file("content/projekte/a.de.md", "---\ntitle: A\n---\nZweiter Text.\n");
        server.rebuild();

        assertThat(indexesAsOne(server.lastResult().changed()))
                .as("the page in every language tree (the others show it untranslated) and the trees' "
                        + "search indexes, which hold its text")
                .containsExactlyInAnyOrder(
                        "de/projekte/a/index.html",
                        "en/projekte/a/index.html",
                        "ar/projekte/a/index.html",
                        "de/suche/search.json",
                        "en/search/search.json",
                        "ar/suche/search.json");
        site.file("content/projekte/a.de.md", "---\ntitle: A neu\n---\nZweiter Text.\n");
        server.rebuild();
        assertThat(server.lastResult().changed())
                .as("a new title also changes the section's list")
                .contains("de/projekte/a/index.html", "de/projekte/index.html")
                .doesNotContain("de/projekte/b/index.html");
        site.file("content/projekte/b.de.md", "");
        java.nio.file.Files.delete(dir.resolve("content/projekte/b.de.md"));
        server.rebuild();
        assertThat(server.lastResult().changed()).contains("de/projekte/b/index.html");
        assertThat(get("/de/projekte/b/").statusCode())
                .as("a deleted page is gone from the preview")
                .isEqualTo(404);
    }

    @Test
    void anEditOfAPagesTextRendersOnlyThatPageAndGivesTheSameResultAsAFullBuild() throws Exception {
        server.close();
        server = new PreviewServer(
                dev.mosaik.pipeline.BuildOptions.of(dir, dir.resolve("public")),
                "127.0.0.1",
                0,
                new PrintWriter(log, true),
                new PrintWriter(log, true));
        server.serve();
        site.file("content/projekte/a.de.md", "---\ntitle: A\n---\nErster Text.\n");
        server.rebuild();
        java.nio.file.Path page = dir.resolve("content/projekte/a.de.md");
        site.file("content/projekte/a.de.md", "---\ntitle: A\n---\nZweiter Text mit [Link](/projekte/_index.md).\n");
        server.rebuild(java.util.Set.of(page));

        assertThat(server.lastResult().pages())
                .as("rendered pages: the page in the three trees")
                .isEqualTo(3);
        assertThat(server.lastResult().changed())
                .containsExactlyInAnyOrder(
                        "de/projekte/a/index.html", "en/projekte/a/index.html", "ar/projekte/a/index.html");
        String fast = get("/en/projekte/a/").body();
        assertThat(fast).contains("Zweiter Text", "href=\"/en/projekte/\"");
        server.rebuild();
        // The fast path leaves the search indexes for the next full build: writing them costs more than the page
        // itself.
        assertThat(indexesAsOne(server.lastResult().changed()))
                .as("a full build finds nothing left to change but the search indexes")
                .containsExactlyInAnyOrder("de/suche/search.json", "en/search/search.json", "ar/suche/search.json");

        site.file(
                "content/projekte/a.de.md", "---\ntitle: A neu\n---\nZweiter Text mit [Link](/projekte/_index.md).\n");
        server.rebuild(java.util.Set.of(page));
        assertThat(server.lastResult().rendered())
                .as("a new title renders the listings that show it, not unrelated pages")
                .contains("de/projekte/a/index.html", "de/projekte/index.html")
                .doesNotContain("de/projekte/b/index.html");
        assertThat(get("/de/projekte/").body()).contains("A neu");
    }

    @Test
    void rebuildsAndSendsAReloadEventWhenAFileChanges() throws Exception {
        BlockingQueue<String> events = events();
        int before = server.buildCount();

        site.file("content/_index.de.md", "---\ntitle: Start\n---\nZweite Fassung.\n");

        String event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("reload event; log: %s", log).contains("event: reload");
        assertThat(server.buildCount()).isGreaterThan(before);
        assertThat(get("/de/").body()).contains("Zweite Fassung");
        assertThat(log.toString())
                .as("the delay an editor waits for is reported")
                .containsPattern("written \\d+ ms after the file changed");
    }

    @Test
    void theNoticeOfAFailedRebuildSpeaksTheEditorsLanguage() throws Exception {
        server.close();
        StringWriter german = new StringWriter();
        server = new PreviewServer(
                dev.mosaik.pipeline.BuildOptions.of(dir, dir.resolve("public")),
                "127.0.0.1",
                0,
                new PrintWriter(german, true),
                new PrintWriter(german, true),
                dev.mosaik.diag.UiMessages.of(dev.mosaik.diag.UiLanguage.DE));
        server.start();
        BlockingQueue<String> events = events();

        site.file("content/_index.de.md", "---\ntitle: Start\nzusammenfassung: vertippt\n---\nKaputt.\n");

        String event = events.poll(10, TimeUnit.SECONDS);
        // The script reads the language and the heading from the event's first two lines.
        assertThat(event)
                .as("problems event; log: %s", german)
                .startsWith("event: problems\ndata: de\ndata: Die letzte Änderung konnte nicht gebaut werden.")
                .contains(
                        "data: content/_index.de.md:3: unbekannter Schlüssel 'zusammenfassung' (meinten Sie 'summary'?)");
        assertThat(german.toString()).contains("Der Bau ist gescheitert");
        assertThat(get("/__mosaik/live.js").body())
                .contains("setAttribute(\"lang\", language)")
                .doesNotContain("rgba(");
    }

    @Test
    void aFailedRebuildSendsTheProblemsAndKeepsServingTheLastGoodSite() throws Exception {
        BlockingQueue<String> events = events();

        site.file("content/_index.de.md", "---\ntitle: Start\nsumary: vertippt\n---\nKaputt.\n");

        String event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event)
                .as("problems event; log: %s", log)
                .contains("event: problems")
                .contains("content/_index.de.md:3: unknown key 'sumary' (did you mean 'summary'?)");
        assertThat(get("/de/").body()).contains("Erste Fassung");
        assertThat(log.toString()).contains("content/_index.de.md:3: unknown key 'sumary'");

        site.file("content/_index.de.md", "---\ntitle: Start\n---\nRepariert.\n");
        assertThat(events.poll(10, TimeUnit.SECONDS)).contains("event: reload");
        assertThat(get("/de/").body()).contains("Repariert");
    }

    /** Changed files with a search index's manifest and chunks (new and deleted) named as one, its manifest. */
    private static List<String> indexesAsOne(List<String> changed) {
        return changed.stream()
                .map(file -> file.replaceFirst("/search-(terms|docs)-\\d+-\\p{XDigit}+\\.json$", "/search.json"))
                .distinct()
                .toList();
    }

    /**
     * An edit saved at any moment of start-up reaches the served page: right after the watcher is registered (before
     * the first build), while the first build runs, at its end before the server answers (the build has read the old
     * text: the edit waits in the watcher's queue), and right after the first answers. The preview once answered
     * before its watcher was registered, and an edit saved then was never built.
     */
    @Test
    void anEditSavedAtAnyMomentOfStartUpReachesTheServedPage() throws Exception {
        server.close();
        for (String name : List.of("vorher", "waehrend", "danach", "zuletzt")) {
            site.file("content/projekte/" + name + ".de.md", "---\ntitle: " + name + "\n---\nAlter Text.\n");
        }
        List<Thread> editors = new ArrayList<>();
        server = new PreviewServer(
                dev.mosaik.pipeline.BuildOptions.of(dir, dir.resolve("public")),
                "127.0.0.1",
                0,
                new PrintWriter(log, true),
                new PrintWriter(log, true),
                phase -> {
                    switch (phase) {
                        case WATCHING -> {
                            site.file("content/projekte/vorher.de.md", "---\ntitle: vorher\n---\nNeuer Text vorher.\n");
                            // Saved while the first build runs, whenever that is on this computer.
                            Thread editor = new Thread(() -> {
                                try {
                                    Thread.sleep(30);
                                } catch (InterruptedException e) {
                                    return;
                                }
                                site.file(
                                        "content/projekte/waehrend.de.md",
                                        "---\ntitle: waehrend\n---\nNeuer Text waehrend.\n");
                            });
                            editor.start();
                            editors.add(editor);
                        }
                        case BUILT ->
                            site.file("content/projekte/danach.de.md", "---\ntitle: danach\n---\nNeuer Text danach.\n");
                        case SERVING -> {}
                    }
                });
        server.start();
        assertThat(get("/de/").statusCode()).isEqualTo(200);
        site.file("content/projekte/zuletzt.de.md", "---\ntitle: zuletzt\n---\nNeuer Text zuletzt.\n");
        for (Thread editor : editors) {
            editor.join();
        }

        for (String name : List.of("vorher", "waehrend", "danach", "zuletzt")) {
            String path = "/de/projekte/" + name + "/";
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!get(path).body().contains("Neuer Text " + name) && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(get(path).body()).as("%s; log: %s", path, log).contains("Neuer Text " + name);
        }
    }
}
