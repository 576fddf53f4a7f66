package dev.mosaik.output.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading back the output folder the build has written so far. */
final class OutputFiles {

    private OutputFiles() {}

    /** Every file below {@code folder}, as sorted paths with forward slashes. */
    static List<String> list(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the output for the offline copies", e);
        }
    }

    static byte[] read(Path folder, String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + file + " for the offline copies", e);
        }
    }
}
