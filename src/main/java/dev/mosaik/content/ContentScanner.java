package dev.mosaik.content;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds content files and derives key and language from their names:
 * {@code content/<section>/<slug>.<lang>.md}. A name without a language ({@code post.md}, as JBake writes
 * them) belongs to the default language.
 */
public final class ContentScanner {

    public static final String CONTENT_DIR = "content";

    /** Letters of any script, digits, hyphen and underscore: safe in a URL and on every file system. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*");
    private static final Pattern LANGUAGE_LIKE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    /** What the scan found. */
    /**
     * What the scan found.
     *
     * @param staticFiles non-Markdown files below {@code content/}, published at the same path
     * @param assets      files below {@code assets/}, published at the site root
     */
    public record Scan(List<SourceFile> sources, List<StaticFile> staticFiles, List<StaticFile> assets) {
        public Scan {
            sources = List.copyOf(sources);
            staticFiles = List.copyOf(staticFiles);
            assets = List.copyOf(assets);
        }
    }

    public static final String ASSETS_DIR = "assets";

    public Scan scan(Path siteRoot, SiteConfig config, Problems problems) {
        Path contentDir = siteRoot.resolve(CONTENT_DIR);
        if (!Files.isDirectory(contentDir)) {
            problems.error(SourcePosition.file(CONTENT_DIR), "no content folder found",
                    Optional.of("create content/_index." + config.defaultLanguage().code() + ".md for the home page"));
            return new Scan(List.of(), List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(p -> !isHidden(contentDir.relativize(p))).filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            problems.error(SourcePosition.file(CONTENT_DIR), "cannot read the content folder: " + e.getMessage());
            return new Scan(List.of(), List.of(), List.of());
        }
        Path realRoot = realPath(siteRoot);
        List<SourceFile> sources = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        Map<String, SourceFile> byKeyAndLanguage = new HashMap<>();
        for (Path file : files) {
            String belowContent = slashes(contentDir.relativize(file));
            String relative = CONTENT_DIR + "/" + belowContent;
            if (!insideSite(file, realRoot)) {
                problems.error(SourcePosition.file(relative), "links to a file outside the site folder; it is skipped",
                        Optional.of("copy the file into the site instead of linking it"));
                continue;
            }
            if (!belowContent.endsWith(".md")) {
                statics.add(new StaticFile(file, belowContent));
                continue;
            }
            source(file, belowContent, relative, config, problems).ifPresent(source -> {
                String identity = source.key() + "#" + source.language().code();
                SourceFile earlier = byKeyAndLanguage.putIfAbsent(identity, source);
                if (earlier != null) {
                    problems.error(SourcePosition.file(relative), "is the same page as " + earlier.relative()
                            + " (a name without language means the default language '" + config.defaultLanguage().code() + "')");
                } else {
                    sources.add(source);
                }
            });
        }
        return new Scan(sources, statics, assets(siteRoot, realRoot, problems));
    }

    private List<StaticFile> assets(Path siteRoot, Path realRoot, Problems problems) {
        Path assetsDir = siteRoot.resolve(ASSETS_DIR);
        if (!Files.isDirectory(assetsDir)) {
            return List.of();
        }
        List<StaticFile> assets = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assetsDir)) {
            for (Path file : walk.filter(p -> !isHidden(assetsDir.relativize(p))).filter(p -> !Files.isDirectory(p)).sorted().toList()) {
                String sitePath = slashes(assetsDir.relativize(file));
                if (insideSite(file, realRoot)) {
                    assets.add(new StaticFile(file, sitePath));
                } else {
                    problems.error(SourcePosition.file(ASSETS_DIR + "/" + sitePath), "links to a file outside the site folder; it is skipped");
                }
            }
        } catch (IOException e) {
            problems.error(SourcePosition.file(ASSETS_DIR), "cannot read the assets folder: " + e.getMessage());
        }
        return assets;
    }

    private Optional<SourceFile> source(Path file, String belowContent, String relative, SiteConfig config, Problems problems) {
        String withoutExtension = belowContent.substring(0, belowContent.length() - ".md".length());
        int slash = withoutExtension.lastIndexOf('/');
        String folder = slash < 0 ? "" : withoutExtension.substring(0, slash + 1);
        String name = withoutExtension.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        Language language = config.defaultLanguage();
        if (dot >= 0) {
            String code = name.substring(dot + 1);
            String base = name.substring(0, dot);
            name = base;
            Optional<Language> configured = config.language(code);
            if (configured.isEmpty()) {
                List<String> codes = config.languages().stream().map(Language::code).toList();
                String what = LANGUAGE_LIKE.matcher(code).matches() ? "unknown language '" + code + "' in the file name"
                        : "'" + code + "' in the file name is not a language code";
                // No "did you mean" here: with two-letter codes the nearest one is usually another language.
                problems.error(SourcePosition.file(relative), what + "; site.yaml lists " + String.join(", ", codes),
                        Optional.of("name files like " + base + "." + config.defaultLanguage().code() + ".md, or add '"
                                + code + "' to the languages in site.yaml"));
                return Optional.empty();
            }
            language = configured.get();
        }
        for (String segment : (folder + name).split("/")) {
            if (!NAME.matcher(segment).matches()) {
                problems.error(SourcePosition.file(relative), "'" + segment + "' cannot be part of a web address",
                        Optional.of("use letters, digits and hyphens, e.g. '" + suggestName(segment) + "'"));
                return Optional.empty();
            }
        }
        return Optional.of(new SourceFile(file, relative, new TranslationKey(folder + name), language));
    }

    static String suggestName(String segment) {
        String lower = segment.toLowerCase(java.util.Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String cleaned = lower.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "seite" : cleaned;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideSite(Path file, Path realRoot) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        return realPath(file).startsWith(realRoot);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
