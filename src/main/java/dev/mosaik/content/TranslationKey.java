package dev.mosaik.content;

import java.util.Objects;
import java.util.Optional;

/**
 * What ties the translations of one page together: the source path below {@code content/} without the
 * language and the {@code .md} ending, e.g. {@code projekte/schule-verstehen} for
 * {@code content/projekte/schule-verstehen.ar.md}. A section's own page ends in {@code _index}; the home
 * page is {@code _index}.
 */
public record TranslationKey(String value) implements Comparable<TranslationKey> {

    public static final String INDEX = "_index";
    public static final TranslationKey HOME = new TranslationKey(INDEX);

    public TranslationKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.startsWith("/") || value.endsWith("/")) {
            throw new IllegalArgumentException("not a translation key: '" + value + "'");
        }
    }

    /** The key of a content link such as {@code /projekte/a.md} or {@code ../a.md}, seen from {@code from}. */
    public static Optional<TranslationKey> ofLink(String link, TranslationKey from) {
        if (!SourceFormat.isSourceLink(link)) {
            return Optional.empty();
        }
        String path = UrlSegment.normalise(SourceFormat.of(link).orElseThrow().strip(link));
        String joined = path.startsWith("/")
                ? path.substring(1)
                : from.directory().map(d -> d + "/").orElse("") + path;
        return normalise(joined).map(TranslationKey::new);
    }

    /** Resolves {@code .} and {@code ..}; empty when the path climbs out of the content folder. */
    static Optional<String> normalise(String path) {
        return PathSegments.resolve(path).filter(parts -> !parts.isEmpty()).map(parts -> String.join("/", parts));
    }

    public boolean isHome() {
        return value.equals(INDEX);
    }

    /** A section's own page ({@code _index}), including the home page. */
    public boolean isSectionIndex() {
        return lastSegment().equals(INDEX);
    }

    /** The folder the source lies in, e.g. {@code projekte}; empty at the content root. */
    public Optional<String> directory() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(value.substring(0, slash));
    }

    /** The key of the section this page belongs to; the home page for top-level pages and sections. */
    public Optional<TranslationKey> parent() {
        if (isHome()) {
            return Optional.empty();
        }
        Optional<String> folder = directory();
        if (isSectionIndex()) {
            // projekte/_index belongs to the home page; a/b/_index to a/_index.
            String sectionPath = folder.orElseThrow();
            int slash = sectionPath.lastIndexOf('/');
            return Optional.of(slash < 0 ? HOME : new TranslationKey(sectionPath.substring(0, slash) + "/" + INDEX));
        }
        return Optional.of(folder.map(f -> new TranslationKey(f + "/" + INDEX)).orElse(HOME));
    }

    /** The name that becomes the URL segment unless front matter sets a slug: file or folder name. */
    public String defaultSlug() {
        if (isHome()) {
            return "";
        }
        if (isSectionIndex()) {
            String folder = directory().orElseThrow();
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        return lastSegment();
    }

    private String lastSegment() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public int compareTo(TranslationKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
