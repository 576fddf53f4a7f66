package dev.mosaik.output;

import dev.mosaik.render.PageSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a build writes. {@link OutputFolder} stages a whole new folder and swaps it in (publishing);
 * {@link SyncedFolder} updates a folder in place, writing only files whose bytes changed (the preview).
 */
public interface OutputTarget extends PageSink, AutoCloseable {

    void copy(Path source, String outputFile) throws IOException;

    /**
     * The folder that holds what this build has written so far, for stages that read the finished pages back
     * (the offline packs); empty when this target cannot be read.
     */
    default java.util.Optional<Path> written() {
        return java.util.Optional.empty();
    }

    /** Makes the build visible. */
    void commit() throws IOException;

    /** The files this build changed (written anew or deleted), sorted; all files for a fresh folder. */
    List<String> changed();

    @Override
    void close() throws IOException;
}
