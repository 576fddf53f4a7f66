package dev.mosaik.serve;

import dev.mosaik.build.BuildOptions;
import dev.mosaik.build.BuildResult;
import dev.mosaik.build.SiteBuilder;
import dev.mosaik.config.BaseUrl;
import dev.mosaik.diag.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@code mosaik serve}: builds the site into a private folder, serves it with Jetty, rebuilds when a source
 * changes and tells open tabs to reload. A failed rebuild leaves the last good site on screen, with the
 * errors over it, and the server keeps running.
 */
public final class PreviewServer implements AutoCloseable {

    private final Path siteRoot;
    private final BuildOptions baseOptions;
    private final String host;
    private final int requestedPort;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SiteBuilder builder = new SiteBuilder();
    private final LiveReload liveReload = new LiveReload();
    private final AtomicReference<BuildResult> lastResult = new AtomicReference<>();
    private final AtomicInteger builds = new AtomicInteger();
    private final Object buildLock = new Object();
    private Path output;
    private Server server;
    private SiteWatcher watcher;
    private BaseUrl baseUrl;

    /** @param options what to build; its output folder is replaced by a private temporary one */
    public PreviewServer(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err) {
        this.siteRoot = options.source();
        this.baseOptions = options;
        this.host = host;
        this.requestedPort = port;
        this.out = out;
        this.err = err;
    }

    /** Starts serving and watching; returns the bound port (useful when asked for port 0). */
    public int start() throws Exception {
        int port = serve();
        watcher = new SiteWatcher(siteRoot, change -> rebuild(change.paths(), java.util.OptionalLong.of(change.detectedNanos())));
        watcher.start();
        return port;
    }

    /** Serves and builds once, without watching: rebuilds happen only through {@link #rebuild()} (tests). */
    int serve() throws Exception {
        output = Files.createTempDirectory("mosaik-preview-").resolve("site");
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(requestedPort);
        server.addConnector(connector);
        server.setHandler(new PreviewHandler(() -> output, liveReload, () -> StatusPage.html(lastResult.get()),
                new dev.mosaik.output.pdf.PdfPrinter(java.util.Optional.of(siteRoot.resolve(SiteBuilder.CACHE_DIR).resolve("pdf"))),
                baseOptions.stamp()));
        // A preview has no requests worth waiting for when it stops.
        server.setStopTimeout(0);
        server.start();
        int port = connector.getLocalPort();
        if (!isLoopback(host)) {
            err.println("warning: the preview listens on " + host + ", so other computers can open it and read the site with its drafts;"
                    + " without --host it listens on 127.0.0.1, this computer only");
            err.flush();
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        baseUrl = BaseUrl.parse("http://" + shownHost + ":" + port + "/").orElseThrow();
        rebuild();
        return port;
    }

    /** Rebuilds everything now. */
    void rebuild() {
        rebuild(java.util.Set.of());
    }

    /** Rebuilds after {@code changed} files changed (empty: unknown, so everything); one build at a time. */
    void rebuild(java.util.Set<Path> changed) {
        rebuild(changed, java.util.OptionalLong.empty());
    }

    /** @param detected when the watcher saw the first event of the change ({@link System#nanoTime()}) */
    private void rebuild(java.util.Set<Path> changed, java.util.OptionalLong detected) {
        synchronized (buildLock) {
            // PDFs are printed when a browser asks for one (PreviewHandler), which keeps rebuilds fast.
            BuildOptions options = new BuildOptions(siteRoot, output, baseOptions.drafts(), java.util.Optional.of(baseUrl), true,
                    baseOptions.today(), false, true, baseOptions.stamp());
            BuildResult result = changed.isEmpty() ? builder.build(options) : builder.rebuild(options, changed);
            lastResult.set(result);
            builds.incrementAndGet();
            for (Problem problem : result.problems()) {
                err.println(problem.format());
            }
            err.flush();
            if (result.published()) {
                String rendered = result.rendered().isEmpty() ? "" : " (" + result.rendered().size() + " files rendered again)";
                // From the file event to the last file written: what an editor waits for, settling pause included.
                String delay = detected.isEmpty() ? "" : "; written " + (System.nanoTime() - detected.getAsLong()) / 1_000_000
                        + " ms after the file changed";
                out.printf("Built %d pages in %d ms%s, %d files changed%s; serving %s%n", result.pages(), result.elapsed().toMillis(), rendered,
                        result.changed().size(), delay, baseUrl);
                out.flush();
                liveReload.reload();
            } else {
                err.println("The build failed; the preview keeps showing the last good version.");
                err.flush();
                liveReload.problems(result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
            }
        }
    }

    /** Whether {@code host} names this computer only (127.0.0.1, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            for (java.net.InetAddress address : java.net.InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public BaseUrl baseUrl() {
        return baseUrl;
    }

    /** How many builds have finished, the first included. */
    public int buildCount() {
        return builds.get();
    }

    public BuildResult lastResult() {
        return lastResult.get();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        if (watcher != null) {
            watcher.close();
        }
        liveReload.closeAll();
        if (server != null) {
            server.stop();
        }
        if (output != null) {
            deleteQuietly(output.getParent());
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder; the system cleans it eventually.
        }
    }

    /** Lines of the last build's problems, for tests. */
    List<String> lastProblems() {
        BuildResult result = lastResult.get();
        return result == null ? List.of() : result.problems().stream().map(Problem::format).toList();
    }
}
