package dev.mosaik.output.cache;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What an output folder held when a build finished: every file and folder below it with its size, its modification
 * time and its identity (the inode and the time its status last changed, where the system has them: Linux, macOS).
 * Compared with the folder later, it tells whether anybody or anything touched the folder since: a file edited,
 * added, deleted or replaced changes at least one of them — the status time even when an editor puts the old
 * modification time back, since nobody can set it. The bytes themselves are not read, which would cost as much as
 * writing them.
 */
public record OutputManifest(List<Entry> entries) {

    private static final boolean UNIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /** One file ({@code size} ≥ 0) or folder ({@code size} −1), by its path below the folder. */
    public record Entry(String path, long size, long modified, String identity) {}

    public OutputManifest {
        entries = List.copyOf(entries);
    }

    /** The manifest of {@code folder} now; empty when it cannot be read as a whole (or is not a folder). */
    public static Optional<OutputManifest> of(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    entries.add(entry(folder, dir, attributes, -1));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // A link or anything else that is no plain file is recorded as what it is: not followed.
                    long size = attributes.isRegularFile() ? attributes.size() : -2;
                    entries.add(entry(folder, file, attributes, size));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        // The walk's order is the file system's: sorted, two walks of the same folder compare equal.
        entries.sort(java.util.Comparator.comparing(Entry::path));
        return Optional.of(new OutputManifest(entries));
    }

    private static Entry entry(Path folder, Path file, BasicFileAttributes attributes, long size) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        // A folder's times change whenever a file in it is added or removed; its entries say that already, so only
        // files carry times and identity.
        if (size == -1) {
            return new Entry(path, size, 0, "");
        }
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return new Entry(path, size, modified, identity(file, attributes));
    }

    private static String identity(Path file, BasicFileAttributes attributes) {
        String key = attributes.fileKey() == null ? "" : attributes.fileKey().toString();
        if (!UNIX) {
            return key;
        }
        try {
            Object changed = Files.readAttributes(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS)
                    .get("ctime");
            return changed instanceof FileTime time ? key + " " + time.to(TimeUnit.NANOSECONDS) : key;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return key + " unreadable " + System.nanoTime(); // never matches: the folder is built anew
        }
    }

    /** Whether {@code folder} holds exactly what this manifest recorded. */
    public boolean matches(Path folder) {
        return of(folder).map(this::equals).orElse(false);
    }

    /** Writes this manifest into an entry. */
    void write(EntryData.Out out) {
        out.number(entries.size());
        for (Entry entry : entries) {
            out.string(entry.path())
                    .number(entry.size())
                    .number(entry.modified())
                    .string(entry.identity());
        }
    }

    /** Reads a manifest {@link #write} wrote. */
    static OutputManifest read(EntryData.In in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            entries.add(new Entry(in.string(), in.number(), in.number(), in.string()));
        }
        return new OutputManifest(entries);
    }
}
