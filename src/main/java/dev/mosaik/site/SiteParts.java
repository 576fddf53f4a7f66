package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.StaticFile;
import dev.mosaik.content.TranslationKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the assembly computed, by language tree: the {@link Site} answers questions from it and notes them.
 *
 * @param pages every tree's pages by key
 * @param children every tree's sections' pages, in display order
 * @param words the words in the addresses of a tree's generated pages ({@code seite}, {@code schlagwoerter})
 */
record SiteParts(
        Map<Language, Map<TranslationKey, Page>> pages,
        Map<Language, Map<TranslationKey, List<Page>>> children,
        Map<Language, List<MenuEntry>> menus,
        List<Redirect> redirects,
        List<StaticFile> staticFiles,
        CrossLinks crossLinks,
        List<Taxonomy.Index> taxonomies,
        Map<Language, SitePath> searchPages,
        List<KeywordIndex> keywordIndexes,
        Map<Language, AddressWords> words) {

    SiteParts {
        redirects = List.copyOf(redirects);
        staticFiles = List.copyOf(staticFiles);
        taxonomies = List.copyOf(taxonomies);
        searchPages = Map.copyOf(searchPages);
        keywordIndexes = List.copyOf(keywordIndexes);
        words = Map.copyOf(words);
    }

    /** These parts with some pages replaced by new versions of themselves (same key, language and address). */
    SiteParts withPages(List<Page> replacements) {
        Map<Language, Map<TranslationKey, Page>> replaced = new LinkedHashMap<>();
        pages.forEach((language, tree) -> replaced.put(language, new TreeMap<>(tree)));
        for (Page page : replacements) {
            replaced.get(page.language()).put(page.key(), page);
        }
        return new SiteParts(
                replaced,
                children,
                menus,
                redirects,
                staticFiles,
                crossLinks,
                taxonomies,
                searchPages,
                keywordIndexes,
                words);
    }

    /** All pages, language by language in configured order, each language's pages by key. */
    List<Page> all() {
        return pages.values().stream().flatMap(tree -> tree.values().stream()).toList();
    }

    /** The page {@code key} in every language, in configured order; a language without it is skipped. */
    List<Page> translations(TranslationKey key) {
        return pages.values().stream()
                .flatMap(tree -> Optional.ofNullable(tree.get(key)).stream())
                .toList();
    }

    Map<TranslationKey, Page> tree(Language language) {
        return pages.getOrDefault(language, Map.of());
    }

    Optional<Page> find(Language language, TranslationKey key) {
        return Optional.ofNullable(tree(language).get(key));
    }

    List<Page> childrenOf(Language language, TranslationKey section) {
        return children.getOrDefault(language, Map.of()).getOrDefault(section, List.of());
    }

    /** The pages above the page {@code key} of a tree, home first, not including the page itself. */
    List<Page> ancestorPages(Language language, TranslationKey key) {
        List<Page> chain = new ArrayList<>();
        Optional<TranslationKey> parent = key.parent();
        while (parent.isPresent()) {
            find(language, parent.get()).ifPresent(p -> chain.add(0, p));
            parent = parent.get().parent();
        }
        return chain;
    }

    Optional<KeywordIndex> keywordIndex(Language language) {
        return keywordIndexes.stream()
                .filter(i -> i.language().equals(language))
                .findFirst();
    }

    Optional<Taxonomy.Index> taxonomy(Taxonomy taxonomy, Language language) {
        return taxonomies.stream()
                .filter(i -> i.taxonomy().equals(taxonomy) && i.language().equals(language))
                .findFirst();
    }
}
