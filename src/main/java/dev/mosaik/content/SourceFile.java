package dev.mosaik.content;

import dev.mosaik.config.Language;
import dev.mosaik.diag.SourcePosition;
import java.nio.file.Path;

/**
 * A Markdown file found below {@code content/}.
 *
 * @param path     the file on disk
 * @param relative the path relative to the site root with forward slashes, as shown in messages
 */
public record SourceFile(Path path, String relative, TranslationKey key, Language language) {

    public SourcePosition position(int line) {
        return new SourcePosition(relative, line);
    }
}
