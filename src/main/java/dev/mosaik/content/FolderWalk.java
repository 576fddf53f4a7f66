package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a folder of the site for its files, safely: hidden files are left out, and symbolic links are followed only
 * to files inside the site (see {@link #walk}).
 */
final class FolderWalk {

    private FolderWalk() {}

    /** Editors' and tools' own files: {@code .git}, {@code .DS_Store}, backups ending in {@code ~}. */
    private static boolean isHidden(Path name) {
        String text = name.toString();
        return text.startsWith(".") || text.endsWith("~");
    }

    /** A file found below a folder: where it is, and its path below the folder with forward slashes. */
    record Found(Path path, String below) {}

    /**
     * The files below {@code dir}, sorted, without hidden ones. Symbolic links are followed to files inside the
     * site only: a link leading out of the site could publish any file of the computer that builds it (a key,
     * a password file), and a link to a folder could lead in circles. Both are errors rather than silently
     * missing pages. {@code dir} itself may be a link to a folder inside the site.
     */
    static List<Found> walk(Path dir, String shown, Path realRoot, Problems problems) {
        Optional<Path> start = start(dir, shown, realRoot, problems);
        if (start.isEmpty()) {
            return List.of();
        }
        Path base = start.get();
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                    return !folder.equals(base) && isHidden(folder.getFileName())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String below = slashes(base.relativize(file));
                    if (isHidden(file.getFileName())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink() && !linkAllowed(file, shown + "/" + below, realRoot, problems)) {
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(new Found(file, below));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error(
                            SourcePosition.file(shown + "/" + slashes(base.relativize(file))),
                            "cannot be read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(SourcePosition.file(shown), "cannot read the folder: " + e.getMessage());
            return List.of();
        }
        found.sort(java.util.Comparator.comparing(Found::path));
        return found;
    }

    /** Where the walk of {@code dir} starts: the folder a link points to, unless that is outside the site (reported). */
    private static Optional<Path> start(Path dir, String shown, Path realRoot, Problems problems) {
        if (!Files.isSymbolicLink(dir)) {
            return Optional.of(dir);
        }
        Path start = realPath(dir);
        if (!start.startsWith(realRoot)) {
            problems.error(
                    SourcePosition.file(shown),
                    "is a symbolic link to " + start + ", outside the site folder",
                    Optional.of("move or copy the folder into the site"));
            return Optional.empty();
        }
        return Optional.of(start);
    }

    private static boolean linkAllowed(Path link, String shown, Path realRoot, Problems problems) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            problems.error(
                    SourcePosition.file(shown),
                    "is a symbolic link to something that does not exist",
                    Optional.of("delete the link or restore what it pointed at"));
            return false;
        }
        if (!target.startsWith(realRoot)) {
            problems.error(
                    SourcePosition.file(shown),
                    "is a symbolic link to " + target + ", outside the site folder; it is not published",
                    Optional.of("copy the file into the site instead of linking it"));
            return false;
        }
        if (Files.isDirectory(target)) {
            problems.error(
                    SourcePosition.file(shown),
                    "is a symbolic link to a folder; mosaik follows links to files only",
                    Optional.of("move the folder here, or link its files one by one"));
            return false;
        }
        return true;
    }

    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * The path's names joined with {@code /}. Not {@code toString().replace('\\', '/')}: on Linux and macOS a
     * backslash is part of a name, and a file named {@code \\.de.md} must be refused, not read as a folder.
     */
    static String slashes(Path path) {
        List<String> names = new ArrayList<>();
        path.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
