package dev.mosaik.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A new version of the output folder, written beside the published one and swapped in only when the build
 * succeeded, so that a failed or killed build never leaves readers with half a site.
 */
public final class OutputFolder implements OutputTarget {

    private static final String TEMP_MARK = ".mosaik-new-";
    private static final String OLD_MARK = ".mosaik-old-";

    private final Path target;
    private final Path staging;
    /**
     * The folders of the new version made so far, as the output files' names spell them: as paths they took 24 MB
     * at 100,000 pages, as these strings 11 MB. Two spellings of one folder only make it twice.
     */
    private final java.util.Set<String> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The published version's files that the new version links to. */
    private final PublishedCopies copies;
    /** Set when the version is published or thrown away: a render task still running then must not recreate the staging folder. */
    private volatile boolean finished;
    /** The previous version being deleted since {@link #commit}; awaited by {@link #close}. */
    private Optional<TreeRemoval.Running> oldVersion = Optional.empty();

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.copies = new PublishedCopies(target);
    }

    /**
     * Starts a new version of {@code target}; leftovers of killed builds are recovered or removed first. The new
     * version carries {@link OutputSafety#MARKER}, so that the next build knows the folder is mosaik's to replace.
     *
     * @throws IOException when {@code target} is the file system root or a folder mosaik did not write
     *                     ({@link OutputSafety#replaceable}); callers check {@link OutputSafety#refusal} first
     *                     to report it as a problem
     */
    public static OutputFolder begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("refusing to replace the root of the file system");
        }
        Files.createDirectories(parent);
        recover(absolute);
        Optional<dev.mosaik.diag.UiText> refusal = OutputSafety.replaceable(absolute);
        if (refusal.isPresent()) {
            throw new IOException(dev.mosaik.diag.UiMessages.english().format(refusal.get()));
        }
        Path staging = parent.resolve("." + absolute.getFileName() + TEMP_MARK
                + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectory(staging);
        OutputFolder folder = new OutputFolder(absolute, staging);
        try {
            Files.write(staging.resolve(OutputSafety.MARKER), OutputSafety.MARKER_TEXT);
        } catch (IOException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /**
     * A build killed between the two renames of {@link #commit()} leaves the old site under its old-name;
     * put it back. Staging folders of killed builds are deleted.
     */
    private static void recover(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), prefix + ".mosaik-*")) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + OLD_MARK) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE);
                } else if (name.startsWith(prefix + TEMP_MARK) || name.startsWith(prefix + OLD_MARK)) {
                    deleteTree(sibling);
                }
            }
        }
    }

    @Override
    public java.util.Optional<Path> written() {
        return java.util.Optional.of(staging);
    }

    /** The folder being written, for stages that copy whole trees. */
    public Path staging() {
        return staging;
    }

    /**
     * Writes a file of the new version. A file whose bytes the published version already has is linked to it
     * instead (a hard link: the same file under two names until the old version is deleted): nothing is
     * written, and the file keeps its modification time, so that {@code rsync} and other deployment tools that
     * compare times send only what changed. Only regular files inside the published folder are linked.
     */
    @Override
    public void write(String outputFile, byte[] content) {
        Path file = resolve(outputFile);
        requireOpen();
        try {
            folder(outputFile, file);
            if (!copies.linked(outputFile, file, content)) {
                Files.write(file, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes a file of the new version as {@code content} makes it. A file of that name this version has already
     * (which may be a link to the published copy) is removed first, so that nothing is written through a link.
     */
    @Override
    public void stream(String outputFile, Streamed content) {
        Path file = resolve(outputFile);
        requireOpen();
        try {
            folder(outputFile, file);
            StagedFile.create(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Creates a folder of the new version once: asking again costs a system call per file. */
    private void folder(String outputFile, Path file) throws IOException {
        int end = Math.max(outputFile.lastIndexOf('/'), outputFile.lastIndexOf(java.io.File.separatorChar));
        String folder = end < 0 ? "" : outputFile.substring(0, end);
        if (!folders.contains(folder)) {
            Files.createDirectories(file.getParent());
            folders.add(folder);
        }
    }

    @Override
    public Optional<Path> published() {
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? Optional.of(target) : Optional.empty();
    }

    /**
     * Writes into the file itself where only this version has it (one link) and the published copy cannot have the
     * same bytes (another length, or none); else, as the file may be a hard link to the published copy, deletes it
     * and writes it anew (linked again where the bytes are the published ones).
     */
    @Override
    public void rewrite(String outputFile, byte[] content) {
        Path file = resolve(outputFile);
        requireOpen();
        try {
            if (StagedFile.links(file) == 1 && !copies.sameLength(outputFile, content)) {
                StagedFile.overwrite(file, content);
                return;
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
        write(outputFile, content);
    }

    /** Copies a file into the new version. */
    @Override
    public void copy(Path source, String outputFile) throws IOException {
        Path file = resolve(outputFile);
        requireOpen();
        folder(outputFile, file);
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the output version is already published or thrown away");
        }
    }

    /** The path of {@code outputFile} inside the staging folder; never outside it, whatever the name. */
    Path resolve(String outputFile) {
        Path file = staging.resolve(outputFile).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + outputFile);
        }
        return file;
    }

    /**
     * Publishes the new version: the old folder is moved aside, the new one takes its name, and the old one is
     * deleted on a thread of its own while the build finishes (pruning the cache, listing what changed);
     * {@link #close} waits for it. Deleting the old version is the longest part of publishing (thousands of files on
     * a disk that writes each unlink to its journal) and the readers see the new version before it starts; a build
     * killed meanwhile leaves the rest under the old-name, which the next build removes ({@link #recover}).
     */
    @Override
    public void commit() throws IOException {
        Path old = target.resolveSibling(
                "." + target.getFileName() + OLD_MARK + ProcessHandle.current().pid() + "-" + System.nanoTime());
        boolean hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadOld) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        if (hadOld) {
            oldVersion = Optional.of(TreeRemoval.start(old, "mosaik-delete-previous-output"));
        }
    }

    /** Every file of a new version is new. */
    @Override
    public java.util.List<String> changed() {
        try (java.util.stream.Stream<Path> walk = Files.walk(Files.exists(staging) ? staging : target)) {
            Path base = Files.exists(staging) ? staging : target;
            return walk.filter(Files::isRegularFile)
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /**
     * Once the new version is published, waits until the previous one is deleted. Otherwise throws the new version
     * away; the published folder is untouched. A failed build must not leave its staging folder behind (after a full
     * disk it would keep the disk full), so deleting is tried again when a file
     * appears meanwhile.
     */
    @Override
    public void close() throws IOException {
        if (oldVersion.isPresent()) {
            TreeRemoval.Running deleting = oldVersion.get();
            oldVersion = Optional.empty();
            deleting.await();
        }
        if (!finished) {
            finished = true;
            IOException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    deleteTree(staging);
                    return;
                } catch (IOException e) {
                    last = e;
                }
            }
            throw last;
        }
    }

    static void deleteTree(Path root) throws IOException {
        TreeRemoval.delete(root);
    }
}
