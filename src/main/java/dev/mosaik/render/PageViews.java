package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.render.Views.BodyView;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.ChromeView;
import dev.mosaik.render.Views.HeadView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.render.Views.NoticesView;
import dev.mosaik.render.Views.PageView;
import dev.mosaik.render.Views.PagerView;
import dev.mosaik.site.ListingPage;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;
import dev.mosaik.site.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Assembles the {@link PageView}s templates get: of a content page, and of a generated page that lists others
 * ({@link Listing}). The renderers ask it for views and never assemble one themselves.
 */
final class PageViews {

    private final I18n i18n;
    private final LocalDate today;
    private final TypedViewSources typedViews;
    private final ChromeViews chrome;

    /**
     * @param today   the build date, which splits events into upcoming and past
     * @param offline whether pages offer the offline pack: the published site only, never the preview
     */
    PageViews(I18n i18n, LocalDate today, boolean offline, TypedViewSources typedViews) {
        this.i18n = i18n;
        this.today = today;
        this.typedViews = typedViews;
        this.chrome = new ChromeViews(i18n, offline);
    }

    /**
     * The view of a content page.
     *
     * @param splitsListing whether the page shows its pages a listing page at a time (see
     *                      {@link PageTemplates#splitsItsListing})
     */
    PageView page(Site site, Page page, boolean splitsListing) {
        BaseUrl base = site.config().baseUrl();
        Language language = page.language();
        LocaleServices locale = i18n.services(language);
        String siteTitle = language.title();
        // A section lists its pages one page of the listing at a time, and reads only that page's share of them: a new
        // page renders the listing's pages from where it is inserted on, not the first. Sections of events, courses
        // or issues have no such listing; their typed views read all their pages.
        Optional<ListingPage> listing = splitsListing ? site.sectionPage(language, page.key(), 1) : Optional.empty();
        List<ChildView> children = listing.map(l -> l.entries().stream()
                        .map(child -> ChildViews.of(base, child))
                        .toList())
                .orElseGet(() -> site.childHeads(language, page.key()).stream()
                        .map(child -> ChildViews.of(base, child))
                        .toList());
        List<Page> typedChildren = listing.isPresent() ? List.of() : site.children(page);
        TypedViewContext context = new TypedViewContext(site, i18n.messages(language), locale, today);
        return new PageView(
                page.kind().name().toLowerCase(Locale.ROOT),
                language.htmlLang(),
                language.direction().attribute(),
                new HeadView(
                        page.kind() == PageKind.HOME ? siteTitle : page.title() + " – " + siteTitle,
                        page.frontMatter().summary().orElse(siteTitle),
                        HeadViews.canonical(site, page),
                        HeadViews.alternates(site, page)),
                new ChromeView(
                        chrome.site(site, language, page),
                        ChromeViews.switcher(site, page),
                        breadcrumbs(site, page),
                        language.code()),
                body(site, page, children),
                Notices.of(site, page, i18n.messages(language), locale),
                listing.map(l -> Pagers.of(l, i18n.messages(language), locale, base))
                        .orElse(PagerView.NONE),
                typedViews.viewOf(page, typedChildren, context),
                new Subscriptions(i18n, today).ofSection(site, page, typedChildren));
    }

    private List<LinkView> breadcrumbs(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        // The home page's title is a welcome sentence; in a trail it is simply "Home".
        String homeLabel = i18n.messages(page.language()).format("nav.home");
        return site.ancestorHeads(page).stream()
                .map(p -> new LinkView(
                        p.kind() == PageKind.HOME ? homeLabel : p.title(),
                        p.path().href(base)))
                .toList();
    }

    private BodyView body(Site site, Page page, List<ChildView> children) {
        Language contentLanguage = page.contentLanguage();
        return new BodyView(
                page.title(),
                SentenceLines.easyToRead(site.config(), contentLanguage)
                        ? new SentenceLines(i18n.services(contentLanguage).locale()).apply(page.contentHtml())
                        : page.contentHtml(),
                contentLanguage.htmlLang(),
                contentLanguage.direction().attribute(),
                tagLinks(site, page),
                children);
    }

    private static List<LinkView> tagLinks(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        return page.frontMatter().tags().stream()
                .map(tag -> new LinkView(
                        tag,
                        site.termPath(Taxonomy.TAGS, page.language(), tag)
                                .map(t -> t.href(base))
                                .orElse("")))
                .toList();
    }

    /** The view of a generated page that lists other pages: that of a content page, without content of its own. */
    PageView listing(Site site, Listing listing) {
        BaseUrl base = site.config().baseUrl();
        Language language = listing.language();
        String title = listing.title().text();
        String siteTitle = language.title();
        String numbered =
                listing.pager().continued() ? title + " – " + listing.pager().label() : title;
        Language titleLanguage = listing.title().language();
        return new PageView(
                listing.kind(),
                language.htmlLang(),
                language.direction().attribute(),
                new HeadView(
                        numbered + " – " + siteTitle,
                        listing.title().summary().orElse(numbered + " – " + siteTitle),
                        listing.path().absoluteUrl(base),
                        HeadViews.listingAlternates(
                                site, language, listing.counterparts().equivalent())),
                new ChromeView(
                        chrome.site(site, language, listing.trail(), false),
                        ChromeViews.switcher(
                                site, language, listing.counterparts().switcher()),
                        listing.breadcrumbs(),
                        language.code()),
                new BodyView(
                        title,
                        "",
                        titleLanguage.htmlLang(),
                        titleLanguage.direction().attribute(),
                        List.of(),
                        listing.children()),
                NoticesView.NONE,
                listing.pager(),
                listing.typed(),
                SubscribeViews.SubscribeView.NONE);
    }

    /** The trail of a generated page below the home page: the home page alone. */
    List<LinkView> homeCrumb(Site site, Language language) {
        BaseUrl base = site.config().baseUrl();
        return site.head(language, TranslationKey.HOME)
                .map(h -> List.of(new LinkView(
                        i18n.messages(language).format("nav.home"), h.path().href(base))))
                .orElse(List.of());
    }
}
