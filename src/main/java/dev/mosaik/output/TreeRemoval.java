package dev.mosaik.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Deletes a folder tree with many deletions in flight: its files (symbolic links as links, never followed), then its
 * folders, deepest first, each depth at once. Deleting is waiting for the disk, not computing — a file system writes
 * every unlink to its journal, a millisecond or more each on a busy disk, and an output folder of 10,000 pages has
 * 12,000 files in 11,000 folders — so more deletions run at once than there are cores: eight at once took a sixth of
 * the time one after the other did.
 */
final class TreeRemoval {

    /** Deletions in flight. */
    static final int DELETERS = 8;

    private TreeRemoval() {}

    /** A deletion running on a thread of its own. */
    static final class Running {
        private final CompletableFuture<Void> done;

        private Running(CompletableFuture<Void> done) {
            this.done = done;
        }

        /** Waits until the tree is deleted. @throws IOException what made the deletion fail */
        void await() throws IOException {
            try {
                done.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof UncheckedIOException unchecked
                        ? unchecked.getCause()
                        : new IOException("cannot delete", e.getCause());
            }
        }
    }

    /**
     * Starts deleting {@code root} on a thread of its own, so that the caller goes on meanwhile. A daemon thread: a
     * process that ends without {@link Running#await awaiting} it leaves the rest of the tree, which the next build
     * removes as a leftover.
     */
    static Running start(Path root, String name) {
        return new Running(CompletableFuture.runAsync(
                () -> {
                    try {
                        delete(root);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                task -> {
                    Thread thread = new Thread(task, name);
                    thread.setDaemon(true);
                    thread.start();
                }));
    }

    /** Deletes {@code root} and everything below it; nothing when it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<List<Path>> foldersByDepth = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            private int depth;

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (foldersByDepth.size() == depth) {
                    foldersByDepth.add(new ArrayList<>());
                }
                foldersByDepth.get(depth++).add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                depth--;
                if (exc != null) {
                    throw exc;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        ForkJoinPool pool = new ForkJoinPool(DELETERS);
        try {
            deleteAll(pool, files);
            for (int depth = foldersByDepth.size() - 1; depth >= 0; depth--) {
                deleteAll(pool, foldersByDepth.get(depth));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Deletes every path of {@code paths} on {@code pool}; the first failure is thrown once all were tried. */
    private static void deleteAll(ForkJoinPool pool, List<Path> paths) throws IOException {
        AtomicReference<IOException> failure = new AtomicReference<>();
        try {
            pool.submit(() -> paths.parallelStream().forEach(path -> {
                        try {
                            Files.delete(path);
                        } catch (IOException e) {
                            failure.compareAndSet(null, e);
                        }
                    }))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException unchecked
                    ? unchecked.getCause()
                    : new IOException("cannot delete", e.getCause());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
