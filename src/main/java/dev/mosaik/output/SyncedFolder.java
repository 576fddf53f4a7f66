package dev.mosaik.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A folder updated in place: a file is written only when its bytes differ from what is there, and files the
 * build no longer produces are deleted at {@link #commit()}. The preview uses it so that an edit touches only
 * the pages it changes (the page, its translations' switchers, the lists it appears in) and the browser and
 * file system see nothing else move.
 */
public final class SyncedFolder implements OutputTarget {

    private final Path root;
    /** What the previous build into this folder left there, if known: then commit need not list the folder. */
    private final Optional<Set<String>> previous;

    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    /** A folder whose content is unknown: commit lists it to find what this build did not produce. */
    public SyncedFolder(Path root) throws IOException {
        this(root, Optional.empty());
    }

    /**
     * A folder that holds exactly what an earlier build produced ({@link #produced()}): commit deletes from that
     * set, without listing the folder (0.15 s at 10,000 pages, per edit in the preview).
     */
    public SyncedFolder(Path root, Set<String> previous) throws IOException {
        this(root, Optional.of(Set.copyOf(previous)));
    }

    private SyncedFolder(Path root, Optional<Set<String>> previous) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.previous = previous;
        Files.createDirectories(this.root);
    }

    /** Every file this build wrote or kept: after commit, the folder's whole content. */
    public Set<String> produced() {
        return Set.copyOf(produced);
    }

    @Override
    public void write(String outputFile, byte[] content) {
        Path file = resolve(outputFile);
        produced.add(outputFile);
        rendered.add(outputFile);
        try {
            if (Files.isRegularFile(file)
                    && Files.size(file) == content.length
                    && Arrays.equals(Files.readAllBytes(file), content)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".mosaik-", ".tmp");
            Files.write(temp, content);
            // Readers (the preview server) never see a half-written file.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.add(outputFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void copy(Path source, String outputFile) throws IOException {
        write(outputFile, Files.readAllBytes(source));
    }

    private Path resolve(String outputFile) {
        Path file = root.resolve(outputFile).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + outputFile);
        }
        return file;
    }

    /** Marks a file of an earlier build as still produced, though not written again: an output the edit did not affect. */
    public void keep(String outputFile) {
        produced.add(outputFile);
    }

    /** The files this build wrote or compared, whether or not their bytes changed (not those only kept), sorted. */
    public List<String> rendered() {
        List<String> sorted = new ArrayList<>(rendered);
        sorted.sort(null);
        return sorted;
    }

    /**
     * Deletes what this build did not produce, and the folders that leaves empty: a vanished page's folder would
     * otherwise stay, and a static server may list an empty folder's contents where the page was.
     */
    @Override
    public void commit() throws IOException {
        // Like every output folder, this one carries the marker (and keeps it: it is not a file the build dropped).
        Path marker = root.resolve(OutputSafety.MARKER);
        produced.add(OutputSafety.MARKER);
        if (!Files.isRegularFile(marker) || !Arrays.equals(Files.readAllBytes(marker), OutputSafety.MARKER_TEXT)) {
            Files.write(marker, OutputSafety.MARKER_TEXT);
            changed.add(OutputSafety.MARKER);
        }
        List<String> present;
        if (previous.isPresent()) {
            present = new ArrayList<>(previous.get());
        } else {
            try (Stream<Path> walk = Files.walk(root)) {
                present = walk.filter(Files::isRegularFile)
                        .map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .toList();
            }
        }
        for (String relative : present) {
            if (!produced.contains(relative)) {
                Path file = resolve(relative);
                if (Files.deleteIfExists(file)) {
                    changed.add(relative);
                    removeEmptyFolders(file.getParent());
                }
            }
        }
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
        }
    }

    @Override
    public List<String> changed() {
        List<String> sorted = new ArrayList<>(changed);
        sorted.sort(null);
        return sorted;
    }

    /** Nothing to undo: a failed build has written only whole files, and the preview shows its errors. */
    @Override
    public void close() {}
}
