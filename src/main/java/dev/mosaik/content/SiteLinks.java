package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Symbolic links and the site's boundary. Reading, a link may point at another file of the site (as
 * {@link ContentScanner} allows for content), never out of it: a link in {@code theme/} to {@code /etc/passwd}
 * would be published as every page, one in {@code i18n/} printed in an error. Writing ({@code new},
 * {@code translate}, {@code import-jbake}), mosaik follows no link at all: a dangling link or a link to a folder
 * would put the new file wherever the link points.
 */
public final class SiteLinks {

    /** What every refusal says after the path. */
    public static final String MESSAGE = "is a symbolic link; mosaik does not follow links out of the site";

    private SiteLinks() {}

    /**
     * Reports every symbolic link in {@code paths} (files or folders below {@code siteRoot}, walked whole) whose
     * target is missing or outside the site; returns whether there was none.
     */
    public static boolean checkReadable(Path siteRoot, List<String> paths, Problems problems) {
        Path realRoot;
        try {
            realRoot = siteRoot.toRealPath();
        } catch (IOException e) {
            return true; // no site folder: reported where it is read
        }
        boolean clean = true;
        for (String shown : paths) {
            Path start = siteRoot.resolve(shown);
            if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.isSymbolicLink(start) && leavesSite(start, realRoot)) {
                report(shown, problems);
                clean = false;
                continue;
            }
            List<String> links = new ArrayList<>();
            try {
                collectLinksLeaving(start, shown, realRoot, links);
            } catch (IOException e) {
                problems.error(SourcePosition.file(shown), "cannot read the folder: " + e.getMessage());
                clean = false;
            }
            for (String link : links) {
                report(link, problems);
                clean = false;
            }
        }
        return clean;
    }

    /**
     * Adds the links below {@code start} (shown as {@code shown}) that lead out of the site, or cannot be followed, to
     * {@code links}; those found before a folder that cannot be read stay there.
     */
    private static void collectLinksLeaving(Path start, String shown, Path realRoot, List<String> links)
            throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(start) && Files.isSymbolicLink(dir) && leavesSite(dir, realRoot)) {
                    links.add(shown + "/" + FolderWalk.slashes(start.relativize(dir)));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink() && leavesSite(file, realRoot)) {
                    links.add(shown + "/" + FolderWalk.slashes(start.relativize(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (Files.isSymbolicLink(file)) {
                    links.add(shown + "/" + FolderWalk.slashes(start.relativize(file)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Reports, at {@code shown}, when writing {@code file} below {@code root} would go through a symbolic link:
     * the file itself (also a dangling link) or any folder between {@code root} and it. Returns whether the way
     * is clear. {@code root} itself may be a link (a site folder reached through one).
     */
    public static boolean checkWritable(Path root, Path file, String shown, Problems problems) {
        Optional<Path> link = firstLink(root, file);
        link.ifPresent(l -> problems.error(
                SourcePosition.file(shown),
                MESSAGE + " (" + l + ")",
                Optional.of("remove the link, or create the file where the link points yourself")));
        return link.isEmpty();
    }

    /** The first symbolic link on the way from {@code root} down to {@code file}, if any. */
    static Optional<Path> firstLink(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return Optional.of(target);
        }
        Path current = base;
        for (Path name : base.relativize(target)) {
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                return Optional.of(current);
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean leavesSite(Path link, Path realRoot) {
        try {
            return !link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true; // dangling
        }
    }

    private static void report(String shown, Problems problems) {
        problems.error(
                SourcePosition.file(shown), MESSAGE, Optional.of("copy the file into the site instead of linking it"));
    }
}
