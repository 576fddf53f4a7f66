package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.FooterView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.render.Views.MenuView;
import dev.mosaik.render.Views.NavigationView;
import dev.mosaik.render.Views.OfflineView;
import dev.mosaik.render.Views.SiteView;
import dev.mosaik.render.Views.SwitcherView;
import dev.mosaik.site.MenuEntry;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageHead;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What surrounds every page's content: the site's header, menu and footer, and the language switcher. */
final class ChromeViews {

    static final String STYLESHEET = "mosaik/site.css";

    private final I18n i18n;
    private final boolean offline;

    /**
     * @param offline whether pages offer the offline pack and install the service worker: the published site
     *                only, never the preview
     */
    ChromeViews(I18n i18n, boolean offline) {
        this.i18n = i18n;
        this.offline = offline;
    }

    SiteView site(Site site, Language language, Page current) {
        List<TranslationKey> trail = new ArrayList<>(
                site.ancestorHeads(current).stream().map(PageHead::key).toList());
        trail.add(current.key());
        return site(site, language, trail, current.key().isHome());
    }

    /** @param trail the keys of the current page and the pages above it, to mark the current menu entry */
    SiteView site(Site site, Language language, List<TranslationKey> trail, boolean atHome) {
        BaseUrl base = site.config().baseUrl();
        List<MenuView> menu = new ArrayList<>();
        for (MenuEntry entry : site.menu(language)) {
            boolean isCurrent = entry.target()
                            .filter(key -> !key.isHome() && trail.contains(key))
                            .isPresent()
                    || entry.target().filter(key -> key.isHome() && atHome).isPresent();
            menu.add(new MenuView(
                    entry.title(), entry.href(), isCurrent, entry.target().isEmpty()));
        }
        String home = site.head(language, TranslationKey.HOME)
                .map(p -> p.path().href(base))
                .orElse(base.path());
        // Top-level pages that are not sections (contact, imprint, privacy) are what readers look for in a footer.
        List<ChildView> footer = site.childHeads(language, TranslationKey.HOME).stream()
                .filter(p -> p.kind() == PageKind.PAGE)
                .map(p -> ChildViews.of(base, p))
                .toList();
        Language paramsLanguage = site.config().defaultLanguage();
        return new SiteView(
                language.title(),
                home,
                base.path(),
                base.path() + STYLESHEET,
                "mosaik",
                feeds(site, language),
                SentenceLines.easyToRead(site.config(), language),
                new NavigationView(
                        menu,
                        site.searchPage(language).map(p -> p.href(base)).orElse(""),
                        site.keywordIndexPath(language).map(p -> p.href(base)).orElse("")),
                new FooterView(
                        footer,
                        site.config().params().getOrDefault("organisation", ""),
                        site.config().params().getOrDefault("address", ""),
                        paramsLanguage.htmlLang(),
                        paramsLanguage.direction().attribute()),
                offlineView(base, language));
    }

    private OfflineView offlineView(BaseUrl base, Language language) {
        if (!offline) {
            return OfflineView.NONE;
        }
        String folder = base.path() + language.urlPrefix() + "/";
        return new OfflineView(
                true,
                folder + OfflineFiles.PACK,
                OfflineFiles.SIZE_MARKER,
                folder + OfflineFiles.MANIFEST,
                base.path() + OfflineFiles.WORKER,
                base.path() + OfflineFiles.SCRIPT,
                base.path(),
                language.locale());
    }

    private List<LinkView> feeds(Site site, Language language) {
        BaseUrl base = site.config().baseUrl();
        List<LinkView> links = new ArrayList<>();
        site.head(language, TranslationKey.HOME)
                .ifPresent(home -> links.add(new LinkView(
                        i18n.messages(language).format("newsletter.news") + " – " + language.title(),
                        home.path().href(base) + OutputFiles.ATOM_FEED)));
        for (Page page : site.newsletterSections(language)) {
            links.add(new LinkView(
                    page.title() + " – " + language.title(), page.path().href(base) + OutputFiles.ATOM_FEED));
        }
        return List.copyOf(links);
    }

    /** The switcher of a content page: the page in every language, else that language's home. */
    static List<SwitcherView> switcher(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        List<SwitcherView> entries = new ArrayList<>();
        for (Language other : site.languages()) {
            Optional<PageHead> counterpart = site.head(other, page.key());
            String href = counterpart
                    .or(() -> site.head(other, TranslationKey.HOME))
                    .map(p -> p.path().href(base))
                    .orElse(base.path());
            entries.add(new SwitcherView(
                    other.code(),
                    other.name(),
                    other.htmlLang(),
                    other.direction().attribute(),
                    href,
                    other.equals(page.language()),
                    counterpart.isPresent(),
                    counterpart.map(PageHead::isFallback).orElse(false)));
        }
        return entries;
    }

    /** The switcher of a generated page: where {@code counterpart} leads, else that language's home. */
    static List<SwitcherView> switcher(Site site, Language language, Function<Language, Optional<String>> counterpart) {
        BaseUrl base = site.config().baseUrl();
        List<SwitcherView> switcher = new ArrayList<>();
        for (Language other : site.languages()) {
            Optional<String> href = counterpart.apply(other);
            switcher.add(new SwitcherView(
                    other.code(),
                    other.name(),
                    other.htmlLang(),
                    other.direction().attribute(),
                    href.or(() -> site.head(other, TranslationKey.HOME)
                                    .map(h -> h.path().href(base)))
                            .orElse(base.path()),
                    other.equals(language),
                    href.isPresent(),
                    false));
        }
        return switcher;
    }
}
