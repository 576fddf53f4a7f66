package dev.mosaik.content;

import java.util.Collection;
import java.util.Optional;

/**
 * What Markdown links and images may point at, seen from one page in one language tree. Implemented by the
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

    /**
     * What an address names: {@code path} is decoded (no {@code %} escapes), without query or fragment, and either
     * site-absolute ({@code /de/kontakt/}, {@code /kontakt/}) or relative to the page's published address
     * ({@code ../projekte/}, {@code about.html}, or empty for the page itself).
     */
    default Address address(String path) {
        return new Address.Later("/" + path, path, Optional.empty());
    }

    /**
     * Whether the source of {@code key} exists but could not be read (its own errors are reported): links to it are
     * then not reported as missing as well.
     */
    default boolean unreadable(TranslationKey key) {
        return false;
    }

    /** The answer to {@link #address}. */
    sealed interface Address {

        /** A page or file of the site: link to {@code href} (the reader's language's page where there is one). */
        record Found(String href) implements Address {}

        /**
         * Nothing the assembled pages and files know; the build may still write it (a listing, a feed, an alias).
         *
         * @param href        what to link to meanwhile: the address as written, made site-absolute
         * @param address     {@code href}'s site path, to check against everything the build writes
         * @param alternative the same address in the tree of the page's language, when it was written without one
         */
        record Later(String href, String address, Optional<String> alternative) implements Address {}

        /** A relative address with more {@code ../} than the page's address has folders. */
        record AboveRoot() implements Address {}
    }
}
