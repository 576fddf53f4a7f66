package dev.mosaik.render;

/** Where rendered files go; the output stage writes them, tests may collect them. Must be thread-safe. */
@FunctionalInterface
public interface PageSink {

    /** @param outputFile the path below the output folder, e.g. {@code de/kontakt/index.html} */
    void write(String outputFile, byte[] content);
}
