package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.Views.PageView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Renders every page of the site, the root language chooser, redirects for aliases and the 404 page, in
 * parallel, handing each finished file to a {@link PageSink}. The views come from {@link PageViews}; the
 * generated pages are rendered by renderers of their own, which it lists.
 */
public final class SiteRenderer {

    public static final String STYLESHEET = ChromeViews.STYLESHEET;
    public static final String CHOOSER_SCRIPT = ChooserViews.CHOOSER_SCRIPT;
    /** The search script, loaded by the search page alone. */
    public static final String SEARCH_SCRIPT = SearchPages.SEARCH_SCRIPT;
    /** The e-mail edition of a newsletter issue, next to its page. */
    public static final String EMAIL_HTML = NewsletterViews.EMAIL_HTML;

    public static final String EMAIL_TEXT = NewsletterViews.EMAIL_TEXT;

    /** The addresses of the offline files, below the site's base path. */
    public static final String OFFLINE_PACK = OfflineFiles.PACK;

    public static final String OFFLINE_MANIFEST = OfflineFiles.MANIFEST;
    public static final String OFFLINE_WORKER = OfflineFiles.WORKER;
    public static final String OFFLINE_SCRIPT = OfflineFiles.SCRIPT;
    /** Stands for the pack's size in the footer until the pack is made. */
    public static final String OFFLINE_SIZE_MARKER = OfflineFiles.SIZE_MARKER;

    private final Templates templates;
    private final I18n i18n;
    private final LocalDate today;
    private final PageViews views;
    private final PageTemplates pageTemplates;
    private final Redirects redirects;

    /** @param today the build date, which splits events into upcoming and past */
    public SiteRenderer(Templates templates, I18n i18n, LocalDate today) {
        this(templates, i18n, today, false, TypedViewSources.shipped());
    }

    /**
     * @param offline    whether pages offer the offline pack and install the service worker: the published site
     *                   only, never the preview
     * @param typedViews the views of the content types, by type
     */
    public SiteRenderer(Templates templates, I18n i18n, LocalDate today, boolean offline, TypedViewSources typedViews) {
        this(templates, i18n, today, offline, typedViews, true);
    }

    /**
     * @param spliceChrome whether the parts of the chrome the theme marks {@code mosaik:shared} are rendered once and
     *                     spliced into each page ({@link SharedChrome}); false renders every page whole, which tests
     *                     compare with
     */
    SiteRenderer(
            Templates templates,
            I18n i18n,
            LocalDate today,
            boolean offline,
            TypedViewSources typedViews,
            boolean spliceChrome) {
        this.templates = spliceChrome ? templates.splicingChrome() : templates;
        this.i18n = i18n;
        this.today = today;
        this.views = new PageViews(i18n, today, offline, typedViews);
        this.pageTemplates = new PageTemplates(this.templates);
        this.redirects = new Redirects(this.templates);
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
        jobs.addAll(new TaxonomyPages(views, redirects, templates, i18n).jobs(site));
        jobs.addAll(new ListingPages(views, pageTemplates, redirects, templates, i18n).jobs(site));
        jobs.addAll(new CourseFinder(views, redirects, templates, i18n, today).jobs(site));
        jobs.addAll(new SearchPages(views, templates, i18n).jobs(site));
        jobs.addAll(new KeywordPages(views, templates, i18n).jobs(site));
        jobs.addAll(new EmailRenderer(templates, i18n, today).jobs(site));
        jobs.add(chooserJob(site, "index.html", SitePath.ROOT.outputFile(), "languages", "the language chooser"));
        jobs.add(chooserJob(site, "404.html", "404.html", "404", "the 404 page"));
        for (Language language : site.languages()) {
            site.head(language, TranslationKey.HOME).ifPresent(home -> {
                SitePath path = notFoundPath(home.path());
                jobs.add(new RenderJob(
                        "404:" + path.outputFile(),
                        path,
                        (s, sink, problems) -> renderNotFound(s, language, path, sink, problems)));
            });
        }
        jobs.addAll(redirects.jobs(site));
        return jobs;
    }

    /** The root page, or the site-wide 404 page, both showing every language in its own script. */
    private RenderJob chooserJob(Site site, String key, String file, String template, String what) {
        Language defaultLanguage = site.config().defaultLanguage();
        return new RenderJob(key, null, (s, sink, problems) -> {
            templates.renderTo(
                    sink,
                    file,
                    template,
                    defaultLanguage.code(),
                    Map.of("chooser", ChooserViews.of(s, i18n)),
                    what,
                    problems);
            return 0;
        });
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
        Listing listing = new Listing(
                language,
                "notfound",
                new Listing.Title(
                        i18n.messages(language).format("notFound.title"), language, java.util.Optional.empty()),
                path,
                List.of(),
                List.of(),
                new Listing.Counterparts(
                        other -> site.head(other, TranslationKey.HOME)
                                .map(h -> h.path().href(site.config().baseUrl())),
                        other -> java.util.Optional.empty()),
                TypedView.NONE,
                Views.PagerView.NONE,
                List.of());
        templates.renderTo(
                sink,
                path.outputFile(),
                "notfound",
                language.code(),
                Map.of("page", views.listing(site, listing)),
                "the 404 page of " + language.name(),
                problems);
        return 0;
    }

    private int renderPage(Site site, Page page, PageSink sink, Problems problems) {
        PageView view = views.page(site, page, pageTemplates.splitsItsListing(page));
        return templates.renderTo(
                sink,
                page.path().outputFile(),
                pageTemplates.templateFor(page),
                page.language().code(),
                Map.of("page", view),
                page.source().relative(),
                problems);
    }

    /** Renders just these pages (the preview's fast path), each to its own file. */
    public void renderPages(Site site, List<Page> pages, PageSink sink, Problems problems) {
        for (Page page : pages) {
            renderPage(site, page, sink, problems);
        }
    }
}
