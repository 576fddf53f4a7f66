package dev.mosaik.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The preview's private output folder in the system's temporary folder, named after the process that owns it
 * ({@code mosaik-preview-pid1234-…}). Removing a site of a few thousand files takes seconds on a busy disk, longer
 * than stopping may take: it is removed by several threads for at most a given time, and what is left then is
 * removed by the next preview that starts, which clears the folders of previews no longer running.
 */
final class PreviewFolder {

    private static final String PREFIX = "mosaik-preview-pid";
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");
    /** Unlinking waits for the disk, not the processor: several at once finish sooner. */
    private static final int DELETERS = 8;

    private final Path folder;

    private PreviewFolder(Path folder) {
        this.folder = folder;
    }

    /** A new folder in {@code java.io.tmpdir}; leftovers of stopped previews are removed in the background. */
    static PreviewFolder create() throws IOException {
        Path folder = Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
        Thread sweeper = new Thread(() -> sweep(folder.getParent()), "mosaik-preview-sweep");
        sweeper.setDaemon(true);
        sweeper.start();
        return new PreviewFolder(folder);
    }

    /** Where the site is built. */
    Path site() {
        return folder.resolve("site");
    }

    Path folder() {
        return folder;
    }

    /** Removes the folder, spending at most {@code millis}; returns whether it is gone. */
    boolean delete(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.forEach(path -> (Files.isDirectory(path) ? folders : files).add(path));
        } catch (IOException | java.io.UncheckedIOException e) {
            return !Files.exists(folder);
        }
        ExecutorService deleters = Executors.newFixedThreadPool(DELETERS, task -> {
            Thread thread = new Thread(task, "mosaik-preview-delete");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < DELETERS; i++) {
            int first = i;
            deleters.execute(() -> {
                for (int f = first; f < files.size() && System.nanoTime() < deadline; f += DELETERS) {
                    deleteQuietly(files.get(f));
                }
            });
        }
        deleters.shutdown();
        try {
            deleters.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleters.shutdownNow();
        folders.sort(Comparator.reverseOrder());
        for (Path dir : folders) {
            if (System.nanoTime() >= deadline) {
                break;
            }
            deleteQuietly(dir);
        }
        return !Files.exists(folder);
    }

    /** Removes the folders in {@code temp} of previews whose process has ended. */
    static void sweep(Path temp) {
        try (Stream<Path> entries = Files.list(temp)) {
            for (Path entry : entries.toList()) {
                Matcher owned = OWNED.matcher(entry.getFileName().toString());
                if (owned.matches() && !isRunning(Long.parseLong(owned.group(1))) && Files.isDirectory(entry)) {
                    removeTree(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers stay for the next preview, or the system's own clean-up.
        }
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void removeTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                deleteQuietly(path);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for the next sweep.
        }
    }
}
