package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.I18n;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each tree's generated pages lie: words in their addresses are UI strings, so that they read in its language. */
final class GeneratedPaths {

    private GeneratedPaths() {}

    /**
     * The address of the search page or the A–Z index below each home, its last segment a UI string ({@code
     * search.slug}), so that it reads in the tree's language: {@code /de/suche/}, {@code /ar/بحث/}.
     */
    static Map<Language, SitePath> findingPages(
            SiteConfig config, Map<Language, Map<TranslationKey, Page>> pages, I18n i18n, String slugKey) {
        Map<Language, SitePath> paths = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Page home = pages.get(language).get(TranslationKey.HOME);
            if (home != null) {
                paths.put(
                        language,
                        home.path()
                                .folder(SitePath.segmentOf(
                                        i18n.messages(language).format(slugKey))));
            }
        }
        return paths;
    }

    /**
     * Per language, the words in the addresses of generated pages, UI strings ({@code pagination.slug}, {@code
     * slug.tags}, …) so that they read in the tree's language: {@code /de/schlagwoerter/familie/seite/2/},
     * {@code /ar/وسوم/…/صفحة/2/}.
     */
    static Map<Language, AddressWords> addressWords(SiteConfig config, I18n i18n, Problems problems) {
        Map<Language, AddressWords> words = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            AddressWords own = AddressWords.of(i18n.messages(language), i18n.services(language));
            words.put(language, own);
            // Two kinds of generated page under one word would overwrite each other's pages.
            for (List<String> group : List.of(
                    List.of(own.tags(), own.districts()),
                    List.of(own.level(), own.district(), own.weekday(), own.childcare(), own.archive()))) {
                if (new HashSet<>(group).size() < group.size()) {
                    problems.error(
                            SourcePosition.file(I18n.I18N_DIR + "/" + language.code() + ".yaml"),
                            "the 'slug' words give two kinds of page" + " the same address segment: "
                                    + String.join(", ", group),
                            Optional.of("give each 'slug.…' its own word"));
                }
            }
        }
        return words;
    }
}
