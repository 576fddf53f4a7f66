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

    /** The kinds of file {@code new} can create: plain pages and sections, and every content type. */
    public static final List<String> TYPES = List.of(
            "page",
            "section",
            ContentTypes.FIELD_OF_ACTION,
            ContentTypes.PROJECT,
            ContentTypes.EVENT,
            ContentTypes.COURSE,
            ContentTypes.ROLE_MODEL,
            ContentTypes.NEWSLETTER,
            ContentTypes.TIMELINE,
            ContentTypes.PLACE);

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
        SourcePosition here = SourcePosition.file("mosaik new");
        if (!TYPES.contains(type)) {
            problems.error(
                    here,
                    UiText.of("new.unknownType", type, String.join(", ", TYPES)),
                    DidYouMean.suggest(type, TYPES));
            return Optional.empty();
        }
        Optional<Language> language = config.language(languageCode);
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream().map(Language::code).toList();
            problems.error(
                    here,
                    UiText.of("new.unknownLanguage", languageCode, String.join(", ", codes)),
                    DidYouMean.suggest(languageCode, codes));
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
        String relative = ContentScanner.CONTENT_DIR + "/"
                + (type.equals("section") ? clean + "/" + TranslationKey.INDEX : clean) + "." + languageCode + ".md";
        Path file = siteRoot.resolve(relative);
        if (!SiteLinks.checkWritable(siteRoot, file, relative, problems)) {
            return Optional.empty();
        }
        if (Files.exists(file)) {
            problems.error(SourcePosition.file(relative), UiText.of("new.exists"));
            return Optional.empty();
        }
        String text = template(ui, "page")
                .replace("{{title}}", titleOf(clean).replace("\"", "\\\""))
                .replace("{{fields}}", TYPES.indexOf(type) < 2 ? "" : template(ui, type));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePosition.file(relative), "cannot write the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(relative);
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
        Optional<Language> language = config.language(target);
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream().map(Language::code).toList();
            problems.error(
                    here,
                    UiText.of("new.unknownLanguage", target, String.join(", ", codes)),
                    DidYouMean.suggest(target, codes));
            return Optional.empty();
        }
        String relative = sourcePath.replace('\\', '/').replaceFirst("^\\./", "");
        String suffix = "." + config.defaultLanguage().code() + ".md";
        if (Path.of(relative).isAbsolute() || relative.startsWith("../")) {
            problems.error(
                    here,
                    UiText.of(
                            "translate.outsideSite",
                            siteRoot.toAbsolutePath().normalize().toString()),
                    UiText.of("hint.translateSource"));
            return Optional.empty();
        }
        if (!relative.startsWith(ContentScanner.CONTENT_DIR + "/") || !relative.endsWith(suffix)) {
            problems.error(
                    here,
                    UiText.of("translate.notOriginal", config.defaultLanguage().name(), suffix));
            return Optional.empty();
        }
        Path source = siteRoot.resolve(relative);
        if (!SiteLinks.checkReadable(siteRoot, List.of(relative), problems)) {
            return Optional.empty();
        }
        String key = relative.substring(ContentScanner.CONTENT_DIR.length() + 1, relative.length() - suffix.length());
        SourceFile file = new SourceFile(source, relative, new TranslationKey(key), config.defaultLanguage());
        Optional<SourceDocument> document = new ContentReader().read(file, problems);
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
                document.get().frontMatter().type());
        String body = text.substring(end + 4);
        String translated = "---\n" + header
                + "# "
                + UiMessages.of(ui).format("translate.comment", language.get().name()) + "\n"
                + "translation: human\n"
                + "# " + UiMessages.of(ui).format("translate.sourceHashComment") + "\n"
                + SourceFingerprint.of(document.get(), new Segmenter()).frontMatter()
                + "draft: true\n---" + body;
        try {
            Files.writeString(targetFile, translated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePosition.file(targetRelative), "cannot write the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(targetRelative);
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
        String resource = "/ui/scaffold/" + ui.code() + "/" + name + ".txt";
        try (java.io.InputStream in = Scaffolder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String titleOf(String slug) {
        String last =
                slug.substring(slug.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        return last.isEmpty() ? last : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}
