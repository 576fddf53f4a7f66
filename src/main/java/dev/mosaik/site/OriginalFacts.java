package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.ProseOverlay;
import dev.mosaik.content.Segmenter;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.SourceHash;
import dev.mosaik.content.SourceSections;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.content.TypedData;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a page takes from its original: the typed facts (numbers, status and dates are kept once, in the default
 * language's file), each translation's prose laid over them, and whether the translation is behind its original.
 *
 * @param types the content types of the build
 * @param outdated translations whose original changed since they recorded its fingerprint
 * @param data the typed data of every key: the default language's, else the first language's that has it
 * @param translated each translation's prose over its original's facts
 */
record OriginalFacts(
        ContentTypes types,
        Map<SourceFile, Outdated> outdated,
        Map<TranslationKey, TypedData> data,
        Map<SourceFile, TypedData> translated) {

    static OriginalFacts of(
            ContentTypes types,
            SiteConfig config,
            Map<TranslationKey, Map<Language, SourceDocument>> byKey,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Map<TranslationKey, TypedData> data = typedData(config, byKey);
        return new OriginalFacts(
                types,
                outdated(config, byKey, problems),
                data,
                translatedData(types, byKey, data, unreadable, problems));
    }

    /** The typed data a page in a tree shows: its file's own, its prose over the original's facts, or the original's. */
    Optional<TypedData> dataOf(Placement placement) {
        SourceDocument source = placement.source();
        return source.frontMatter()
                .data()
                .or(() -> Optional.ofNullable(translated.get(source.file())))
                .or(() -> Optional.ofNullable(data.get(placement.key()))
                        // A timeline is text through and through: a translation shows its own or none, never German.
                        .filter(d -> types.of(d).translationsShowTheOriginalsFacts()));
    }

    Optional<Outdated> outdatedOf(SourceFile file) {
        return Optional.ofNullable(outdated.get(file));
    }

    /**
     * Translations that recorded the fingerprint of their original ({@code sourceHash}) and whose original
     * has changed since, with the headings of the sections that changed where the translation recorded the
     * original's sections ({@code sourceSections}). Each is reported once as a warning with the new fingerprint to record.
     */
    private static Map<SourceFile, Outdated> outdated(
            SiteConfig config, Map<TranslationKey, Map<Language, SourceDocument>> byKey, Problems problems) {
        Map<SourceFile, Outdated> outdated = new HashMap<>();
        Segmenter segmenter = new Segmenter();
        for (Map<Language, SourceDocument> versions : byKey.values()) {
            SourceDocument original = versions.get(config.defaultLanguage());
            if (original == null) {
                continue;
            }
            String current = SourceHash.of(original);
            List<SourceSections.Section> sections = null; // cut only when a translation is outdated and recorded them
            for (SourceDocument translation : versions.values()) {
                Optional<String> recorded =
                        translation.frontMatter().translated().sourceHash();
                if (translation == original
                        || recorded.isEmpty()
                        || recorded.get().equals(current)) {
                    continue;
                }
                List<String> recordedSections =
                        translation.frontMatter().translated().sourceSections();
                if (!recordedSections.isEmpty() && sections == null) {
                    sections = SourceSections.of(original, segmenter);
                }
                outdated.put(
                        translation.file(),
                        new Outdated(
                                recordedSections.isEmpty()
                                        ? List.of()
                                        : SourceSections.changedSince(sections, recordedSections)));
                problems.warning(
                        translation.file().position(1),
                        UiText.of("translation.outdated", original.file().relative()),
                        UiText.of("hint.translationOutdated", current));
            }
        }
        return outdated;
    }

    /** A translation without type keys shows its original's data. */
    private static Map<TranslationKey, TypedData> typedData(
            SiteConfig config, Map<TranslationKey, Map<Language, SourceDocument>> byKey) {
        Map<TranslationKey, TypedData> data = new TreeMap<>();
        for (Map.Entry<TranslationKey, Map<Language, SourceDocument>> entry : byKey.entrySet()) {
            Optional<TypedData> found = Optional.ofNullable(entry.getValue().get(config.defaultLanguage()))
                    .flatMap(d -> d.frontMatter().data());
            for (Language language : config.languages()) {
                if (found.isPresent()) {
                    break;
                }
                found = Optional.ofNullable(entry.getValue().get(language))
                        .flatMap(d -> d.frontMatter().data());
            }
            found.ifPresent(d -> data.put(entry.getKey(), d));
        }
        return data;
    }

    /** Checked once per file (a translation placed in several language trees is reported once). */
    private static Map<SourceFile, TypedData> translatedData(
            ContentTypes types,
            Map<TranslationKey, Map<Language, SourceDocument>> byKey,
            Map<TranslationKey, TypedData> data,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Map<SourceFile, TypedData> translated = new HashMap<>();
        for (Map.Entry<TranslationKey, Map<Language, SourceDocument>> entry : byKey.entrySet()) {
            for (SourceDocument version : entry.getValue().values()) {
                Optional<ProseOverlay> prose =
                        version.frontMatter().translated().prose();
                if (prose.isEmpty()) {
                    continue;
                }
                TypedData original = data.get(entry.getKey());
                if (original == null && unreadable.contains(entry.getKey())) {
                    continue; // the original could not be read and reports that itself: no second error per translation
                }
                if (original == null
                        || !types.nameOf(original).equals(prose.get().type())) {
                    problems.error(
                            prose.get().position(),
                            "this translation of a page of type " + prose.get().type()
                                    + " has no original of that type to take its facts from",
                            Optional.of("give the file in the default language 'type: "
                                    + prose.get().type() + "' and its keys, or delete 'type' here"));
                    continue;
                }
                translated.put(version.file(), prose.get().over(original, problems));
            }
        }
        return translated;
    }
}
