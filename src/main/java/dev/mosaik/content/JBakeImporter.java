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
        if (!canImport(jbake, target, problems)) {
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
        List<String> skipped = new ArrayList<>();
        // Every page's header first: links between pages are rewritten to the files the pages become.
        List<JBakePage> pages = new ArrayList<>();
        int files = readContent(jbake.resolve("content"), target, language, pages, skipped, problems);
        writePages(pages, baseUrl, target, problems);
        files += copyAssets(jbake.resolve("assets"), target, problems);
        if (Files.isDirectory(jbake.resolve("templates"))) {
            skipped.add(
                    "templates/ (JBake templates are not converted; the default theme is used, override it in theme/)");
        }
        writeSite(target, language, baseUrl, title, problems);
        return new Result(pages.size(), files, skipped);
    }

    /** Whether {@code jbake} is a JBake project that can be read and {@code target} a new folder to write into. */
    private static boolean canImport(Path jbake, Path target, Problems problems) throws IOException {
        if (!Files.isDirectory(jbake.resolve("content"))) {
            problems.error(SourcePosition.file(jbake.toString()), "not a JBake project: it has no content folder");
            return false;
        }
        if (Files.exists(target.resolve("site.yaml"))) {
            problems.error(
                    SourcePosition.file(target.resolve("site.yaml").toString()),
                    "already exists; import-jbake writes into a new folder");
            return false;
        }
        if (!isNewFolder(target)) {
            problems.error(
                    SourcePosition.file(target.toString()),
                    "is not empty (or not a folder); import-jbake writes into a new folder",
                    Optional.of("choose a folder that does not exist yet"));
            return false;
        }
        // Links in the JBake project are not copied as files: one out of it would import any file of the computer.
        return SiteLinks.checkReadable(jbake, List.of("jbake.properties", "content", "assets"), problems);
    }

    /** Reads the pages of {@code contentDir} into {@code pages} and copies its other files; how many it copied. */
    private static int readContent(
            Path contentDir,
            Path target,
            String language,
            List<JBakePage> pages,
            List<String> skipped,
            Problems problems)
            throws IOException {
        int files = 0;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = contentDir.relativize(file).toString().replace('\\', '/');
                Optional<SourceFormat> format = SourceFormat.of(relative);
                if (format.isPresent()) {
                    Optional<JBakePage> page = JBakePage.read(file, relative, format.get(), language);
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
        return files;
    }

    /** Writes the pages with YAML front matter, their links to other pages' JBake addresses made source links. */
    private static void writePages(List<JBakePage> pages, String baseUrl, Path target, Problems problems)
            throws IOException {
        Map<String, String> sourceLinks = new LinkedHashMap<>();
        pages.forEach(page -> page.address().ifPresent(address -> sourceLinks.put(address, page.sourceLink())));
        JBakeLinks links = new JBakeLinks(sourceLinks, baseUrl);
        for (JBakePage page : pages) {
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
    }

    /** Copies everything in {@code assets}; how many files. */
    private static int copyAssets(Path assets, Path target, Problems problems) throws IOException {
        if (!Files.isDirectory(assets)) {
            return 0;
        }
        int files = 0;
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                copy(
                        file,
                        target,
                        target.resolve("assets").resolve(assets.relativize(file).toString()),
                        problems);
                files++;
            }
        }
        return files;
    }

    /** A home page if the project had none, and site.yaml. */
    private static void writeSite(Path target, String language, String baseUrl, String title, Problems problems)
            throws IOException {
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
