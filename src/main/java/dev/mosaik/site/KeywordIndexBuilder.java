package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.ProseOverlay;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.i18n.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Collects the keywords of every language tree into its A–Z index, once per build. */
final class KeywordIndexBuilder {

    private KeywordIndexBuilder() {}

    /** @param paths the address of each language's A–Z page, by language code; languages without one get no index */
    static List<KeywordIndex> build(
            ContentTypes types,
            SiteConfig config,
            Map<Language, Map<TranslationKey, Page>> pages,
            Map<Language, SitePath> paths,
            I18n i18n) {
        List<KeywordIndex> indexes = new ArrayList<>();
        for (Language language : config.languages()) {
            SitePath path = paths.get(language);
            if (path == null) {
                continue;
            }
            Map<String, Collected> byName = new LinkedHashMap<>();
            java.util.Set<String> otherLocales = new java.util.TreeSet<>();
            for (Page page : pages.get(language).values()) {
                for (Word word : wordsOf(types, page, config.defaultLanguage(), i18n)) {
                    String name = word.name().strip();
                    if (!word.language().equals(language)) {
                        otherLocales.add(word.language().locale());
                    }
                    if (name.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        byName.computeIfAbsent(name, n -> new Collected()).add(page, word.language());
                    }
                }
            }
            Comparator<String> collation = i18n.services(language).collation();
            List<KeywordIndex.Keyword> keywords = byName.entrySet().stream()
                    .map(e -> new KeywordIndex.Keyword(
                            e.getKey(),
                            e.getValue().language(language),
                            e.getValue().pages.stream()
                                    .sorted(Comparator.comparing(Page::title, collation)
                                            .thenComparing(Page::key))
                                    .toList()))
                    .toList();
            // Words in other languages (German names of places and providers, fallback pages) get their script's
            // letters, not the catch-all '#'.
            List<String> otherLanguages = List.copyOf(otherLocales);
            List<KeywordIndex.Letter> letters =
                    i18n.services(language).byInitial(keywords, KeywordIndex.Keyword::name, otherLanguages).stream()
                            .map(g -> new KeywordIndex.Letter(g.label(), g.items()))
                            .toList();
            indexes.add(new KeywordIndex(
                    language,
                    path,
                    letters,
                    KeywordSplitter.split(letters, path, i18n.services(language).locale(), KeywordIndex.MAX_LINKS)));
        }
        return indexes;
    }

    /** A keyword as a page carries it, with the language it is written in. */
    private record Word(String name, Language language) {}

    /** Title (except the home page's welcome), tags, and the names a typed page carries. */
    private static List<Word> wordsOf(ContentTypes types, Page page, Language original, I18n i18n) {
        List<Word> words = new ArrayList<>();
        if (!page.key().isHome()) {
            words.add(new Word(page.title(), page.contentLanguage()));
        }
        page.frontMatter().tags().forEach(tag -> words.add(new Word(tag, page.contentLanguage())));
        // A translation that does not repeat the typed data shows the original's facts, names written in its
        // language; what its prose overlay translated (partners, an event's place) is in the translation's.
        Language factsLanguage = page.frontMatter().data().isPresent() ? page.contentLanguage() : original;
        Optional<ProseOverlay> prose = page.isFallback()
                ? Optional.empty()
                : page.frontMatter().translated().prose();
        page.data()
                .map(d -> types.of(d)
                        .keywords(
                                d,
                                key -> prose.filter(p -> p.namesIn(key)).isPresent(),
                                i18n.messages(page.language())::format))
                .orElse(List.of())
                .forEach(keyword -> words.add(new Word(
                        keyword.name(),
                        switch (keyword.written()) {
                            case FACTS -> factsLanguage;
                            case TRANSLATION -> page.contentLanguage();
                            case READER -> page.language();
                        })));
        return words;
    }

    /** The pages of one keyword while they are collected. */
    private static final class Collected {
        private final Set<Page> pages = new LinkedHashSet<>();
        private final List<Language> languages = new ArrayList<>();

        void add(Page page, Language language) {
            pages.add(page);
            languages.add(language);
        }

        /** The tree's language if a page uses the word in it, else the language the word was first met in. */
        Language language(Language tree) {
            return languages.contains(tree) ? tree : languages.get(0);
        }
    }
}
