package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.Translation;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.render.Views.AlternateView;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.ChoiceView;
import dev.mosaik.render.Views.ChooserView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.render.Views.MenuView;
import dev.mosaik.render.Views.PageView;
import dev.mosaik.render.Views.RedirectView;
import dev.mosaik.render.Views.SiteView;
import dev.mosaik.render.Views.SwitcherView;
import dev.mosaik.site.AddressWords;
import dev.mosaik.site.ListingPage;
import dev.mosaik.site.MenuEntry;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageHead;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Redirect;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import dev.mosaik.site.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Renders every page of the site, the root language chooser, redirects for aliases and the 404 page, in
 * parallel, handing each finished file to a {@link PageSink}.
 */
public final class SiteRenderer {

    public static final String STYLESHEET = "mosaik/site.css";
    public static final String CHOOSER_SCRIPT = "mosaik/chooser.js";
    /** The search script, loaded by the search page alone. */
    public static final String SEARCH_SCRIPT = "mosaik/search.js";
    /** The e-mail edition of a newsletter issue, next to its page. */
    public static final String EMAIL_HTML = NewsletterViews.EMAIL_HTML;

    public static final String EMAIL_TEXT = NewsletterViews.EMAIL_TEXT;
    /** The template of a section's page, and of the pages after the first of its listing. */
    static final String SECTION_TEMPLATE = "section";

    private final Templates templates;
    private final I18n i18n;
    private final java.time.LocalDate today;
    private final boolean offline;
    private final TypedViewSources typedViews;

    /** @param today the build date, which splits events into upcoming and past */
    public SiteRenderer(Templates templates, I18n i18n, java.time.LocalDate today) {
        this(templates, i18n, today, false, TypedViewSources.shipped());
    }

    /**
     * @param offline    whether pages offer the offline pack and install the service worker: the published site
     *                   only, never the preview
     * @param typedViews the views of the content types, by type
     */
    public SiteRenderer(
            Templates templates, I18n i18n, java.time.LocalDate today, boolean offline, TypedViewSources typedViews) {
        this.templates = templates;
        this.i18n = i18n;
        this.today = today;
        this.offline = offline;
        this.typedViews = typedViews;
    }

    /** The addresses of the offline files, below the site's base path. */
    public static final String OFFLINE_PACK = "offline.zip";

    public static final String OFFLINE_MANIFEST = "offline.json";
    public static final String OFFLINE_WORKER = "sw.js";
    public static final String OFFLINE_SCRIPT = "mosaik/offline.js";
    /**
     * Stands for the pack's size in the footer until the pack is made (from these very pages). No letters, which
     * the marking of foreign words could wrap in a span.
     */
    public static final String OFFLINE_SIZE_MARKER = "\u2042\u2042\u2042";

    private Views.OfflineView offlineView(BaseUrl base, Language language) {
        if (!offline) {
            return Views.OfflineView.NONE;
        }
        String folder = base.path() + language.urlPrefix() + "/";
        return new Views.OfflineView(
                true,
                folder + OFFLINE_PACK,
                OFFLINE_SIZE_MARKER,
                folder + OFFLINE_MANIFEST,
                base.path() + OFFLINE_WORKER,
                base.path() + OFFLINE_SCRIPT,
                base.path(),
                language.locale());
    }

    /** The e-mail edition of one newsletter issue ({@link #EMAIL_HTML}, {@link #EMAIL_TEXT} in its folder), as the build renders it. */
    public void email(Site site, Page issue, PageSink sink, Problems problems) {
        new EmailRenderer(templates, i18n, today).render(site, issue, sink, problems);
    }

    /** @return the number of pages written (not counting redirects) */
    public int render(Site site, PageSink sink, ForkJoinPool pool, Problems problems) {
        List<RenderJob> jobs = jobs(site);
        return pool.submit(() -> jobs.parallelStream()
                        .mapToInt(job -> job.run(site, sink, problems))
                        .sum())
                .join();
    }

