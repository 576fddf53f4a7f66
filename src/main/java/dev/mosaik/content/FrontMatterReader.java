package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlDocument;
import dev.mosaik.yaml.YamlMapping;
import dev.mosaik.yaml.YamlTrees;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a content file into header and body and reads the header: YAML between {@code ---} lines, or
 * JBake's {@code key=value} lines ended by {@code ~~~~~~}, so existing JBake content builds unchanged, or in
 * an AsciiDoc file its AsciiDoc header ({@link AsciidocHeader}). A page read from a JBake header keeps its JBake
 * address ({@code /blog/post.html}) as an alias.
 */
public final class FrontMatterReader {

    private final ContentTypes types;
    private final boolean draftsLeftOut;
    private final YamlTrees trees;

    /** A reader of mosaik's own types for a command that reads one file, or a test. */
    public FrontMatterReader() {
        this(ContentTypes.shipped(), false);
    }

    /**
     * @param types the content types whose keys and records pages may have
     * @param draftsLeftOut whether the build leaves drafts out, so that a draft's mistakes are warnings
     */
    public FrontMatterReader(ContentTypes types, boolean draftsLeftOut) {
        this(types, draftsLeftOut, YamlTrees.NONE);
    }

    /**
     * @param trees where front matter parsed by an earlier build is kept (the build cache), so that a text read
     *              before is not parsed again
     */
    public FrontMatterReader(ContentTypes types, boolean draftsLeftOut, YamlTrees trees) {
        this.types = types;
        this.draftsLeftOut = draftsLeftOut;
        this.trees = trees;
    }

    public static final List<String> KEYS = List.of(
            "title",
            "date",
            "updated",
            "summary",
            "type",
            "draft",
            "tags",
            "weight",
            "aliases",
            "sample",
            "slug",
            "translation",
            "sourceHash",
            "sourceSections",
            "expires",
            "reviewedBy",
            "reviewed");
    private static final Pattern ALIAS_SEGMENT = Pattern.compile("[\\p{L}\\p{M}\\p{N}_.~-]+");

