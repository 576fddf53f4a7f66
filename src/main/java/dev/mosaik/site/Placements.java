package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which source every language tree shows for every key — its own translation or a fallback language's — and at
 * which address.
 */
final class Placements {

    private Placements() {}

    /**
     * The sources that are published today, by key and language: drafts are left out (unless previewed), and
     * announcements before their date and offers after their end.
     */
    static Map<TranslationKey, Map<Language, SourceDocument>> published(
            SiteConfig config, List<SourceDocument> documents, boolean includeDrafts, LocalDate today) {
        Map<TranslationKey, Map<Language, SourceDocument>> byKey = new TreeMap<>();
        for (SourceDocument document : documents) {
            if (isPublished(config, document, includeDrafts, today)) {
                Language language = document.file().language();
                // The configured language itself: a source read before the configuration changed may carry an older
                // one.
                byKey.computeIfAbsent(document.key(), k -> new HashMap<>())
                        .put(config.language(language.code()).orElse(language), document);
            }
        }
        return byKey;
    }

    private static boolean isPublished(
            SiteConfig config, SourceDocument document, boolean includeDrafts, LocalDate today) {
        if (document.frontMatter().publishing().draft() && !includeDrafts) {
            return false;
        }
        // Editors prepare announcements ahead and let offers run out: neither shows before or after its time.
        if (!config.publish().future()
                && !includeDrafts
                && document.frontMatter()
                        .publishing()
                        .date()
                        .filter(d -> d.isAfter(today))
                        .isPresent()) {
            return false;
        }
        return config.publish().expired()
                || document.frontMatter()
                        .publishing()
                        .expires()
                        .filter(d -> !d.isAfter(today))
                        .isEmpty();
    }

    /** Every language tree, its keys in order, each with its source and address; a tree without a home is an error. */
    static Map<Language, Map<TranslationKey, Placement>> place(
            SiteConfig config, Map<TranslationKey, Map<Language, SourceDocument>> byKey, Problems problems) {
        Map<Language, Map<TranslationKey, Placement>> placements = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Map<TranslationKey, SourceDocument> tree = choose(config, language, byKey);
            if (!tree.containsKey(TranslationKey.HOME)) {
                problems.error(
                        SourcePosition.file(ContentScanner.CONTENT_DIR + "/" + TranslationKey.INDEX + "."
                                + language.code() + ".md"),
                        "the " + language.name() + " tree has no home page",
                        Optional.of("create this file, or give the language a fallback in site.yaml"));
            }
            Map<TranslationKey, SitePath> paths = new HashMap<>();
            Map<TranslationKey, Placement> placed = new TreeMap<>();
            tree.forEach((key, source) ->
                    placed.put(key, new Placement(key, language, source, path(key, language, tree, paths))));
            placements.put(language, placed);
        }
        return placements;
    }

    /** For a language, the source of every key: its own translation or the first fallback that has one. */
    private static Map<TranslationKey, SourceDocument> choose(
            SiteConfig config, Language language, Map<TranslationKey, Map<Language, SourceDocument>> byKey) {
        List<Language> fallbacks = language.fallback().stream()
                .flatMap(code -> config.language(code).stream())
                .toList();
        Map<TranslationKey, SourceDocument> tree = new TreeMap<>();
        for (Map.Entry<TranslationKey, Map<Language, SourceDocument>> entry : byKey.entrySet()) {
            Map<Language, SourceDocument> versions = entry.getValue();
            SourceDocument source = versions.get(language);
            for (int i = 0; source == null && i < fallbacks.size(); i++) {
                source = versions.get(fallbacks.get(i));
            }
            if (source != null) {
                tree.put(entry.getKey(), source);
            }
        }
        return tree;
    }

    /** {@code <prefix>/<section slugs>/<slug>/}; a section without its own page contributes its folder name. */
    private static SitePath path(
            TranslationKey key,
            Language language,
            Map<TranslationKey, SourceDocument> tree,
            Map<TranslationKey, SitePath> memo) {
        SitePath known = memo.get(key);
        if (known != null) {
            return known;
        }
        SitePath path;
        if (key.isHome()) {
            path = new SitePath(language.urlPrefix() + "/");
        } else {
            SitePath parent = path(key.parent().orElseThrow(), language, tree, memo);
            SourceDocument source = tree.get(key);
            String slug = source == null
                    ? key.defaultSlug()
                    : source.frontMatter().placement().slug().orElse(key.defaultSlug());
            path = parent.folder(slug);
        }
        memo.put(key, path);
        return path;
    }
}
