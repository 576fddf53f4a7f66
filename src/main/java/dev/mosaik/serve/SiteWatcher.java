package dev.mosaik.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a build reads ({@code content/}, {@code i18n/}, {@code assets/}, {@code theme/} and
 * {@code site.yaml}) and calls back once per burst of changes: editors' programs often write a file in
 * several steps, and one rebuild for all of them is what the reader wants.
 */
final class SiteWatcher implements AutoCloseable {

    static final List<String> WATCHED_DIRS = List.of("content", "i18n", "assets", "theme");
    /**
     * Quiet time after the last event before rebuilding: an editor's save (truncate, write, rename) arrives as a
     * burst within a few milliseconds; waiting longer only delays the preview.
     */
    private static final long SETTLE_MILLIS = 20;

    /** What changed, and when the first event of it arrived ({@link System#nanoTime()}), to report the preview's delay. */
    record Change(java.util.Set<Path> paths, long detectedNanos) {}

    private final Path siteRoot;
    private final WatchService service;
    private final java.util.function.Consumer<Change> onChange;
    private final Thread thread;

    SiteWatcher(Path siteRoot, java.util.function.Consumer<Change> onChange) throws IOException {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.siteRoot.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String dir : WATCHED_DIRS) {
            registerTree(this.siteRoot.resolve(dir));
        }
        this.thread = new Thread(this::loop, "mosaik-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                folder.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                long detected = System.nanoTime();
                java.util.Set<Path> changed = new java.util.TreeSet<>();
                boolean relevant = handle(key, changed);
                // Collect the rest of the burst.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more, changed);
                }
                if (relevant) {
                    accept(new Change(changed, detected));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Hands a change on. A rebuild reports an editor's mistakes as problems; what it throws is a bug in mosaik,
     * and it must not end this thread, or the preview silently stopped rebuilding: the bug is printed, and the
     * next save is rebuilt as usual.
     */
    private void accept(Change change) {
        try {
            onChange.accept(change);
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println(
                    "mosaik: internal error while rebuilding; the preview keeps watching. Please report this:");
            e.printStackTrace(System.err);
        }
    }

    /** Registers new folders and tells whether any event concerns something a build reads. */
    private boolean handle(WatchKey key, java.util.Set<Path> paths) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                // Lost events: an unknown change, which the builder answers with a full build.
                paths.add(siteRoot);
                paths.add(siteRoot.resolve("site.yaml"));
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            Path relative = siteRoot.relativize(changed);
            String first = relative.getName(0).toString();
            String name = changed.getFileName().toString();
            boolean temporary = name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp");
            if (dir.equals(siteRoot)
                    ? name.equals("site.yaml") || WATCHED_DIRS.contains(name)
                    : WATCHED_DIRS.contains(first) && !temporary) {
                relevant = true;
                paths.add(record(paths, event, siteRoot.resolve(relative)));
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changed)
                    && (WATCHED_DIRS.contains(first))) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // The folder vanished again; nothing to watch.
                }
            }
        }
        key.reset();
        return relevant;
    }

    /** A created or deleted file changes the site's structure: it counts as two changes, so a full build follows. */
    private static Path record(java.util.Set<Path> paths, WatchEvent<?> event, Path file) {
        if (event.kind() != StandardWatchEventKinds.ENTRY_MODIFY) {
            paths.add(file.resolveSibling(file.getFileName() + ".structure"));
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
