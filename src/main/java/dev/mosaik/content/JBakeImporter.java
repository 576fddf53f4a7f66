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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code mosaik import-jbake}: turns a JBake project into a mosaik site. What maps to what:
 * {@code jbake.properties} {@code site.host} → {@code baseUrl}; {@code content/**.md} and {@code .html} with
 * {@code key=value} headers → {@code content/**.<lang>.md} with YAML front matter (title, date, type, tags,
 * status=draft → draft, summary); HTML bodies stay HTML (Markdown passes it through, filtered by the safelist),
 * relative image paths become site paths as JBake resolves them; other files in {@code content/} and everything
 * in {@code assets/} are copied; AsciiDoc files and JBake templates are not converted (reported).
 */
public final class JBakeImporter {

    private static final Pattern RELATIVE_SRC = Pattern.compile("(src|href)=\"(?![a-z][a-z0-9+.-]*:|/|#)([^\"]+)\"");

    /** What the import did. */
    public record Result(int pages, int files, List<String> skipped) {
    }

    public Result importSite(Path jbake, Path target, String language, Problems problems) throws IOException {
        Path contentDir = jbake.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            problems.error(SourcePosition.file(jbake.toString()), "not a JBake project: it has no content folder");
            return new Result(0, 0, List.of());
        }
        if (Files.exists(target.resolve("site.yaml"))) {
            problems.error(SourcePosition.file(target.resolve("site.yaml").toString()), "already exists; import-jbake writes into a new folder");
            return new Result(0, 0, List.of());
        }
        if (!isNewFolder(target)) {
            problems.error(SourcePosition.file(target.toString()), "is not empty (or not a folder); import-jbake writes into a new folder",
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
            problems.error(SourcePosition.file(propertiesFile.toString()), "site.host must be an http(s) address, not '" + host + "'");
            return new Result(0, 0, List.of());
        }
        String title = properties.getProperty("site.title", "Imported from JBake");
        int pages = 0;
        int files = 0;
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = contentDir.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html")) {
                    if (convert(file, relative, target, language, problems)) {
                        pages++;
                    } else {
                        skipped.add("content/" + relative + " (no JBake header)");
                    }
                } else if (name.endsWith(".adoc") || name.endsWith(".ad") || name.endsWith(".asciidoc")) {
                    skipped.add("content/" + relative + " (AsciiDoc is not supported; convert it to Markdown)");
                } else {
                    copy(file, target, target.resolve("content").resolve(relative), problems);
                    files++;
                }
            }
        }
        Path assets = jbake.resolve("assets");
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    copy(file, target, target.resolve("assets").resolve(assets.relativize(file).toString()), problems);
                    files++;
                }
            }
        }
        if (Files.isDirectory(jbake.resolve("templates"))) {
            skipped.add("templates/ (JBake templates are not converted; the default theme is used, override it in theme/)");
        }
        Path home = target.resolve("content").resolve("_index." + language + ".md");
        if (!Files.exists(home)) {
            write(target, home, "---\n" + YamlWriter.write(Map.of("title", title)) + "---\n\nImported from JBake.\n", problems);
        }
        Map<String, Object> languageEntry = new LinkedHashMap<>();
        languageEntry.put("code", language);
        languageEntry.put("title", title);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("baseUrl", baseUrl);
        site.put("defaultLanguage", language);
        site.put("languages", List.of(languageEntry));
        write(target, target.resolve("site.yaml"), "# Written by mosaik import-jbake from jbake.properties.\n" + YamlWriter.write(site), problems);
        return new Result(pages, files, skipped);
    }

    private static boolean convert(Path file, String relative, Path target, String language, Problems problems) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int end = text.indexOf("\n~~~~~~");
        if (end < 0) {
            return false;
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.substring(0, end).split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                header.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        String body = text.substring(text.indexOf('\n', end + 1) + 1);
        if (relative.toLowerCase(Locale.ROOT).endsWith(".html")) {
            body = RELATIVE_SRC.matcher(body).replaceAll("$1=\"/$2\"");
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
            front.put("tags", java.util.Arrays.stream(header.get("tags").split(",")).map(String::strip).toList());
        }
        String summary = header.getOrDefault("summary", header.get("description"));
        if (summary != null) {
            front.put("summary", summary);
        }
        if ("draft".equals(header.get("status"))) {
            front.put("draft", true);
        }
        String base = relative.substring(0, relative.lastIndexOf('.'));
        write(target, target.resolve("content").resolve(base + "." + language + ".md"), "---\n" + YamlWriter.write(front) + "---\n\n" + body,
                problems);
        return true;
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
