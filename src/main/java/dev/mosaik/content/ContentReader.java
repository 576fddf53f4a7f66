package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourceText;
import dev.mosaik.yaml.YamlTrees;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Reads content files in parallel: checks size and encoding, normalises line ends, and splits off the
 * front matter. Files are read once; the results keep the scan's (sorted) order.
 */
public final class ContentReader {

    private final FrontMatterReader frontMatterReader;
    private final YamlTrees trees;

    /** A reader of mosaik's own types for a command that reads one file, or a test. */
    public ContentReader() {
        this(ContentTypes.shipped(), false);
    }

    /**
     * @param types the content types of the build
     * @param draftsLeftOut whether the build leaves drafts out (their mistakes are then warnings, see FrontMatterReader)
     */
    public ContentReader(ContentTypes types, boolean draftsLeftOut) {
        this(types, draftsLeftOut, YamlTrees.NONE);
    }

    /** @param trees front matter parsed by earlier builds (the build cache), see {@link FrontMatterReader} */
    public ContentReader(ContentTypes types, boolean draftsLeftOut, YamlTrees trees) {
        this.frontMatterReader = new FrontMatterReader(types, draftsLeftOut, trees);
        this.trees = trees;
    }

    public List<SourceDocument> read(List<SourceFile> files, ForkJoinPool pool, Problems problems) {
        List<SourceDocument> read = pool.submit(() -> files.parallelStream()
                        .map(f -> read(f, problems))
                        .flatMap(Optional::stream)
                        .toList())
                .join();
        trees.finish();
        return read;
    }

    public Optional<SourceDocument> read(SourceFile file, Problems problems) {
        return text(file, problems).flatMap(text -> frontMatterReader.read(file, text, problems));
    }

    /** The file as text: strict UTF-8, byte-order mark removed, CRLF and CR turned into LF, at most 8 MB. */
    Optional<String> text(SourceFile file, Problems problems) {
        return SourceText.read(file.path(), file.relative(), "page", problems);
    }
}
