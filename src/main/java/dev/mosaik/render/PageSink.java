package dev.mosaik.render;

/** Where rendered files go; the output stage writes them, tests may collect them. Must be thread-safe. */
@FunctionalInterface
public interface PageSink {

    /** @param outputFile the path below the output folder, e.g. {@code de/kontakt/index.html} */
    void write(String outputFile, byte[] content);

    /**
     * Names a file this run leaves out although the site has it (a course sheet's PDF when printing is switched
     * off), so that it still holds its address: links to it are not reported as broken.
     */
    default void reserve(String outputFile) {}
}