    /**
     * Everything the renderer writes, one job per page, listing, course-finder section, e-mail edition and
     * redirect, plus the root chooser and the 404 page.
     */
    public List<RenderJob> jobs(Site site) {
        List<RenderJob> jobs = new ArrayList<>();
        for (Page page : site.pages()) {
            Language language = page.language();
            TranslationKey key = page.key();
            jobs.add(new RenderJob(
                    page.path().outputFile(),
                    page,
                    (s, sink, problems) -> renderPage(s, s.page(language, key).orElseThrow(), sink, problems)));
        }
        for (Taxonomy.Index index : site.taxonomies()) {
            jobs.add(new RenderJob(index.path().outputFile(), index, (s, sink, problems) -> {
                PageView view = taxonomyView(s, index);
                String what = "the " + index.taxonomy().name() + " index";
                templates.renderTo(
                        sink,
                        index.path().outputFile(),
                        "taxonomy",
                        index.language().code(),
                        Map.of("page", view),
                        what,
                        problems);
                legacyTaxonomyPath(s, index.taxonomy(), index.language())
                        .filter(old -> !old.equals(index.path()))
                        .ifPresent(old -> renderMoved(
                                s, sink, old, index.path(), index.language(), view.title(), what, problems));
                return 1;
            }));
        }
        jobs.addAll(new ListingPages(this, templates, i18n).jobs(site));
        jobs.addAll(new CourseFinder(this, templates, i18n, today).jobs(site));
        jobs.addAll(new SearchPages(this, templates, i18n).jobs(site));
        jobs.addAll(new KeywordPages(this, templates, i18n).jobs(site));
        jobs.addAll(new EmailRenderer(templates, i18n, today).jobs(site));
        Language defaultLanguage = site.config().defaultLanguage();
        jobs.add(new RenderJob("index.html", null, (s, sink, problems) -> {
            templates.renderTo(
                    sink,
                    SitePath.ROOT.outputFile(),
                    "languages",
                    defaultLanguage.code(),
                    Map.of("chooser", chooser(s)),
                    "the language chooser",
                    problems);
            return 0;
        }));
        jobs.add(new RenderJob("404.html", null, (s, sink, problems) -> {
            templates.renderTo(
                    sink,
                    "404.html",
                    "404",
                    defaultLanguage.code(),
                    Map.of("chooser", chooser(s)),
                    "the 404 page",
                    problems);
            return 0;
        }));
        for (Language language : site.languages()) {
            site.head(language, TranslationKey.HOME).ifPresent(home -> {
                SitePath path = notFoundPath(home.path());
                jobs.add(new RenderJob(
                        "404:" + path.outputFile(),
                        path,
                        (s, sink, problems) -> renderNotFound(s, language, path, sink, problems)));
            });
        }
        for (Redirect redirect : site.redirects()) {
            jobs.add(new RenderJob("redirect:" + redirect.from().outputFile(), redirect, (s, sink, problems) -> {
                Page to = redirect.to();
                RedirectView view = new RedirectView(
                        to.language().htmlLang(),
                        to.language().direction().attribute(),
                        to.title(),
                        to.path().href(s.config().baseUrl()),
                        to.path().absoluteUrl(s.config().baseUrl()));
                templates.renderTo(
                        sink,
                        redirect.from().outputFile(),
                        "redirect",
                        to.language().code(),
                        Map.of("redirect", view),
                        to.source().relative(),
                        problems);
                return 0;
            }));
        }
        return jobs;
    }

    /**
     * Where a taxonomy's index was before addresses spoke the tree's language ({@code /ar/schlagwoerter/}), to
     * redirect from; the same as today's address in trees whose words did not change.
     */
    static Optional<SitePath> legacyTaxonomyPath(Site site, Taxonomy taxonomy, Language language) {
        return site.head(language, TranslationKey.HOME)
                .map(home -> home.path().folder(AddressWords.LEGACY.taxonomy(taxonomy)));
    }

