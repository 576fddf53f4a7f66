package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Picture;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of the published sources that need more than one file: consent, pictures, translation scopes. */
final class ContentChecks {

    private ContentChecks() {}

    /** Every page a language's translation scope names must be a page of the default language. */
    static void checkTranslationScopes(
            SiteConfig config, Map<TranslationKey, Map<Language, SourceDocument>> byKey, Problems problems) {
        Language original = config.defaultLanguage();
        List<String> keys = byKey.entrySet().stream()
                .filter(e -> e.getValue().containsKey(original))
                .map(e -> e.getKey().value())
                .toList();
        config.translation().scopes().forEach((code, scope) -> {
            for (String link : scope.pages()) {
                Optional<TranslationKey> key =
                        TranslationKey.ofLink(link.endsWith(".md") ? link : link + ".md", TranslationKey.HOME);
                if (key.filter(k -> byKey.getOrDefault(k, Map.of()).containsKey(original))
                        .isEmpty()) {
                    problems.error(
                            scope.position(),
                            "translation scope of '" + code + "' names '" + link + "', which is no page of "
                                    + original.name(),
                            DidYouMean.closest(key.map(TranslationKey::value).orElse(link), keys)
                                    .map(k -> "did you mean '/" + k + ".md'?"));
                }
            }
        });
    }

    /**
     * What each published page's type checks of a page that is not a draft (a role model's consent). Drafts are
     * left out, also when built with --drafts, which previews them: a page can be prepared first.
     */
    static void checkPublished(
            ContentTypes types, Map<TranslationKey, Map<Language, SourceDocument>> byKey, Problems problems) {
        for (Map<Language, SourceDocument> versions : byKey.values()) {
            for (SourceDocument document : versions.values()) {
                if (!document.frontMatter().publishing().draft()) {
                    document.frontMatter()
                            .data()
                            .ifPresent(d -> types.of(d)
                                    .checkPublished(d, document.file().position(1), problems));
                }
            }
        }
    }

    /** Images named in front matter (project pictures, portraits) must exist like those in Markdown. */
    static void checkPictures(
            ContentTypes types, List<SourceDocument> documents, Set<String> files, Problems problems) {
        for (SourceDocument document : documents) {
            List<Picture> pictures = document.frontMatter()
                    .data()
                    .map(d -> types.of(d).pictures(d))
                    .orElse(List.of());
            for (Picture picture : pictures) {
                String path = picture.src().startsWith("/")
                        ? picture.src().substring(1)
                        : document.key().directory().map(d -> d + "/").orElse("") + picture.src();
                if (!files.contains(path)) {
                    problems.error(
                            picture.position(),
                            "image '" + picture.src() + "' not found",
                            Optional.of("put it next to the page or in assets/"));
                }
            }
        }
    }
}
