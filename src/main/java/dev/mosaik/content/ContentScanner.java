package dev.mosaik.content;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds content files and derives key and language from their names:
 * {@code content/<section>/<slug>.<lang>.md}. A name without a language ({@code post.md}, as JBake writes
 * them) belongs to the default language. JBake's other page formats are pages too: AsciiDoc files, and HTML files
 * that start with a JBake header ({@code title=…} lines ended by {@code ~~~~~~}) or YAML front matter; other HTML files are published
 * as they are (where the site allows it).
 */
public final class ContentScanner {

    public static final String CONTENT_DIR = "content";

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
            problems.error(
                    SourcePosition.file(CONTENT_DIR),
                    "no content folder found",
                    Optional.of(
                            "create content/_index." + config.defaultLanguage().code() + ".md for the home page"));
            return new Scan(List.of(), List.of(), List.of());
        }
        Path realRoot = FolderWalk.realPath(siteRoot);
        List<FolderWalk.Found> files = FolderWalk.walk(contentDir, CONTENT_DIR, realRoot, problems);
        List<SourceFile> sources = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        Map<PageInLanguage, SourceFile> byKeyAndLanguage = new HashMap<>();
        for (FolderWalk.Found found : files) {
            Path file = found.path();
            String belowContent = found.below();
            String relative = CONTENT_DIR + "/" + belowContent;
            Optional<SourceFormat> format =
                    SourceFormat.of(belowContent).filter(f -> f != SourceFormat.HTML || JBakeHeader.startsPage(file));
            if (format.isEmpty()) {
                if (publishable(relative, belowContent, problems)) {
                    statics.add(new StaticFile(file, belowContent));
                }
                continue;
            }
            source(siteRoot, belowContent, format.get(), relative, config, problems)
                    .ifPresent(source -> addUnlessTaken(source, byKeyAndLanguage, sources, config, problems));
        }
        List<StaticFile> assets = assets(siteRoot, realRoot, problems);
        // Files that could run script are refused here, before anything is built; they stay in the scan so that a
        // clash with a page is reported too.
        PublishedFileTypes types = new PublishedFileTypes(config.publish().rawFiles());
        types.check(statics, CONTENT_DIR, problems);
        types.check(assets, ASSETS_DIR, problems);
        return new Scan(sources, statics, assets);
    }

    /** What two source files must not share: one page in one language. */
    private record PageInLanguage(TranslationKey key, dev.mosaik.config.Language language) {}

    /** Adds {@code source} unless another file is the same page in the same language (reported). */
    private static void addUnlessTaken(
            SourceFile source,
            Map<PageInLanguage, SourceFile> byKeyAndLanguage,
            List<SourceFile> sources,
            SiteConfig config,
            Problems problems) {
        SourceFile earlier = byKeyAndLanguage.putIfAbsent(new PageInLanguage(source.key(), source.language()), source);
        if (earlier != null
                && UrlSegment.normalise(earlier.relative()).equals(UrlSegment.normalise(source.relative()))) {
            problems.error(
                    SourcePosition.file(source.relative()),
                    "has the same name as " + earlier.relative()
                            + ", written with other Unicode characters (such as 'ü' as one character or as 'u' and '¨')",
                    Optional.of("keep one of the two files"));
        } else if (earlier != null) {
            problems.error(
                    SourcePosition.file(source.relative()),
                    "is the same page as " + earlier.relative()
                            + " (a name without language means the default language '"
                            + config.defaultLanguage().code() + "')");
        } else {
            sources.add(source);
        }
    }

    private List<StaticFile> assets(Path siteRoot, Path realRoot, Problems problems) {
        Path assetsDir = siteRoot.resolve(ASSETS_DIR);
        if (!Files.isDirectory(assetsDir)) {
            return List.of();
        }
        List<StaticFile> assets = new ArrayList<>();
        for (FolderWalk.Found found : FolderWalk.walk(assetsDir, ASSETS_DIR, realRoot, problems)) {
            if (publishable(ASSETS_DIR + "/" + found.below(), found.below(), problems)) {
                assets.add(new StaticFile(found.path(), found.below()));
            }
        }
        return assets;
    }

    /** Whether a static file's name may be published as it is ({@link StaticFileName}); reports it at its path if not. */
    private static boolean publishable(String shown, String below, Problems problems) {
        Optional<String> wrong = StaticFileName.problem(below);
        // The path as shown escapes what would garble the report itself (a line break, a direction override).
        wrong.ifPresent(w -> problems.error(
                SourcePosition.file(StaticFileName.printable(shown)), w, Optional.of("rename the file")));
        return wrong.isEmpty();
    }

    private Optional<SourceFile> source(
            Path root,
            String belowContent,
            SourceFormat format,
            String relative,
            SiteConfig config,
            Problems problems) {
        // Keys are compared in NFC, so that a link typed on one computer finds a file named on another.
        String withoutExtension = UrlSegment.normalise(format.strip(belowContent));
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
                List<String> codes =
                        config.languages().stream().map(Language::code).toList();
                String what = LANGUAGE_LIKE.matcher(code).matches()
                        ? "unknown language '" + code + "' in the file name"
                        : "'" + code + "' in the file name is not a language code";
                // No "did you mean" here: with two-letter codes the nearest one is usually another language.
                problems.error(
                        SourcePosition.file(relative),
                        what + "; site.yaml lists " + String.join(", ", codes),
                        Optional.of("name files like " + base + "."
                                + config.defaultLanguage().code() + ".md, or add '" + code
                                + "' to the languages in site.yaml"));
                return Optional.empty();
            }
            language = configured.get();
        }
        for (String segment : (folder + name).split("/", -1)) {
            if (!UrlSegment.isValid(segment)) {
                problems.error(
                        SourcePosition.file(relative),
                        "'" + segment + "' cannot be part of a web address",
                        Optional.of("use letters, digits and hyphens, e.g. '" + UrlSegment.suggest(segment) + "'"));
                return Optional.empty();
            }
        }
        return Optional.of(new SourceFile(relative, root, new TranslationKey(folder + name), language));
    }
}