    /** Reads the file's text (already decoded, with {@code \n} line ends and no byte-order mark). */
    public Optional<SourceDocument> read(SourceFile file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            return readYaml(file, lines, problems);
        }
        if (JBakeHeader.starts(lines)) {
            return JBakeFrontMatter.read(file, lines, problems);
        }
        if (file.format() == SourceFormat.ASCIIDOC) {
            return AsciidocHeader.read(file, lines, problems);
        }
        if (text.isBlank()) {
            problems.error(
                    file.position(1),
                    "the file is empty",
                    Optional.of("start it with a line '---', then 'title: …', then another '---'"));
        } else {
            problems.error(
                    file.position(1),
                    "the file has no front matter",
                    Optional.of("start it with a line '---', then 'title: …', then another '---'"));
        }
        return Optional.empty();
    }

    private Optional<SourceDocument> readYaml(SourceFile file, String[] lines, Problems problems) {
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.error(
                    file.position(1),
                    "the front matter starts with '---' but never ends",
                    Optional.of("did you forget the closing '---' after the last key?"));
            return Optional.empty();
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, end));
        Problems local = new Problems();
        Optional<YamlMapping> mapping = YamlDocument.parseMapping(yaml, file.relative(), 2, local, trees);
        boolean draft = mapping.flatMap(m -> m.bool("draft")).orElse(false);
        Optional<FrontMatter> frontMatter = mapping.flatMap(m -> fromYaml(file, m, local));
        if (local.hasErrors() && draft && draftsLeftOut) {
            // A draft the build leaves out need not be complete yet (a new file's fields are empty): its mistakes
            // are told, but they do not stop the pages that are published.
            local.all().forEach(p -> problems.add(p.asDraftWarning()));
            return Optional.empty();
        }
        if (!draft) {
            // Also beside other mistakes: an editor filling in a new file learns of every line left at once.
            Placeholders.report(file, lines, end, problems);
        }
        problems.addAll(local);
        if (local.hasErrors()) {
            return Optional.empty();
        }
        String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        int bodyFirstLine = end + 2;
        return frontMatter.map(fm -> new SourceDocument(file, fm, body, bodyFirstLine));
    }

    private Optional<FrontMatter> fromYaml(SourceFile file, YamlMapping map, Problems problems) {
        Optional<String> type = map.string("type");
        List<String> keys = new java.util.ArrayList<>(KEYS);
        keys.addAll(types.keysOf(type));
        map.allowOnly(keys, GermanKeys.SYNONYMS);
        Optional<String> title = map.requiredString("title");
        Optional<String> slug = slug(map, problems);
        List<Alias> aliases = map.located("aliases").stream()
                .flatMap(a -> alias(a.value(), map, problems).map(path -> new Alias(path, a.position())).stream())
                .toList();
        Optional<Translation> translation = translation(map, problems);
        // A translation of a typed page writes only its prose; the facts stay in the original (see ProseOverlay).
        Optional<ProseOverlay> overlay = map.has("translation") && ProseOverlay.applies(type)
                ? ProseReader.read(type.get(), map, "the original (the file in the default language)", problems)
                : Optional.empty();
        FrontMatter frontMatter = new FrontMatter(
                title.orElse(""),
                map.string("summary").map(String::strip),
                type,
                // A site has a few dozen tags on thousands of pages: each page's copy of a tag's name is one string.
                map.strings("tags").stream().map(String::intern).toList(),
                map.bool("sample").orElse(false),
                overlay.isPresent() ? Optional.empty() : types.read(type, map, problems),
                new Publishing(
                        map.date("date"),
                        map.date("updated"),
                        map.date("expires"),
                        map.bool("draft").orElse(false)),
                new Placement(slug, aliases, map.integer("weight")),
                new TranslationFacts(
                        translation,
                        map.string("sourceHash").map(String::strip),
                        map.strings("sourceSections").stream()
                                .map(String::strip)
                                .toList(),
                        overlay));
        return title.isPresent() ? Optional.of(frontMatter) : Optional.empty();
    }

    /** {@code slug}: one URL segment, short enough for a web address; a wrong one is told with a suggestion. */
    private static Optional<String> slug(YamlMapping map, Problems problems) {
        Optional<String> slug = map.string("slug").map(UrlSegment::normalise);
        slug.ifPresent(s -> {
            if (!UrlSegment.isValid(s)) {
                problems.error(
                        map.positionOf("slug"),
                        "slug '" + s + "' must be one URL segment of letters, digits and hyphens",
                        Optional.of("for example '" + UrlSegment.suggest(s.replace('/', '-')) + "'"));
            } else if (!UrlSegment.fits(s)) {
                problems.error(
                        map.positionOf("slug"),
                        "slug '" + s + "' is too long for a web address",
                        Optional.of("keep it under " + UrlSegment.MAX_CHARACTERS + " characters, e.g. '"
                                + UrlSegment.suggest(s) + "'"));
            }
        });
        return slug;
    }

    /**
     * {@code translation: machine | reviewed | human}; a reviewed translation names who checked it and when,
     * since that is what its readers are told.
     */
    private static Optional<Translation> translation(YamlMapping map, Problems problems) {
        Optional<TranslationKind> kind = map.string("translation").flatMap(value -> {
            try {
                return Optional.of(TranslationKind.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> allowed = List.of("human", "machine", "reviewed");
                problems.error(
                        map.positionOf("translation"),
                        "translation must be human, machine or reviewed, not '" + value + "'",
                        DidYouMean.hint(value, allowed));
                return Optional.empty();
            }
        });
        Optional<String> by = map.string("reviewedBy").map(String::strip).filter(b -> !b.isEmpty());
        Optional<LocalDate> on = map.date("reviewed");
        if (kind.filter(k -> k == TranslationKind.REVIEWED).isPresent()
                && (!map.has("reviewedBy") || !map.has("reviewed"))) {
            problems.error(
                    map.positionOf("translation"),
                    "a reviewed translation says who checked it and when",
                    Optional.of(
                            "add 'reviewedBy: NAME' and 'reviewed: DATE' (readers see both), or write 'translation: machine'"));
        } else if (kind.filter(k -> k != TranslationKind.REVIEWED).isPresent()
                && (map.has("reviewedBy") || map.has("reviewed"))) {
            problems.error(
                    map.positionOf(map.has("reviewedBy") ? "reviewedBy" : "reviewed"),
                    "'reviewedBy' and 'reviewed' belong to a reviewed translation, but this one is '"
                            + map.string("translation").orElse("") + "'",
                    Optional.of("write 'translation: reviewed' once a person has checked the text"));
        } else if (kind.isEmpty() && (map.has("reviewedBy") || map.has("reviewed"))) {
            problems.error(
                    map.positionOf(map.has("reviewedBy") ? "reviewedBy" : "reviewed"),
                    "'reviewedBy' and 'reviewed' describe a translation; this page has no 'translation: reviewed'");
        }
        return kind.map(k -> new Translation(k, by, on));
    }

    /** Aliases are site paths; they must stay inside the site (no {@code ..}) and end in a folder. */
    private Optional<String> alias(String alias, YamlMapping map, Problems problems) {
        String trimmed = UrlSegment.normalise(alias.strip());
        // -1 keeps empty segments: '/alt//' is not '/alt/' (it would name a folder with an empty name).
        String[] segments = trimmed.split("/", -1);
        int last = trimmed.endsWith("/") ? segments.length - 1 : segments.length;
        boolean valid = trimmed.startsWith("/") && !trimmed.startsWith("//") && trimmed.length() > 1;
        for (int i = 1; valid && i < last; i++) {
            valid = ALIAS_SEGMENT.matcher(segments[i]).matches()
                    && !segments[i].equals("..")
                    && !segments[i].equals(".")
                    && UrlSegment.fits(segments[i]);
        }
        if (!valid) {
            problems.error(
                    map.positionOf("aliases"),
                    "alias '" + alias + "' must be a path inside the site such as /alt/seite/");
            return Optional.empty();
        }
        return Optional.of(trimmed.endsWith("/") || trimmed.endsWith(".html") ? trimmed : trimmed + "/");
    }
}
