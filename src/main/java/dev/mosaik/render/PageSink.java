package dev.mosaik.render;

/** Where rendered files go; the output stage writes them, tests may collect them. Must be thread-safe. */
@FunctionalInterface
public interface PageSink {

    /** @param outputFile the path below the output folder, e.g. {@code de/kontakt/index.html} */
    void write(String outputFile, byte[] content);

    /**
     * Writes a file whose hash is known already: a page taken from the build cache, which keeps the hash the output
     * stage keys its offline pack's entry by beside the page. A sink that forwards files forwards the hash too; one
     * that has no use for it writes the file.
     *
     * @param digest the hash of exactly {@code content}, as {@link StoredPages.Finished#digest} gives it
     */
    default void write(String outputFile, byte[] content, byte[] digest) {
        write(outputFile, content);
    }

    /**
     * Names a file this run leaves out although the site has it (a course sheet's PDF when printing is switched
     * off), so that it still holds its address: links to it are not reported as broken.
     */
    default void reserve(String outputFile) {}
}
