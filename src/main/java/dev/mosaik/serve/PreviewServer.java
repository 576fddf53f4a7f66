package dev.mosaik.serve;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.diag.Problem;
import dev.mosaik.diag.UiMessages;
import dev.mosaik.output.pdf.PdfPrinter;
import dev.mosaik.pipeline.BuildOptions;
import dev.mosaik.pipeline.BuildResult;
import dev.mosaik.pipeline.PreviewBuilds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

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
    private final Consumer<Phase> startup;
    /** The editor's language: problems in the log and the notice over the page. */
    private final UiMessages ui;
    /** The sheets the last builds left unprinted, by their PDF's address: printed when a browser asks (see PreviewHandler). */
    private final Map<String, dev.mosaik.render.SheetRenderer.Sheet> unprinted =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final PreviewBuilds builder = new PreviewBuilds(unprinted::put);
    private final LiveReload liveReload = new LiveReload();
    private final AtomicReference<BuildResult> lastResult = new AtomicReference<>();
    private final AtomicInteger builds = new AtomicInteger();
    /** One build at a time; {@link #close()} waits for the one under way only so long. */
    private final ReentrantLock building = new ReentrantLock();

    private final AtomicBoolean closed = new AtomicBoolean();
    /** How long stopping waits for a build under way before it removes the output folder anyway. */
    static final long BUILD_WAIT_MILLIS = 300;
    /** How long stopping spends removing the output folder; the next preview removes what is left (PreviewFolder). */
    static final long DELETE_MILLIS = 500;

    private PreviewFolder folder;
    private Path output;
    private Server server;
    private SiteWatcher watcher;
    private BaseUrl baseUrl;

    /** @param options what to build; its output folder is replaced by a private temporary one */
    public PreviewServer(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err) {
        this(options, host, port, out, err, UiMessages.english());
    }

    /** @param ui the editor's language, for the problems in the log and the notice over the page */
    public PreviewServer(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err, UiMessages ui) {
        this(options, host, port, out, err, ui, phase -> {});
    }

    PreviewServer(
            BuildOptions options, String host, int port, PrintWriter out, PrintWriter err, Consumer<Phase> startup) {
        this(options, host, port, out, err, UiMessages.english(), startup);
    }

    /** @param startup told when start-up reaches each {@link Phase} (tests edit files at those moments) */
    PreviewServer(
            BuildOptions options,
            String host,
            int port,
            PrintWriter out,
            PrintWriter err,
            UiMessages ui,
            Consumer<Phase> startup) {
        this.ui = ui;
        this.siteRoot = options.source();
        this.baseOptions = options;
        this.host = host;
        this.requestedPort = port;
        this.out = out;
        this.err = err;
        this.startup = startup;
    }

    /** The moments of {@link #start()}, in order. */
    enum Phase {
        /** The port is bound and the watcher registered; the first build has not begun. */
        WATCHING,
        /** The first build is done; changes seen since it began wait in the watcher's queue. */
        BUILT,
        /** The server answers requests and the watcher handles changes. */
        SERVING
    }

    /**
     * Starts watching, builds, then serves; returns the bound port (useful when asked for port 0). The watcher is
     * registered before the first build begins, so an edit saved at any moment of start-up is seen: edits during the
     * build wait in its queue and are built right after it. Requests are answered only from then on (the port is
     * bound first, as the site's links need its number, and early requests wait in its backlog).
     */
    public int start() throws Exception {
        int port = bind();
        watcher = new SiteWatcher(siteRoot, change -> rebuild(change.paths(), OptionalLong.of(change.detectedNanos())));
        startup.accept(Phase.WATCHING);
        rebuild();
        startup.accept(Phase.BUILT);
        watcher.start();
        server.start();
        startup.accept(Phase.SERVING);
        return port;
    }

    /** Serves and builds once, without watching: rebuilds happen only through {@link #rebuild()} (tests). */
    int serve() throws Exception {
        int port = bind();
        rebuild();
        server.start();
        return port;
    }

    /** Creates the server and binds its port; it answers nothing until it is started. */
    private int bind() throws Exception {
        folder = PreviewFolder.create();
        output = folder.site();
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("mosaik-preview");
        // Stopping joins the pool's threads; an event stream or a slow reader must not hold that up for Jetty's 5
        // seconds.
        threads.setStopTimeout(200);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // Nothing tells a visitor which server this is.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(requestedPort);
        server.addConnector(connector);
        HostGuard guard = new HostGuard(
                host,
                new PreviewHandler(
                        () -> output,
                        liveReload,
                        () -> StatusPage.html(lastResult.get()),
                        new PdfPrinter(dev.mosaik.pipeline.BuildCache.forPreviewPdfs(siteRoot)),
                        // The preview's PDFs are never published: their dates need only be the same on every
                        // print of a day, so the day is read in UTC rather than after site.yaml is read.
                        baseOptions.day().stamp(java.time.ZoneOffset.UTC),
                        pdfPath -> Optional.ofNullable(unprinted.get(pdfPath))));
        server.setHandler(guard);
        server.setErrorHandler(new PreviewErrors());
        // A preview has no requests worth waiting for when it stops.
        server.setStopTimeout(0);
        connector.open();
        int port = connector.getLocalPort();
        guard.port(port);
        if (!isLoopback(host)) {
            err.println("warning: the preview listens on " + host
                    + ", so other computers can open it and read the site with its drafts;"
                    + " without --host it listens on 127.0.0.1, this computer only");
            err.flush();
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        baseUrl = BaseUrl.parse("http://" + shownHost + ":" + port + "/").orElseThrow();
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
        building.lock();
        try {
            if (closed.get()) {
                return; // the watcher's last change after Ctrl+C: the folder is being removed
            }
            // PDFs are printed when a browser asks for one (PreviewHandler), which keeps rebuilds fast.
            BuildOptions options = new BuildOptions(
                    siteRoot,
                    output,
                    baseOptions.drafts(),
                    java.util.Optional.of(baseUrl),
                    true,
                    baseOptions.day(),
                    false,
                    true);
            BuildResult result = changed.isEmpty() ? builder.build(options) : builder.rebuild(options, changed);
            lastResult.set(result);
            builds.incrementAndGet();
            new RebuildReport(out, err, ui, liveReload).tell(result, baseUrl, detected);
        } finally {
            building.unlock();
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

    /**
     * Stops within a second, also when a browser holds event streams or a build is under way (Ctrl+C, SIGTERM): the
     * watcher and the event streams end, Jetty stops without waiting for requests, and the private output folder
     * is removed — after the build under way, if it ends within {@link #BUILD_WAIT_MILLIS}, else at once — for at
     * most {@link #DELETE_MILLIS}: on a busy disk what is left then is removed by the next preview that starts.
     * Safe to call more than once.
     */
    @Override
    public void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        liveReload.close();
        if (server != null) {
            server.stop();
        }
        boolean idle = false;
        try {
            idle = building.tryLock(BUILD_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (folder != null) {
                folder.delete(DELETE_MILLIS);
            }
        } finally {
            if (idle) {
                building.unlock();
            }
        }
    }

    /** How many event streams are open (tests). */
    int liveReloadClients() {
        return liveReload.clientCount();
    }

    /** Lines of the last build's problems, for tests. */
    List<String> lastProblems() {
        BuildResult result = lastResult.get();
        return result == null
                ? List.of()
                : result.problems().stream().map(Problem::format).toList();
    }
}
