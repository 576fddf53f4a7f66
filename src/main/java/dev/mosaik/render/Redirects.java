package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.render.Views.RedirectView;
import dev.mosaik.site.AddressWords;
import dev.mosaik.site.Page;
import dev.mosaik.site.Redirect;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import dev.mosaik.site.Taxonomy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pages that forward an address to a page's current one: a page's aliases, and generated pages that moved. */
final class Redirects {

    private final Templates templates;

    Redirects(Templates templates) {
        this.templates = templates;
    }

    /** One job per alias of a page. */
    List<RenderJob> jobs(Site site) {
        return site.redirects().stream().map(this::job).toList();
    }

    private RenderJob job(Redirect redirect) {
        return new RenderJob("redirect:" + redirect.from().outputFile(), redirect, (s, sink, problems) -> {
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
        });
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
    void moved(
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
}
