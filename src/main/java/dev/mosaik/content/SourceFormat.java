package dev.mosaik.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a content file's body is written in, told by its extension: Markdown ({@code .md}, {@code .markdown}), HTML ({@code .html},
 * JBake's HTML pages with a header) or AsciiDoc ({@code .adoc}, {@code .asciidoc}, {@code .ad}, common in JBake
 * sites). Every format ends as HTML that passes the same link checks and the same raw-HTML safelist.
 */
public enum SourceFormat {
    MARKDOWN(List.of(".md", ".markdown")),
    HTML(List.of(".html")),
    ASCIIDOC(List.of(".adoc", ".asciidoc", ".ad"));

    private final List<String> extensions;

    SourceFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /** The format of a file named {@code name} (any path), if its extension is one of a content format. */
    public static Optional<SourceFormat> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (SourceFormat format : values()) {
            if (format.extensions.stream().anyMatch(lower::endsWith)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** {@code name} without this format's extension ({@code post.de.adoc} → {@code post.de}). */
    public String strip(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        throw new IllegalArgumentException(name + " is not " + this);
    }

    /**
     * Whether a link names a source file rather than an address: {@code .md} and the AsciiDoc extensions. Not
     * {@code .html}, which in a link is an address (JBake's, or a published file's).
     */
    public static boolean isSourceLink(String path) {
        return of(path).filter(format -> format != HTML).isPresent();
    }
}
