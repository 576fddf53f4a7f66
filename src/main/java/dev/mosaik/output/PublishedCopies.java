package dev.mosaik.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published version's files as a new version of the output folder sees them ({@link OutputFolder}): a file of
 * the new version with the published bytes is linked to the published copy, but only where that copy lies inside the
 * published folder, never through a symbolic link out of it.
 */
final class PublishedCopies {

    private final Path target;
    private volatile Path realTarget;
    /** The published version's folders asked about so far, and whether each lies inside it ({@link #insidePublished}). */
    private final Map<Path, Boolean> publishedFolders = new ConcurrentHashMap<>();

    /** @param target the published folder */
    PublishedCopies(Path target) {
        this.target = target;
    }

    /**
     * Whether {@code file} of the new version was made a hard link to the published copy of {@code outputFile}: only
     * where that copy is a regular file inside the published folder with exactly {@code content}.
     */
    boolean linked(String outputFile, Path file, byte[] content) {
        Path published = target.resolve(outputFile).normalize();
        try {
            if (!published.startsWith(target)) {
                return false;
            }
            // One call for the type and the size (a missing file throws: no link), as every page of a build asks.
            BasicFileAttributes attributes =
                    Files.readAttributes(published, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()
                    || attributes.size() != content.length
                    || !insidePublished(published.getParent())
                    || !Arrays.equals(Files.readAllBytes(published), content)) {
                return false;
            }
            Files.createLink(file, published);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // a file system without hard links, or a file that vanished: write it instead
        }
    }

    /** Whether a published folder lies inside the published version, links resolved: once per folder, not per file. */
    private boolean insidePublished(Path folder) throws IOException {
        Boolean inside = publishedFolders.get(folder);
        if (inside == null) {
            inside = folder.toRealPath().startsWith(realTarget());
            publishedFolders.put(folder, inside);
        }
        return inside;
    }

    /** Whether the published copy of {@code outputFile} has the length of {@code content}. */
    boolean sameLength(String outputFile, byte[] content) {
        Path published = target.resolve(outputFile).normalize();
        try {
            return published.startsWith(target)
                    && Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(published) == content.length;
        } catch (IOException e) {
            return false;
        }
    }

    /** The published folder with symbolic links resolved, once: linked files must lie inside it. */
    private Path realTarget() throws IOException {
        if (realTarget == null) {
            realTarget = target.toRealPath();
        }
        return realTarget;
    }
}