    /**
     * A redirect at {@code from}, an address of a generated page before it moved, to where it is now. It goes
     * through the job's sink, so its address is claimed as generated output like the page's, and a content page
     * in its way is reported.
     */
    void renderMoved(
            Site site,
            PageSink sink,
            SitePath from,
            SitePath to,
            Language language,
            String title,
            String what,
            Problems problems) {
        BaseUrl base = site.config().baseUrl();
        RedirectView view = new RedirectView(
                language.htmlLang(), language.direction().attribute(), title, to.href(base), to.absoluteUrl(base));
        templates.renderTo(
                sink, from.outputFile(), "redirect", language.code(), Map.of("redirect", view), what, problems);
    }

    /** A language tree's own 404 page, in its home folder: {@code de/404.html}. */
    static SitePath notFoundPath(SitePath home) {
        return new SitePath(home.value() + "404.html");
    }

    /**
     * The 404 page of a language tree, which web servers show for a missing address below it: the tree's header and
     * menu, a search field and the A–Z index in its language. Served at any address, it links root-relatively only
     * and names no canonical address; {@code noindex} and no {@code hreflang}, since search engines never list it.
     */
    private int renderNotFound(Site site, Language language, SitePath path, PageSink sink, Problems problems) {
        Views.PageView view = listingView(
                site,
                language,
                language,
                "notfound",
                i18n.messages(language).format("notFound.title"),
                Optional.empty(),
                path,
                List.of(),
                List.of(),
                other -> site.head(other, TranslationKey.HOME)
                        .map(h -> h.path().href(site.config().baseUrl())),
                other -> Optional.empty(),
                TypedView.NONE,
                Optional.empty(),
                List.of());
        templates.renderTo(
                sink,
                path.outputFile(),
                "notfound",
                language.code(),
                Map.of("page", view),
                "the 404 page of " + language.name(),
                problems);
        return 0;
    }

    private int renderPage(Site site, Page page, PageSink sink, Problems problems) {
        return templates.renderTo(
                sink,
                page.path().outputFile(),
                templateFor(page),
                page.language().code(),
                Map.of("page", view(site, page)),
                page.source().relative(),
                problems);
    }

    /** Renders just these pages (the preview's fast path), each to its own file. */
    public void renderPages(Site site, List<Page> pages, PageSink sink, Problems problems) {
        for (Page page : pages) {
            renderPage(site, page, sink, problems);
        }
    }

    /**
     * Whether {@code page} shows its pages a listing page at a time: a section rendered with the section template. A
     * section whose {@code type} names a template of its own shows what that template shows, which the pages after
     * the first could not repeat; it keeps its whole list.
     */
    boolean splitsItsListing(Page page) {
        return page.kind() == PageKind.SECTION && templateFor(page).equals(SECTION_TEMPLATE);
    }

    private String templateFor(Page page) {
        Optional<String> type = page.frontMatter().type().filter(templates::exists);
        return type.orElse(page.kind().name().toLowerCase(Locale.ROOT));
    }

