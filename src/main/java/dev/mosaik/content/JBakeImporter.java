package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.yaml.YamlWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code mosaik import-jbake}: turns a JBake project into a mosaik site. What maps to what:
 * {@code jbake.properties} {@code site.host} → {@code baseUrl}; pages ({@code content/**.md}, {@code .html} and
 * {@code .adoc}) with {@code key=value} headers, or AsciiDoc pages with an AsciiDoc header ({@code = Title},
 * {@code :jbake-type:} …) → {@code content/**.<lang>.md}, {@code .html} or {@code .adoc} with YAML front matter (title,
 * date, type, tags, status=draft → draft, summary) and the page's JBake address ({@code /blog/2013/post.html}) as an
 * alias, so that old links still arrive; the body keeps its format, with links to other pages' JBake addresses
 * rewritten to their source files ({@link JBakeLinks}) and, in Markdown, relative addresses in raw HTML made
 * site paths as JBake resolved them; other files in {@code content/} and everything in {@code assets/} are copied;
 * JBake templates are not converted (reported).
 */
public final class JBakeImporter {

    private static final Pattern RELATIVE_SRC = Pattern.compile("(src|href)=\"(?![a-z][a-z0-9+.-]*:|/|#)([^\"]+)\"");

    /** What the import did. */
    public record Result(int pages, int files, List<String> skipped) {}

    public Result importSite(Path jbake, Path target, String language, Problems problems) throws IOException {
        Path contentDir = jbake.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            problems.error(SourcePosition.file(jbake.toString()), "not a JBake project: it has no content folder");
            return new Result(0, 0, List.of());
        }
        if (Files.exists(target.resolve("site.yaml"))) {
            problems.error(
                    SourcePosition.file(target.resolve("site.yaml").toString()),
                    "already exists; import-jbake writes into a new folder");
            return new Result(0, 0, List.of());
        }
        if (!isNewFolder(target)) {
            problems.error(
                    SourcePosition.file(target.toString()),
                    "is not empty (or not a folder); import-jbake writes into a new folder",
                    Optional.of("choose a folder that does not exist yet"));
            return new Result(0, 0, List.of());
        }
        // Links in the JBake project are not copied as files: one out of it would import any file of the computer.
        if (!SiteLinks.checkReadable(jbake, List.of("jbake.properties", "content", "assets"), problems)) {
            return new Result(0, 0, List.of());
        }
        Properties properties = new Properties();
        Path propertiesFile = jbake.resolve("jbake.properties");
        if (Files.isRegularFile(propertiesFile)) {
            try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        String host = properties.getProperty("site.host", "https://example.org").strip();
        String baseUrl = host.endsWith("/") ? host : host + "/";
        if (!baseUrl.matches("https?://[^\\s\"'<>]+")) {
            problems.error(
                    SourcePosition.file(propertiesFile.toString()),
                    "site.host must be an http(s) address, not '" + host + "'");
            return new Result(0, 0, List.of());
        }
        String title = properties.getProperty("site.title", "Imported from JBake");
        int files = 0;
        List<String> skipped = new ArrayList<>();
        // Every page's header first: links between pages are rewritten to the files the pages become.
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = contentDir.relativize(file).toString().replace('\\', '/');
                Optional<SourceFormat> format = SourceFormat.of(relative);
                if (format.isPresent()) {
                    Optional<Page> page = read(file, relative, format.get(), language);
                    page.ifPresent(pages::add);
                    if (page.isEmpty()) {
                        skipped.add("content/" + relative
                                + (format.get() == SourceFormat.ASCIIDOC
                                        ? " (no JBake header and no '= Title')"
                                        : " (no JBake header)"));
                    }
                } else {
                    copy(file, target, target.resolve("content").resolve(relative), problems);
                    files++;
                }
            }
        }
        Map<String, String> sourceLinks = new LinkedHashMap<>();
        pages.forEach(page -> page.address().ifPresent(address -> sourceLinks.put(address, page.sourceLink())));
        JBakeLinks links = new JBakeLinks(sourceLinks, baseUrl);
        for (Page page : pages) {
            String body = links.rewrite(page.body(), page.folder());
            if (page.format() == SourceFormat.MARKDOWN) {
                // Raw HTML in Markdown keeps its addresses as written; JBake read relative ones from the page's folder.
                body = RELATIVE_SRC
                        .matcher(body)
                        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=\"/"
                                + TranslationKey.normalise(
                                                (page.folder().isEmpty() ? "" : page.folder() + "/") + m.group(2))
                                        .orElse(m.group(2))
                                + "\""));
            }
            write(
                    target,
                    target.resolve("content").resolve(page.written()),
                    "---\n" + YamlWriter.write(page.frontMatter()) + "---\n\n" + body,
                    problems);
        }
        Path assets = jbake.resolve("assets");
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    copy(
                            file,
                            target,
                            target.resolve("assets")
                                    .resolve(assets.relativize(file).toString()),
                            problems);
                    files++;
                }
            }
        }
        if (Files.isDirectory(jbake.resolve("templates"))) {
            skipped.add(
                    "templates/ (JBake templates are not converted; the default theme is used, override it in theme/)");
        }
        Path home = target.resolve("content").resolve("_index." + language + ".md");
        if (!Files.exists(home)) {
            write(
                    target,
                    home,
                    "---\n" + YamlWriter.write(Map.of("title", title)) + "---\n\nImported from JBake.\n",
                    problems);
        }
        Map<String, Object> languageEntry = new LinkedHashMap<>();
        languageEntry.put("code", language);
        languageEntry.put("title", title);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("baseUrl", baseUrl);
        site.put("defaultLanguage", language);
        site.put("languages", List.of(languageEntry));
        write(
                target,
                target.resolve("site.yaml"),
                "# Written by mosaik import-jbake from jbake.properties.\n" + YamlWriter.write(site),
                problems);
        return new Result(pages.size(), files, skipped);
    }

    /**
     * A JBake page as it is imported.
     *
     * @param relative    its path below content/ in the JBake project
     * @param written     its path below content/ in the new site ({@code blog/post.en.md})
     * @param frontMatter the YAML front matter, in the order it is written
     */
    private record Page(
            String relative, String written, SourceFormat format, Map<String, Object> frontMatter, String body) {

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
    }

    /**
     * The page in {@code file}: a JBake header ({@code key=value} lines, {@code ~~~~~~}) or, in AsciiDoc, an AsciiDoc
     * header ({@code = Title}, {@code :jbake-type:} …), turned into YAML front matter with the old address as an alias.
     * The body stays in its format: Markdown, HTML and AsciiDoc are all pages in mosaik. Empty if it has no header.
     */
    private static Optional<Page> read(Path file, String relative, SourceFormat format, String language)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        String body;
        if (JBakeHeader.starts(lines)) {
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
            body = next < 0 ? "" : text.substring(next + 1);
        } else if (format == SourceFormat.ASCIIDOC) {
            AsciidocHeader.Header asciidoc = AsciidocHeader.parse(lines);
            Optional<String> title = Optional.ofNullable(asciidoc.attributes().get("jbake-title"))
                    .or(asciidoc::title);
            if (title.isEmpty()) {
                return Optional.empty();
            }
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
            body = kept.toString();
        } else {
            return Optional.empty();
        }
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
                    java.util.Arrays.stream(header.get("tags").split(","))
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
        String base = format.strip(relative);
        String extension = format == SourceFormat.MARKDOWN ? ".md" : relative.substring(base.length());
        Page page = new Page(relative, base + "." + language + extension, format, front, body);
        page.address().ifPresent(address -> front.put("aliases", List.of(address)));
        return Optional.of(page);
    }

    /** Whether {@code folder} does not exist yet or is an empty folder (not a link): the import never mixes with other files. */
    private static boolean isNewFolder(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void copy(Path source, Path target, Path file, Problems problems) throws IOException {
        if (SiteLinks.checkWritable(target, file, file.toString(), problems)) {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void write(Path target, Path file, String text, Problems problems) throws IOException {
        if (SiteLinks.checkWritable(target, file, file.toString(), problems)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
