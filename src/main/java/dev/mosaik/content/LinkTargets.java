package dev.mosaik.content;

import java.util.Collection;
import java.util.Optional;

/**
 * What Markdown links and images may point at, seen from one language of the site. Implemented by the
 * site stage, which knows every page's URL; content only asks.
 */
public interface LinkTargets {

    /** The URL path of the page with {@code key} in the language being rendered. */
    Optional<String> page(TranslationKey key);

    /** Keys of all pages, for "did you mean" hints. */
    Collection<String> pageKeys();

    /**
     * The URL path of a file: {@code path} is relative to the content folder ({@code projekte/bild.jpg}) or,
     * when it starts with {@code /}, relative to the site root, where {@code assets/} and content files are
     * published.
     */
    Optional<String> file(String path);

    /** The size of the image file at {@code path} (as for {@link #file}), when it can be measured. */
    default Optional<ImageSize> imageSize(String path) {
        return Optional.empty();
    }
}
