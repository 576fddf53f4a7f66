package dev.mosaik.output;

import dev.mosaik.render.PageSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a build writes. {@link OutputFolder} stages a whole new folder and swaps it in (publishing);
 * {@link SyncedFolder} updates a folder in place, writing only files whose bytes changed (the preview).
 */
public interface OutputTarget extends PageSink, AutoCloseable {

    void copy(Path source, String outputFile) throws IOException;

    /** What a file is made of, written as it is made. */
    @FunctionalInterface
    interface Streamed {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file too large to hold in memory as a whole (a large site's offline pack: a hundred megabytes) as
     * {@code content} makes it: always anew, never linked to a published copy. This default makes it in memory and
     * {@linkplain #write writes} it.
     */
    default void stream(String outputFile, Streamed content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + outputFile, e);
        }
        write(outputFile, bytes.toByteArray());
    }

    /**
     * The folder that holds what this build has written so far, for stages that read the finished pages back
     * (the offline packs); empty when this target cannot be read.
     */
    default java.util.Optional<Path> written() {
        return java.util.Optional.empty();
    }

    /**
     * The version of the folder that readers see until this build is made visible, when it is another folder than
     * {@link #written()}; empty otherwise.
     */
    default java.util.Optional<Path> published() {
        return java.util.Optional.empty();
    }

    /**
     * Replaces a file this build has written before (the last pass over the output fills in what was known only
     * at the end). A target whose files may be another version's, linked, overrides this so as never to write
     * through the link.
     */
    default void rewrite(String outputFile, byte[] content) {
        write(outputFile, content);
    }

    /** Makes the build visible. */
    void commit() throws IOException;

    /** The files this build changed (written anew or deleted), sorted; all files for a fresh folder. */
    List<String> changed();

    @Override
    void close() throws IOException;
}
