package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.MenuItem;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The ways through each language tree computed once: section listings and menus. */
final class Navigation {

    private Navigation() {}

    /** Section listings: by weight (weighted pages first), then title in the language's collation. */
    static Map<Language, Map<TranslationKey, List<Page>>> children(
            SiteConfig config, Map<Language, Map<TranslationKey, Page>> pages, I18n i18n) {
        Map<Language, Map<TranslationKey, List<Page>>> children = new HashMap<>();
        for (Language language : config.languages()) {
            Comparator<String> collation = i18n.services(language).collation();
            Comparator<Page> order = Comparator.<Page>comparingInt(
                            p -> p.frontMatter().placement().weight().orElse(Integer.MAX_VALUE))
                    .thenComparing(Page::title, collation)
                    .thenComparing(Page::key);
            Map<TranslationKey, List<Page>> sections = new HashMap<>();
            for (Page page : pages.get(language).values()) {
                page.key()
                        .parent()
                        .ifPresent(parent -> sections.computeIfAbsent(parent, k -> new ArrayList<>())
                                .add(page));
            }
            sections.replaceAll((k, list) -> list.stream().sorted(order).toList());
            children.put(language, sections);
        }
        return children;
    }

    /** Each language's menu from site.yaml, its pages found in the language's tree. */
    static Map<Language, List<MenuEntry>> menus(
            SiteConfig config,
            Map<Language, Map<TranslationKey, Page>> pages,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Map<Language, List<MenuEntry>> menus = new HashMap<>();
        for (Language language : config.languages()) {
            List<MenuEntry> entries = new ArrayList<>();
            for (MenuItem item : language.menu()) {
                menuEntry(config, item, pages.get(language), unreadable, problems)
                        .ifPresent(entries::add);
            }
            menus.put(language, List.copyOf(entries));
        }
        return menus;
    }

    private static Optional<MenuEntry> menuEntry(
            SiteConfig config,
            MenuItem item,
            Map<TranslationKey, Page> tree,
            Set<TranslationKey> unreadable,
            Problems problems) {
        if (item.url().isPresent()) {
            return Optional.of(new MenuEntry(item.title(), item.url().get(), Optional.empty()));
        }
        String link = item.page().orElseThrow();
        Optional<TranslationKey> key =
                TranslationKey.ofLink(link.endsWith(".md") ? link : link + ".md", TranslationKey.HOME);
        Optional<Page> target = key.map(tree::get);
        if (target.isEmpty() && key.filter(unreadable::contains).isPresent()) {
            return Optional.empty(); // the page's file reports its own errors
        }
        if (target.isEmpty()) {
            problems.error(
                    item.position(),
                    "menu entry '" + item.title() + "' points at '" + link + "', which does not exist",
                    DidYouMean.closest(
                                    key.map(TranslationKey::value).orElse(link),
                                    tree.keySet().stream()
                                            .map(TranslationKey::value)
                                            .toList())
                            .map(k -> "did you mean '/" + k + ".md'?"));
            return Optional.empty();
        }
        return Optional.of(new MenuEntry(item.title(), target.get().path().href(config.baseUrl()), key));
    }
}
