package dev.mosaik.content;

/**
 * A content file with its header read and its Markdown body not yet rendered (rendering needs the URLs of
 * all other pages, which are known only once every header has been read).
 *
 * @param text          the Markdown body, kept compact ({@link Utf8Text}: a large site holds all of them until every
 *                      header is read)
 * @param bodyFirstLine the 1-based line of the file on which the body starts, for messages
 */
public record SourceDocument(SourceFile file, FrontMatter frontMatter, Utf8Text text, int bodyFirstLine) {

    public SourceDocument(SourceFile file, FrontMatter frontMatter, String body, int bodyFirstLine) {
        this(file, frontMatter, Utf8Text.of(body), bodyFirstLine);
    }

    /** The Markdown body. */
    public String body() {
        return text.toString();
    }

    public TranslationKey key() {
        return file.key();
    }
}
