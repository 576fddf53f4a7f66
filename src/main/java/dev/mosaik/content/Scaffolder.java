package dev.mosaik.content;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.UiLanguage;
import dev.mosaik.diag.UiMessages;
import dev.mosaik.diag.UiText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code mosaik new}: writes a new content file whose front matter explains each field in comments (in the editor's
 * language), so an editor can fill it in without opening the manual; {@code mosaik translate} starts a translation.
 */
public final class Scaffolder {

    /** What {@code new} creates besides the content types. */
    private static final List<String> PLAIN = List.of("page", "section");

    private final ContentTypes contentTypes;

    /** @param contentTypes the types of the build, each of which {@code new} can create */
    public Scaffolder(ContentTypes contentTypes) {
        this.contentTypes = contentTypes;
    }

    /** The kinds of file {@code new} can create: plain pages and sections, and every content type. */
    public List<String> types() {
        List<String> types = new java.util.ArrayList<>(PLAIN);
        contentTypes.all().forEach(t -> types.add(t.name()));
        return List.copyOf(types);
    }

    /**
     * @param slug a page name, optionally below sections: {@code projekte/sprachcafe}
     * @return the file written, relative to the site root; empty when a problem was reported
     */
    public Optional<String> create(
            Path siteRoot,
            SiteConfig config,
            String type,
            String slug,
            String languageCode,
            UiLanguage ui,
            Problems problems) {
        Optional<String> clean = checkNew(config, type, slug, languageCode, problems);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        if (!PLAIN.contains(type) && Scaffolder.class.getResource(resource(ui, type)) == null) {
            // A type from a jar of its own that brings no scaffold: a mistake of the jar, told, not a crash.
            problems.error(
                    SourcePosition.file("mosaik new"),
                    "the content type " + type + " has no scaffold "
                            + resource(ui, type).substring(1),
                    Optional.of("the type's jar carries one for each editor language (de, en)"));
            return Optional.empty();
        }
        String relative = ContentScanner.CONTENT_DIR + "/"
                + (type.equals("section") ? clean.get() + "/" + TranslationKey.INDEX : clean.get()) + "." + languageCode
                + ".md";
        Path file = siteRoot.resolve(relative);
        if (!SiteLinks.checkWritable(siteRoot, file, relative, problems)) {
            return Optional.empty();
        }
        if (Files.exists(file)) {
            problems.error(SourcePosition.file(relative), UiText.of("new.exists"));
            return Optional.empty();
        }
        String text = template(ui, "page")
                .replace("{{title}}", titleOf(clean.get()).replace("\"", "\\\""))
                .replace("{{fields}}", PLAIN.contains(type) ? "" : template(ui, type));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePosition.file(relative), "cannot write the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(relative);
    }

    /** The slug made clean, when the type, the language and the slug are usable; else each problem reported. */
    private Optional<String> checkNew(
            SiteConfig config, String type, String slug, String languageCode, Problems problems) {
        SourcePosition here = SourcePosition.file("mosaik new");
        List<String> types = types();
        if (!types.contains(type)) {
            problems.error(
                    here,
                    UiText.of("new.unknownType", type, String.join(", ", types)),
                    DidYouMean.suggest(type, types));
            return Optional.empty();
        }
        if (language(config, languageCode, here, problems).isEmpty()) {
            return Optional.empty();
        }
        String clean = UrlSegment.normalise(slug.replaceAll("^/+|/+$", ""));
        if (!java.util.Arrays.stream(clean.split("/", -1)).allMatch(s -> UrlSegment.isValid(s) && UrlSegment.fits(s))) {
            problems.error(
                    here,
                    "'" + slug + "' cannot be used as a web address",
                    Optional.of("use letters, digits and hyphens, e.g. '" + UrlSegment.suggest(slug) + "'"));
            return Optional.empty();
        }
        return Optional.of(clean);
    }

