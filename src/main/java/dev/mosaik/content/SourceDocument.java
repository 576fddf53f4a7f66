package dev.mosaik.content;

/**
 * A content file with its header read and its Markdown body not yet rendered (rendering needs the URLs of
 * all other pages, which are known only once every header has been read).
 *
 * @param bodyFirstLine the 1-based line of the file on which {@code body} starts, for messages
 */
public record SourceDocument(SourceFile file, FrontMatter frontMatter, String body, int bodyFirstLine) {

    public TranslationKey key() {
        return file.key();
    }
}
