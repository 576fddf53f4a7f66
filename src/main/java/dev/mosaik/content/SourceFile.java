package dev.mosaik.content;

import dev.mosaik.config.Language;
import dev.mosaik.diag.SourcePosition;
import java.nio.file.Path;

/**
 * A content file found below {@code content/}: Markdown, or a JBake page in HTML or AsciiDoc.
 *
 * @param path     the file on disk
 * @param relative the path relative to the site root with forward slashes, as shown in messages
 */
public record SourceFile(Path path, String relative, TranslationKey key, Language language) {

    /** What the body is written in, told by the file's extension. */
    public SourceFormat format() {
        return SourceFormat.of(relative).orElse(SourceFormat.MARKDOWN);
    }

    public SourcePosition position(int line) {
        return new SourcePosition(relative, line);
    }
}