    PageView view(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        Language language = page.language();
        Language contentLanguage = page.contentLanguage();
        LocaleServices locale = i18n.services(language);
        String siteTitle = language.title();
        String documentTitle = page.kind() == PageKind.HOME ? siteTitle : page.title() + " – " + siteTitle;
        // The home page's title is a welcome sentence; in a trail it is simply "Home".
        String homeLabel = i18n.messages(language).format("nav.home");
        List<LinkView> breadcrumbs = site.ancestorHeads(page).stream()
                .map(p -> new LinkView(
                        p.kind() == PageKind.HOME ? homeLabel : p.title(),
                        p.path().href(base)))
                .toList();
        // A section lists its pages one page of the listing at a time, and reads only that page's share of them: a new
        // page renders the listing's pages from where it is inserted on, not the first. Sections of events, courses
        // or issues have no such listing; their typed views read all their pages.
        Optional<ListingPage> listing =
                splitsItsListing(page) ? site.sectionPage(language, page.key(), 1) : Optional.empty();
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
                language.code(),
                page.title(),
                documentTitle,
                page.frontMatter().summary().orElse(siteTitle),
                canonical(site, page),
                SentenceLines.easyToRead(site.config(), contentLanguage)
                        ? new SentenceLines(i18n.services(contentLanguage).locale()).apply(page.contentHtml())
                        : page.contentHtml(),
                contentLanguage.htmlLang(),
                contentLanguage.direction().attribute(),
                page.isFallback(),
                locale.languageName(contentLanguage),
                translationNotice(page, i18n.messages(language), locale),
                page.isFallback()
                        ? List.of()
                        : page.outdated()
                                .map(o -> OutdatedNotice.parts(
                                        o,
                                        i18n.messages(language),
                                        locale,
                                        site.config().defaultLanguage()))
                                .orElse(List.of()),
                page.frontMatter().sample(),
                page.frontMatter().lastChange().map(locale::longDate),
                page.frontMatter().lastChange().map(Object::toString),
                tagLinks(site, page),
                breadcrumbs,
                children,
                alternates(site, page),
                switcher(site, page),
                siteView(site, language, page),
                typedViews.viewOf(page, typedChildren, context),
                listing.flatMap(l -> Pagers.of(l, i18n.messages(language), locale, base)),
                new Subscriptions(i18n, today).ofSection(site, page, typedChildren));
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

    private PageView taxonomyView(Site site, Taxonomy.Index index) {
        BaseUrl base = site.config().baseUrl();
        Language language = index.language();
        String title =
                i18n.messages(language).format("taxonomy." + index.taxonomy().name());
        List<ChildView> terms = index.terms().stream()
                .map(term -> new ChildView(
                        term.name(),
                        term.path().href(base),
                        i18n.messages(language)
                                .format("section.count", "count", term.pages().size()),
                        termLanguage(term, language).htmlLang(),
                        termLanguage(term, language).direction().attribute(),
                        false,
                        false,
                        true))
                .toList();
        return listingView(
                site,
                language,
                "taxonomy",
                title,
                index.path(),
                terms,
                homeCrumb(site, language),
                other -> site.taxonomyPath(index.taxonomy(), other).map(i -> i.href(base)));
    }

    /**
     * The language a term is written in: that of the texts that name it. An untranslated page in the Arabic
     * tree brings its German tags along, and "Familie" must be read with a German voice there.
     */
    private static Language termLanguage(Taxonomy.Term term, Language tree) {
        return term.pages().stream().map(Page::contentLanguage).findFirst().orElse(tree);
    }

    List<LinkView> homeCrumb(Site site, Language language) {
        BaseUrl base = site.config().baseUrl();
        return site.head(language, TranslationKey.HOME)
                .map(h -> List.of(new LinkView(
                        i18n.messages(language).format("nav.home"), h.path().href(base))))
                .orElse(List.of());
    }

    /** A generated page that lists other pages: the view of a content page, without content of its own. */
    private PageView listingView(
            Site site,
            Language language,
            String kind,
            String title,
            SitePath path,
            List<ChildView> children,
            List<LinkView> breadcrumbs,
            java.util.function.Function<Language, Optional<String>> counterpart) {
        return listingView(site, language, kind, title, path, children, breadcrumbs, counterpart, TypedView.NONE);
    }

    PageView listingView(
            Site site,
            Language language,
            String kind,
            String title,
            SitePath path,
            List<ChildView> children,
            List<LinkView> breadcrumbs,
            java.util.function.Function<Language, Optional<String>> counterpart,
            TypedView typed) {
        return listingView(site, language, language, kind, title, path, children, breadcrumbs, counterpart, typed);
    }

    /** @param titleLanguage the language the title is written in, which for a tag may differ from the tree's */
    private PageView listingView(
            Site site,
            Language language,
            Language titleLanguage,
            String kind,
            String title,
            SitePath path,
            List<ChildView> children,
            List<LinkView> breadcrumbs,
            java.util.function.Function<Language, Optional<String>> counterpart,
            TypedView typed) {
        return listingView(
                site,
                language,
                titleLanguage,
                kind,
                title,
                Optional.empty(),
                path,
                children,
                breadcrumbs,
                counterpart,
                counterpart,
                typed,
                Optional.empty(),
                List.of());
    }

