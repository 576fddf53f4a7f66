package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.PageView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.Taxonomy;
import java.util.List;
import java.util.Map;

/** The index of each taxonomy in each language: its terms with their counts, and a redirect from its old address. */
final class TaxonomyPages {

    private final PageViews views;
    private final Redirects redirects;
    private final Templates templates;
    private final I18n i18n;

    TaxonomyPages(PageViews views, Redirects redirects, Templates templates, I18n i18n) {
        this.views = views;
        this.redirects = redirects;
        this.templates = templates;
        this.i18n = i18n;
    }

    List<RenderJob> jobs(Site site) {
        return site.taxonomies().stream()
                .map(index -> new RenderJob(
                        index.path().outputFile(), index, (s, sink, problems) -> render(s, index, sink, problems)))
                .toList();
    }

    private int render(Site site, Taxonomy.Index index, PageSink sink, dev.mosaik.diag.Problems problems) {
        PageView view = view(site, index);
        String what = "the " + index.taxonomy().name() + " index";
        templates.renderTo(
                sink,
                index.path().outputFile(),
                "taxonomy",
                index.language().code(),
                Map.of("page", view),
                what,
                problems);
        Redirects.legacyTaxonomyPath(site, index.taxonomy(), index.language())
                .filter(old -> !old.equals(index.path()))
                .ifPresent(old -> redirects.moved(
                        site,
                        sink,
                        old,
                        index.path(),
                        index.language(),
                        view.body().title(),
                        what,
                        problems));
        return 1;
    }

    private PageView view(Site site, Taxonomy.Index index) {
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
        return views.listing(
                site,
                Listing.of(
                        language,
                        "taxonomy",
                        title,
                        index.path(),
                        terms,
                        views.homeCrumb(site, language),
                        other -> site.taxonomyPath(index.taxonomy(), other).map(i -> i.href(base))));
    }

    /**
     * The language a term is written in: that of the texts that name it. An untranslated page in the Arabic
     * tree brings its German tags along, and "Familie" must be read with a German voice there.
     */
    private static Language termLanguage(Taxonomy.Term term, Language tree) {
        return term.pages().stream().map(Page::contentLanguage).findFirst().orElse(tree);
    }
}
