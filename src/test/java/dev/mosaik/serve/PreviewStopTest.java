package dev.mosaik.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.ChildJvm;
import dev.mosaik.testing.TestSite;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik serve} as the editor runs it, in a process of its own, stopped as a terminal's Ctrl+C or a service manager does. */
class PreviewStopTest {

    /**
     * The time allowed from SIGTERM to the process's end: the preview stops within a second; the margin is for a
     * loaded test machine (it once took 5–8 seconds).
     */
    private static final long MARGIN_MILLIS = 3_000;

    @TempDir
    Path dir;

    /**
     * With a browser tab holding its event stream open, SIGTERM ends {@code serve} promptly, and its private output
     * folder in the temporary folder is gone — removed on the way out, or, where the disk was too busy to remove
     * its 3,000 files in time, by the next preview's sweep (it once removed them all before exiting, in 5–8 seconds).
     */
    @Test
    void stopsPromptlyOnSigtermAndRemovesItsTemporaryOutput() throws Exception {
        TestSite site = TestSite.write(dir.resolve("site"), TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Willkommen.
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                Liste.
                """);
        for (int i = 0; i < 3000; i++) {
            site.file("content/dateien/%04d.txt".formatted(i), "Datei " + i + "\n");
        }
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        Process serve = ChildJvm.start(
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temp),
                log,
                "serve",
                "--source",
                site.root().toString(),
                "--port",
                Integer.toString(port));
        try {
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(log).contains("Preview on") && serve.isAlive() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).contains("Preview on");
            try (var folders = Files.list(temp)) {
                assertThat(folders.map(p -> p.getFileName().toString()))
                        .as("the preview's output while it runs")
                        .anyMatch(name -> name.startsWith("mosaik-preview-"));
            }
            try (Socket tab = new Socket("127.0.0.1", port)) {
                tab.setSoTimeout(10_000);
                OutputStream out = tab.getOutputStream();
                out.write(("GET /__mosaik/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = tab.getInputStream();
                StringBuilder seen = new StringBuilder();
                byte[] buffer = new byte[1024];
                int n;
                while (!seen.toString().contains(": connected") && (n = in.read(buffer)) > 0) {
                    seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                }
                assertThat(seen.toString()).contains(": connected");

                long signalled = System.nanoTime();
                serve.destroy(); // SIGTERM
                boolean ended = serve.waitFor(30, TimeUnit.SECONDS);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
                assertThat(ended)
                        .as("serve ended; log: %s", Files.readString(log))
                        .isTrue();
                assertThat(millis)
                        .as("milliseconds from SIGTERM to the end of serve")
                        .isLessThan(MARGIN_MILLIS);
            }
            boolean removedOnExit = leftovers(temp).isEmpty();
            PreviewFolder.sweep(temp);
            assertThat(leftovers(temp))
                    .as("the preview's output after it stopped (removed on exit: %s)", removedOnExit)
                    .isEmpty();
        } finally {
            serve.destroyForcibly().waitFor();
        }
    }

    private static java.util.List<String> leftovers(Path temp) throws java.io.IOException {
        try (var folders = Files.list(temp)) {
            return folders.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("mosaik-preview-"))
                    .toList();
        }
    }
}