    /**
     * @param summary     the description of the pages the listing belongs to (a section's); else the title describes it
     * @param counterpart where the language switcher leads in another language: this page there, else the nearest page
     * @param equivalent  this very page in another language, for the {@code hreflang} alternates: a term's page lists
     *                    other pages in another tree, and its switcher may lead to the term index there instead
     * @param pager   the page navigation of a listing split into pages; pages after the first add their number to the
     *                title, so that every page of the listing has a title of its own
     * @param trail   the keys of the pages the listing belongs to, to mark the current menu entry
     */
    PageView listingView(
            Site site,
            Language language,
            Language titleLanguage,
            String kind,
            String title,
            Optional<String> summary,
            SitePath path,
            List<ChildView> children,
            List<LinkView> breadcrumbs,
            java.util.function.Function<Language, Optional<String>> counterpart,
            java.util.function.Function<Language, Optional<String>> equivalent,
            TypedView typed,
            Optional<Views.PagerView> pager,
            List<TranslationKey> trail) {
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
        String siteTitle = language.title();
        String numbered = pager.filter(Views.PagerView::continued)
                .map(p -> title + " – " + p.label())
                .orElse(title);
        return new PageView(
                kind,
                language.htmlLang(),
                language.direction().attribute(),
                language.code(),
                title,
                numbered + " – " + siteTitle,
                summary.orElse(numbered + " – " + siteTitle),
                path.absoluteUrl(base),
                "",
                titleLanguage.htmlLang(),
                titleLanguage.direction().attribute(),
                false,
                "",
                Optional.empty(),
                List.of(),
                false,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                breadcrumbs,
                children,
                listingAlternates(site, language, equivalent),
                switcher,
                siteView(site, language, trail, false),
                typed,
                pager,
                SubscribeViews.SubscribeView.NONE);
    }

    /**
     * The {@code hreflang} alternates of a generated page (a listing, the search page, the A–Z index): the same page
     * in every language that carries {@code hreflang}, itself included, and as {@code x-default} the default
     * language's. None when the page has no equivalent in another language, or its language shares its {@code lang}
     * with an earlier one (Leichte Sprache).
     */
    private static List<AlternateView> listingAlternates(
            Site site, Language language, java.util.function.Function<Language, Optional<String>> equivalent) {
        BaseUrl base = site.config().baseUrl();
        if (!site.carriesHreflang(language) || equivalent.apply(language).isEmpty()) {
            return List.of();
        }
        List<AlternateView> alternates = new ArrayList<>();
        for (Language other : site.languages()) {
            if (site.carriesHreflang(other)) {
                equivalent
                        .apply(other)
                        .ifPresent(href -> alternates.add(new AlternateView(other.htmlLang(), base.absolute(href))));
            }
        }
        if (alternates.size() < 2) {
            return List.of();
        }
        equivalent
                .apply(site.config().defaultLanguage())
                .ifPresent(href -> alternates.add(new AlternateView("x-default", base.absolute(href))));
        return List.copyOf(alternates);
    }

    /** An untranslated page repeats another language's text; the original is the canonical address. */
    private static String canonical(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        Page original = page.isFallback()
                ? site.page(page.contentLanguage(), page.key()).orElse(page)
                : page;
        return original.path().absoluteUrl(base);
    }

    private SiteView siteView(Site site, Language language, Page current) {
        List<TranslationKey> trail = new ArrayList<>(
                site.ancestorHeads(current).stream().map(PageHead::key).toList());
        trail.add(current.key());
        return siteView(site, language, trail, current.key().isHome());
    }

