package dev.mosaik.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JBake page as {@link JBakeImporter} imports it.
 *
 * @param relative    its path below content/ in the JBake project
 * @param written     its path below content/ in the new site ({@code blog/post.en.md})
 * @param frontMatter the YAML front matter, in the order it is written
 */
record JBakePage(String relative, String written, SourceFormat format, Map<String, Object> frontMatter, String body) {

    /** A page's JBake metadata ({@code key=value}) and the body below them. */
    private record Headed(Map<String, String> header, String body) {}

    /** The folder below content/, without slashes around it ("" at the top). */
    String folder() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /** Where JBake published it, which becomes an alias. */
    Optional<String> address() {
        return JBakeHeader.address(relative, format);
    }

    /** How the new site links the page: its source file's name without language, from the site root. */
    String sourceLink() {
        String base = format.strip(relative);
        return "/" + base + (format == SourceFormat.HTML ? ".html" : relative.substring(base.length()));
    }

    /**
     * The page in {@code file}: a JBake header ({@code key=value} lines, {@code ~~~~~~}) or, in AsciiDoc, an AsciiDoc
     * header ({@code = Title}, {@code :jbake-type:} …), turned into YAML front matter with the old address as an alias.
     * The body stays in its format: Markdown, HTML and AsciiDoc are all pages in mosaik. Empty if it has no header.
     */
    static Optional<JBakePage> read(Path file, String relative, SourceFormat format, String language)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        Optional<Headed> headed = JBakeHeader.starts(lines)
                ? Optional.of(jbakeHeader(text))
                : format == SourceFormat.ASCIIDOC ? asciidocHeader(lines) : Optional.empty();
        if (headed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> front = frontMatter(headed.get().header(), relative);
        String base = format.strip(relative);
        String extension = format == SourceFormat.MARKDOWN ? ".md" : relative.substring(base.length());
        JBakePage page = new JBakePage(
                relative,
                base + "." + language + extension,
                format,
                front,
                headed.get().body());
        page.address().ifPresent(address -> front.put("aliases", List.of(address)));
        return Optional.of(page);
    }

    /** {@code key=value} lines up to JBake's {@code ~~~~~~}. */
    private static Headed jbakeHeader(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        int end = text.indexOf("\n" + JBakeHeader.END);
        for (String line : text.substring(0, end).split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                header.put(
                        line.substring(0, equals).strip(),
                        line.substring(equals + 1).strip());
            }
        }
        int next = text.indexOf('\n', end + 1);
        return new Headed(header, next < 0 ? "" : text.substring(next + 1));
    }

    /** An AsciiDoc header's title and {@code :jbake-…:} attributes; empty without a title. */
    private static Optional<Headed> asciidocHeader(String[] lines) {
        AsciidocHeader.Header asciidoc = AsciidocHeader.parse(lines);
        Optional<String> title =
                Optional.ofNullable(asciidoc.attributes().get("jbake-title")).or(asciidoc::title);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", title.get());
        asciidoc.attributes().forEach((name, value) -> {
            if (name.startsWith("jbake-")) {
                header.put(name.substring("jbake-".length()), value);
            }
        });
        if (!header.containsKey("date")) {
            Optional.ofNullable(asciidoc.attributes().get("revdate"))
                    .or(asciidoc::revisionDate)
                    .ifPresent(d -> header.put("date", d));
        }
        // The metadata are in the front matter now; the rest of the AsciiDoc header (:idprefix: …) still applies.
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!asciidoc.lineOf().containsValue(i + 1) || !lines[i].strip().startsWith(":jbake-")) {
                kept.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            }
        }
        return Optional.of(new Headed(header, kept.toString()));
    }

    /** The front matter mosaik reads, from JBake's metadata: title, date, type, tags, summary and draft. */
    private static Map<String, Object> frontMatter(Map<String, String> header, String relative) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", header.getOrDefault("title", relative));
        if (header.containsKey("date")) {
            String date = header.get("date");
            front.put("date", date.length() >= 10 ? date.substring(0, 10) : date);
        }
        if (header.containsKey("type")) {
            front.put("type", header.get("type"));
        }
        if (header.containsKey("tags") && !header.get("tags").isBlank()) {
            front.put(
                    "tags",
                    Arrays.stream(header.get("tags").split(","))
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList());
        }
        String summary = header.getOrDefault("summary", header.get("description"));
        if (summary != null) {
            front.put("summary", summary);
        }
        if ("draft".equals(header.get("status"))) {
            front.put("draft", true);
        }
        return front;
    }
}