    /**
     * {@code mosaik translate}: starts the translation of a default-language file into {@code target}, with the
     * original's text to translate, {@code sourceHash} recorded (so a later change of the original marks the
     * translation outdated) and {@code draft: true} until the translator is done.
     *
     * @return the file written, relative to the site root
     */
    public Optional<String> translate(
            Path siteRoot, SiteConfig config, String sourcePath, String target, UiLanguage ui, Problems problems) {
        SourcePosition here = SourcePosition.file(sourcePath);
        Optional<Language> language = language(config, target, here, problems);
        if (language.isEmpty()) {
            return Optional.empty();
        }
        String relative = sourcePath.replace('\\', '/').replaceFirst("^\\./", "");
        String suffix = "." + config.defaultLanguage().code() + ".md";
        if (!isOriginal(siteRoot, config, relative, suffix, here, problems)) {
            return Optional.empty();
        }
        Path source = siteRoot.resolve(relative);
        String key = relative.substring(ContentScanner.CONTENT_DIR.length() + 1, relative.length() - suffix.length());
        SourceFile file = new SourceFile(relative, siteRoot, new TranslationKey(key), config.defaultLanguage());
        Optional<SourceDocument> document = new ContentReader(contentTypes, false).read(file, problems);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String targetRelative = ContentScanner.CONTENT_DIR + "/" + key + "." + target + ".md";
        Path targetFile = siteRoot.resolve(targetRelative);
        if (!SiteLinks.checkWritable(siteRoot, targetFile, targetRelative, problems)) {
            return Optional.empty();
        }
        if (Files.exists(targetFile)) {
            problems.error(SourcePosition.file(targetRelative), UiText.of("translate.exists"));
            return Optional.empty();
        }
        Optional<String> translated = translationText(source, document.get(), language.get(), ui, here, problems);
        if (translated.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.writeString(targetFile, translated.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePosition.file(targetRelative), "cannot write the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(targetRelative);
    }

    private static Optional<Language> language(SiteConfig config, String code, SourcePosition here, Problems problems) {
        Optional<Language> language = config.language(code);
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream().map(Language::code).toList();
            problems.error(
                    here,
                    UiText.of("new.unknownLanguage", code, String.join(", ", codes)),
                    DidYouMean.suggest(code, codes));
        }
        return language;
    }

    /** Whether {@code relative} names a readable content file in the default language, inside the site. */
    private static boolean isOriginal(
            Path siteRoot, SiteConfig config, String relative, String suffix, SourcePosition here, Problems problems) {
        if (Path.of(relative).isAbsolute() || relative.startsWith("../")) {
            problems.error(
                    here,
                    UiText.of(
                            "translate.outsideSite",
                            siteRoot.toAbsolutePath().normalize().toString()),
                    UiText.of("hint.translateSource"));
            return false;
        }
        if (!relative.startsWith(ContentScanner.CONTENT_DIR + "/") || !relative.endsWith(suffix)) {
            problems.error(
                    here,
                    UiText.of("translate.notOriginal", config.defaultLanguage().name(), suffix));
            return false;
        }
        return SiteLinks.checkReadable(siteRoot, List.of(relative), problems);
    }

    /** The new translation's text: the original's header (prose keys to translate) and body, marked as a draft. */
    private static Optional<String> translationText(
            Path source,
            SourceDocument document,
            Language language,
            UiLanguage ui,
            SourcePosition here,
            Problems problems) {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            problems.error(here, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 4);
        if (!text.startsWith("---") || end < 0) {
            problems.error(here, "translate needs a file with YAML front matter between '---' lines");
            return Optional.empty();
        }
        String header = ProseHeader.of(
                text.substring(4, end + 1).replaceAll("(?m)^(translation|sourceHash|sourceSections|draft):.*\n", ""),
                document.frontMatter().type());
        String body = text.substring(end + 4);
        return Optional.of("---\n" + header
                + "# "
                + UiMessages.of(ui).format("translate.comment", language.name()) + "\n"
                + "translation: human\n"
                + "# " + UiMessages.of(ui).format("translate.sourceHashComment") + "\n"
                + SourceFingerprint.of(document, new Segmenter()).frontMatter()
                + "draft: true\n---" + body);
    }

    /**
     * The text of a machine translation made from {@code translated} — the original's file with its prose
     * replaced by the translation ({@link SegmentAssembler}): the original's header without the facts a
     * translation does not repeat, labelled {@code translation: machine} with the original's fingerprint.
     */
    public static String machineTranslation(String translated, Optional<String> type, SourceFingerprint source) {
        int end = Segmenter.closingLine(translated);
        String header = ProseHeader.of(
                translated
                        .substring(4, end + 1)
                        .replaceAll("(?m)^(translation|sourceHash|sourceSections|draft|reviewedBy|reviewed):.*\n", ""),
                type);
        int lineEnd = translated.indexOf('\n', end + 1);
        String body = lineEnd < 0 ? "" : translated.substring(lineEnd + 1);
        return "---\n" + header + "translation: machine\n" + source.frontMatter() + "---\n" + body;
    }

    /**
     * The text of a new file in the editor's language, from {@code ui/scaffold/LANG/NAME.txt}: comments explain each
     * field, values the editor must write are {@link Placeholders} or left empty, and nothing is written that could be
     * wrong (no date, no phone number, no "step-free").
     */
    static String template(UiLanguage ui, String name) {
        String resource = resource(ui, name);
        try (java.io.InputStream in = Scaffolder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String resource(UiLanguage ui, String name) {
        return "/ui/scaffold/" + ui.code() + "/" + name + ".txt";
    }

    private static String titleOf(String slug) {
        String last =
                slug.substring(slug.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        return last.isEmpty() ? last : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}
