package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.render.Views.PageView;
import dev.mosaik.site.ListingPage;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageHead;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import dev.mosaik.site.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of listings that may be split: every page of a tag's or district's listing, and the pages after the
 * first of a section's listing (its first page is the section's own page). Each page is a job of its own that
 * asks the site for its share of the entries alone, so that the preview renders again only the pages whose
 * entries changed, and a page that no longer exists is simply not produced, and so deleted.
 */
final class ListingPages {

    /** A page of a term's listing, as the dependency graph compares it from build to build. */
    private record TermPage(Taxonomy taxonomy, String language, String term, int number) {}

    /** A term of a taxonomy in one language tree. */
    private record Term(Taxonomy taxonomy, Language language, String name) {}

    /** A page after the first of a section's listing. */
    private record SectionPage(String language, TranslationKey section, int number) {}

    private final PageViews views;
    private final PageTemplates pageTemplates;
    private final Redirects redirects;
    private final Templates templates;
    private final I18n i18n;

    ListingPages(PageViews views, PageTemplates pageTemplates, Redirects redirects, Templates templates, I18n i18n) {
        this.views = views;
        this.pageTemplates = pageTemplates;
        this.redirects = redirects;
        this.templates = templates;
        this.i18n = i18n;
    }

    List<RenderJob> jobs(Site site) {
        List<RenderJob> jobs = new ArrayList<>();
        for (Taxonomy.Index index : site.taxonomies()) {
            Language language = index.language();
            for (Taxonomy.Term term : index.terms()) {
                ListingPage first = site.termPage(index.taxonomy(), language, term.name(), 1)
                        .orElseThrow();
                for (int n = 1; n <= first.count(); n++) {
                    int number = n;
                    jobs.add(new RenderJob(
                            first.pathOf(n).outputFile(),
                            new TermPage(index.taxonomy(), language.code(), term.name(), n),
                            (s, sink, problems) -> renderTerm(
                                    s, new Term(index.taxonomy(), language, term.name()), number, sink, problems)));
                }
            }
        }
        for (Page page : site.pages()) {
            if (!pageTemplates.splitsItsListing(page)) {
                continue;
            }
            Optional<ListingPage> first = site.sectionPage(page.language(), page.key(), 1);
            int count = first.map(ListingPage::count).orElse(1);
            for (int n = 2; n <= count; n++) {
                int number = n;
                Language language = page.language();
                TranslationKey key = page.key();
                jobs.add(new RenderJob(
                        first.get().pathOf(n).outputFile(),
                        new SectionPage(language.code(), key, n),
                        (s, sink, problems) -> renderSection(s, language, key, number, sink, problems)));
            }
        }
        return jobs;
    }

    /** A page of a term's listing, with its feed to subscribe to. */
    private int renderTerm(Site site, Term term, int number, PageSink sink, Problems problems) {
        Optional<ListingPage> page = site.termPage(term.taxonomy(), term.language(), term.name(), number);
        Optional<SitePath> index = site.taxonomyPath(term.taxonomy(), term.language());
        if (page.isEmpty() || index.isEmpty()) {
            return 0;
        }
        SitePath path = page.get().path();
        PageView view = views.listing(site, termListing(site, term, page.get(), index.get()))
                .withSubscribe(Subscriptions.ofTerm(
                        site,
                        i18n.messages(term.language()),
                        term.name(),
                        site.termPath(term.taxonomy(), term.language(), term.name())
                                .orElse(path)));
        String what = "the term '" + term.name() + "'";
        int written = write(view, "term", term.language(), path, what, sink, problems);
        redirectFromLegacyAddress(site, term, index.get(), path, what, sink, problems);
        return written;
    }

