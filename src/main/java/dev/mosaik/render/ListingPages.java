package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.Messages;
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
                            (s, sink, problems) ->
                                    renderTerm(s, index.taxonomy(), language, term.name(), number, sink, problems)));
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

    private int renderTerm(
            Site site,
            Taxonomy taxonomy,
            Language language,
            String name,
            int number,
            PageSink sink,
            Problems problems) {
        BaseUrl base = site.config().baseUrl();
        Optional<ListingPage> page = site.termPage(taxonomy, language, name, number);
        Optional<SitePath> index = site.taxonomyPath(taxonomy, language);
        if (page.isEmpty() || index.isEmpty()) {
            return 0;
        }
        Messages messages = i18n.messages(language);
        List<LinkView> crumbs = new ArrayList<>(views.homeCrumb(site, language));
        crumbs.add(new LinkView(
                messages.format("taxonomy." + taxonomy.name()), index.get().href(base)));
        List<ChildView> entries =
                page.get().entries().stream().map(p -> ChildViews.of(base, p)).toList();
        // Another tree lists other pages under the term, so its switcher leads to the term's first page there.
        Listing listing = new Listing(
                language,
                "term",
                new Listing.Title(
                        name, site.termLanguage(taxonomy, language, name).orElse(language), Optional.empty()),
                page.get().path(),
                entries,
                crumbs,
                new Listing.Counterparts(
                        other -> site.termPath(taxonomy, other, name)
                                .map(t -> t.href(base))
                                .or(() -> site.taxonomyPath(taxonomy, other).map(i -> i.href(base))),
                        other -> site.termPage(taxonomy, other, name, number)
                                .map(p -> p.path().href(base))),
                TypedView.NONE,
                pager(page.get(), language, base),
                List.of());
        PageView view = views.listing(site, listing)
                .withSubscribe(Subscriptions.ofTerm(
                        site,
                        messages,
                        name,
                        site.termPath(taxonomy, language, name)
                                .orElse(page.get().path())));
        String what = "the term '" + name + "'";
        int written = write(view, "term", language, page.get().path(), what, sink, problems);
        // Its address before the taxonomy's segment spoke the tree's language answers with a redirect.
        String now = page.get().path().value();
        Redirects.legacyTaxonomyPath(site, taxonomy, language)
                .filter(old ->
                        !old.equals(index.get()) && now.startsWith(index.get().value()))
                .ifPresent(old -> redirects.moved(
                        site,
                        sink,
                        new SitePath(
                                old.value() + now.substring(index.get().value().length())),
                        page.get().path(),
                        language,
                        name,
                        what,
                        problems));
        return written;
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
