package dev.mosaik.content;

import dev.mosaik.config.Language;
import dev.mosaik.diag.SourcePosition;
import java.nio.file.Path;

/**
 * A content file found below {@code content/}: Markdown, or a JBake page in HTML or AsciiDoc.
 *
 * <p>The file is kept as the site's folder, one object all files share, and the path below it, rather than as a
 * path of its own: a large site holds every source file until it is built, and at 100,000 pages their paths took
 * 30 MB of its live memory.
 *
 * @param relative the path relative to the site root with forward slashes, as shown in messages
 * @param root     the site's folder, which {@code relative} is relative to
 */
public record SourceFile(String relative, Path root, TranslationKey key, Language language) {

    /** The file on disk. */
    public Path path() {
        return root.resolve(relative);
    }

    /** What the body is written in, told by the file's extension. */
    public SourceFormat format() {
        return SourceFormat.of(relative).orElse(SourceFormat.MARKDOWN);
    }

    public SourcePosition position(int line) {
        return new SourcePosition(relative, line);
    }
}