    /** @param trail the keys of the current page and the pages above it, to mark the current menu entry */
    private SiteView siteView(Site site, Language language, List<TranslationKey> trail, boolean atHome) {
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
                menu,
                footer,
                site.config().params(),
                paramsLanguage.htmlLang(),
                paramsLanguage.direction().attribute(),
                "mosaik",
                feeds(site, language),
                site.searchPage(language).map(p -> p.href(base)).orElse(""),
                site.keywordIndexPath(language).map(p -> p.href(base)).orElse(""),
                SentenceLines.easyToRead(site.config(), language),
                offlineView(base, language));
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

    /**
     * Real translations only: a fallback page must not claim to be in a language it is not written in. A
     * language that shares its {@code lang} with an earlier one (Leichte Sprache) stays out of the set.
     */
    private List<AlternateView> alternates(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        List<AlternateView> alternates = new ArrayList<>();
        if (!site.carriesHreflang(page.language())) {
            return alternates;
        }
        for (Language other : site.languages()) {
            site.head(other, page.key())
                    .filter(t -> !t.isFallback() && site.carriesHreflang(other))
                    .ifPresent(t -> alternates.add(
                            new AlternateView(other.htmlLang(), t.path().absoluteUrl(base))));
        }
        if (alternates.isEmpty()) {
            return alternates;
        }
        // Readers whose language is none of the site's get the language chooser at the root, not the German home.
        if (page.key().isHome()) {
            alternates.add(new AlternateView("x-default", base.absolute(base.path())));
        } else {
            site.head(site.config().defaultLanguage(), page.key())
                    .filter(p -> !p.isFallback())
                    .ifPresent(p -> alternates.add(
                            new AlternateView("x-default", p.path().absoluteUrl(base))));
        }
        return alternates;
    }

    private List<SwitcherView> switcher(Site site, Page page) {
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

    private ChooserView chooser(Site site) {
        BaseUrl base = site.config().baseUrl();
        List<ChoiceView> choices = new ArrayList<>();
        List<AlternateView> alternates = new ArrayList<>();
        for (Language language : site.languages()) {
            String href = site.head(language, TranslationKey.HOME)
                    .map(p -> p.path().href(base))
                    .orElse(base.path());
            choices.add(new ChoiceView(
                    language.code(),
                    language.name(),
                    language.htmlLang(),
                    language.direction().attribute(),
                    href,
                    language.title(),
                    i18n.messages(language).format("chooser.prompt"),
                    i18n.messages(language).format("notFound.title")));
            site.head(language, TranslationKey.HOME)
                    .filter(p -> !p.isFallback() && site.carriesHreflang(language))
                    .ifPresent(p -> alternates.add(
                            new AlternateView(language.htmlLang(), p.path().absoluteUrl(base))));
        }
        alternates.add(new AlternateView("x-default", base.absolute(base.path())));
        Language defaultLanguage = site.config().defaultLanguage();
        return new ChooserView(
                defaultLanguage.title(),
                defaultLanguage.htmlLang(),
                defaultLanguage.direction().attribute(),
                base.path() + STYLESHEET,
                base.path() + "mosaik/icon.svg",
                base.path() + CHOOSER_SCRIPT,
                base.absolute(base.path()),
                choices,
                alternates);
    }
    /**
     * What readers are told about a translation: that no person has checked a machine translation, or who
     * checked it and when. A fallback page is not a translation and says so in its own notice.
     */
    private static Optional<Views.NoticeView> translationNotice(
            Page page, dev.mosaik.i18n.Messages messages, LocaleServices locale) {
        if (page.isFallback()) {
            return Optional.empty();
        }
        Optional<Translation> translation = page.frontMatter().translation();
        if (translation.filter(Translation::isMachine).isPresent()) {
            return Optional.of(new Views.NoticeView("machine", messages.format("page.machine")));
        }
        return translation
                .filter(Translation::isReviewed)
                .flatMap(t -> t.reviewedBy()
                        .flatMap(by -> t.reviewed()
                                .map(on -> new Views.NoticeView(
                                        "reviewed",
                                        messages.format(
                                                "page.reviewed", Map.of("name", by, "date", locale.longDate(on)))))));
    }
}
