package dev.mosaik.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A type of file that can run scripts in readers' browsers, with the site's own address and its cookies, and
 * is therefore not published from {@code content/} or {@code assets/} unless the site opts in with
 * {@code publish: {rawFiles: [...]}} in site.yaml. SVG drawings are published without the opt-in when they
 * contain nothing active; the opt-in publishes them unchecked.
 */
public enum RawFileType {
    HTML(List.of("html", "htm", "xhtml", "xht", "shtml")),
    SVG(List.of("svg", "svgz")),
    JS(List.of("js", "mjs", "cjs"));

    private final List<String> extensions;

    RawFileType(List<String> extensions) {
        this.extensions = extensions;
    }

    /** The word used in site.yaml: {@code html}, {@code svg}, {@code js}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<RawFileType> ofKey(String key) {
        for (RawFileType type : values()) {
            if (type.key().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type a file extension (lower case, without dot) belongs to, if it is one of these. */
    public static Optional<RawFileType> ofExtension(String extension) {
        for (RawFileType type : values()) {
            if (type.extensions.contains(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