    /**
     * What a page of a term's listing shows: its share of the pages, below the taxonomy's index in the trail.
     * Another tree lists other pages under the term, so its switcher leads to the term's first page there.
     */
    private Listing termListing(Site site, Term term, ListingPage page, SitePath index) {
        BaseUrl base = site.config().baseUrl();
        Taxonomy taxonomy = term.taxonomy();
        Language language = term.language();
        String name = term.name();
        List<LinkView> crumbs = new ArrayList<>(views.homeCrumb(site, language));
        crumbs.add(new LinkView(i18n.messages(language).format("taxonomy." + taxonomy.name()), index.href(base)));
        List<ChildView> entries =
                page.entries().stream().map(p -> ChildViews.of(base, p)).toList();
        return new Listing(
                language,
                "term",
                new Listing.Title(
                        name, site.termLanguage(taxonomy, language, name).orElse(language), Optional.empty()),
                page.path(),
                entries,
                crumbs,
                new Listing.Counterparts(
                        other -> site.termPath(taxonomy, other, name)
                                .map(t -> t.href(base))
                                .or(() -> site.taxonomyPath(taxonomy, other).map(i -> i.href(base))),
                        other -> site.termPage(taxonomy, other, name, page.number())
                                .map(p -> p.path().href(base))),
                TypedView.NONE,
                pager(page, language, base),
                List.of());
    }

    /** The page's address before the taxonomy's segment spoke the tree's language answers with a redirect. */
    private void redirectFromLegacyAddress(
            Site site, Term term, SitePath index, SitePath now, String what, PageSink sink, Problems problems) {
        Redirects.legacyTaxonomyPath(site, term.taxonomy(), term.language())
                .filter(old -> !old.equals(index) && now.value().startsWith(index.value()))
                .ifPresent(old -> redirects.moved(
                        site,
                        sink,
                        new SitePath(old.value()
                                + now.value().substring(index.value().length())),
                        now,
                        term.language(),
                        term.name(),
                        what,
                        problems));
    }

    /** A page after the first of a section's listing: the section's title and its share of the pages, without its text. */
    private int renderSection(
            Site site, Language language, TranslationKey key, int number, PageSink sink, Problems problems) {
        BaseUrl base = site.config().baseUrl();
        Optional<PageHead> section = site.head(language, key);
        Optional<ListingPage> page = site.sectionPage(language, key, number);
        if (section.isEmpty() || page.isEmpty()) {
            return 0;
        }
        List<PageHead> ancestors = site.ancestorHeads(language, key);
        List<TranslationKey> trail =
                new ArrayList<>(ancestors.stream().map(PageHead::key).toList());
        trail.add(key);
        List<ChildView> entries =
                page.get().entries().stream().map(p -> ChildViews.of(base, p)).toList();
        Listing listing = new Listing(
                language,
                "section",
                new Listing.Title(
                        section.get().title(),
                        section.get().contentLanguage(),
                        // As on the first page: its summary, else the site's title, which the header does not repeat
                        // as a lead.
                        Optional.of(section.get().summary().orElse(language.title()))),
                page.get().path(),
                entries,
                crumbs(ancestors, language, base),
                new Listing.Counterparts(
                        other -> site.head(other, key).map(h -> h.path().href(base)),
                        // Page n of the same section's listing, where the section is translated there (a fallback's
                        // listing repeats the original's).
                        other -> site.head(other, key)
                                .filter(h -> !h.isFallback())
                                .flatMap(h -> site.sectionPage(other, key, number))
                                .map(p -> p.path().href(base))),
                TypedView.NONE,
                pager(page.get(), language, base),
                trail);
        PageView view = views.listing(site, listing);
        return write(
                view,
                PageTemplates.SECTION,
                language,
                page.get().path(),
                "page " + number + " of " + section.get().path(),
                sink,
                problems);
    }

    /** The trail to a section's page: the pages above the section. */
    private List<LinkView> crumbs(List<PageHead> ancestors, Language language, BaseUrl base) {
        String home = i18n.messages(language).format("nav.home");
        return ancestors.stream()
                .map(p -> new LinkView(
                        p.kind() == PageKind.HOME ? home : p.title(), p.path().href(base)))
                .toList();
    }

    private Views.PagerView pager(ListingPage page, Language language, BaseUrl base) {
        return Pagers.of(page, i18n.messages(language), i18n.services(language), base);
    }

    private int write(
            PageView view,
            String template,
            Language language,
            SitePath path,
            String what,
            PageSink sink,
            Problems problems) {
        return templates.renderTo(
                sink, path.outputFile(), template, language.code(), Map.of("page", view), what, problems);
    }
}
