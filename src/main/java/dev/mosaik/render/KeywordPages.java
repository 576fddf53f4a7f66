package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.FindingViews.KeywordIndexView;
import dev.mosaik.render.FindingViews.KeywordOverviewView;
import dev.mosaik.render.FindingViews.KeywordPartView;
import dev.mosaik.render.FindingViews.KeywordView;
import dev.mosaik.render.FindingViews.LetterSummaryView;
import dev.mosaik.render.FindingViews.LetterView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.site.KeywordIndex;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The A–Z index of every language tree: one page while it is short; once it has more links than one page may
 * show ({@link KeywordIndex#MAX_LINKS}), an overview of the letters at the same address and a page per letter
 * or range below it. Each page is a job of its own, so that a new title renders the page of its letter, not all
 * of them.
 */
final class KeywordPages {

    private final PageViews views;
    private final Templates templates;
    private final I18n i18n;

    KeywordPages(PageViews views, Templates templates, I18n i18n) {
        this.views = views;
        this.templates = templates;
        this.i18n = i18n;
    }

    /** The index (or overview) of every tree that has one, and every page of a split index. */
    List<RenderJob> jobs(Site site) {
        List<RenderJob> jobs = new ArrayList<>();
        for (Language language : site.languages()) {
            Optional<KeywordIndex> index = site.keywordIndex(language);
            if (index.isEmpty() || site.searchPage(language).isEmpty()) {
                continue;
            }
            SitePath path = index.get().path();
            jobs.add(new RenderJob(
                    "keywords:" + path.outputFile(),
                    path,
                    (s, sink, problems) -> renderIndex(s, language, sink, problems)));
            for (KeywordIndex.Part part : index.get().parts()) {
                jobs.add(new RenderJob(
                        "keywords:" + part.path().outputFile(),
                        part.path(),
                        (s, sink, problems) -> renderPart(s, language, part.path(), sink, problems)));
            }
        }
        return jobs;
    }

    /** The whole index on one page, or the overview of a split one. */
    private int renderIndex(Site site, Language language, PageSink sink, Problems problems) {
        BaseUrl base = site.config().baseUrl();
        Optional<SitePath> path = site.keywordIndexPath(language);
        Optional<SitePath> search = site.searchPage(language);
        if (path.isEmpty() || search.isEmpty()) {
            return 0;
        }
        Messages messages = i18n.messages(language);
        Views.PageView page = indexPage(site, language, messages, path.get());
        Optional<List<KeywordIndex.LetterSummary>> overview = site.keywordOverview(language);
        if (overview.isPresent()) {
            KeywordOverviewView view = overview(base, messages, overview.get(), search.get());
            return templates.renderTo(
                    sink,
                    path.get().outputFile(),
                    "keywords-overview",
                    language.code(),
                    page,
                    view,
                    "the A–Z index",
                    problems);
        }
        Optional<KeywordIndex> index = site.keywordIndex(language);
        if (index.isEmpty()) {
            return 0;
        }
        KeywordIndexView view = view(site, index.get(), search.get());
        return templates.renderTo(
                sink, path.get().outputFile(), "keywords", language.code(), page, view, "the A–Z index", problems);
    }

    /** The page around the index or its overview: its switcher leads to the other trees' A–Z indexes. */
    private Views.PageView indexPage(Site site, Language language, Messages messages, SitePath path) {
        BaseUrl base = site.config().baseUrl();
        return views.listing(
                site,
                Listing.of(
                        language,
                        "keywords",
                        messages.format("keywords.title"),
                        path,
                        List.of(),
                        views.homeCrumb(site, language),
                        other -> site.keywordIndexPath(other)
                                .filter(p -> site.searchPage(other).isPresent())
                                .map(p -> p.href(base))));
    }

    /** The letters of a split index, each with its count of keywords and, when it has several, its pages. */
    private static KeywordOverviewView overview(
            BaseUrl base, Messages messages, List<KeywordIndex.LetterSummary> overview, SitePath search) {
        List<LetterSummaryView> letters = overview.stream()
                .filter(l -> !l.parts().isEmpty())
                .map(l -> new LetterSummaryView(
                        l.label(),
                        l.parts().get(0).path().href(base),
                        messages.format("keywords.count", "count", l.keywords()),
                        l.parts().size() == 1
                                ? List.of()
                                : l.parts().stream().map(p -> link(base, p)).toList()))
                .toList();
        return new KeywordOverviewView(letters, search.href(base));
    }

    private static KeywordIndexView view(Site site, KeywordIndex index, SitePath search) {
        BaseUrl base = site.config().baseUrl();
        List<LetterView> letters = new ArrayList<>();
        int n = 0;
        for (KeywordIndex.Letter letter : index.letters()) {
            List<KeywordView> keywords = letter.keywords().stream()
                    .map(k -> keyword(
                            k.name(),
                            k.language(),
                            k.pages().get(0).path().href(base),
                            k.pages().stream().map(p -> ChildViews.of(base, p)).toList(),
                            false))
                    .toList();
            letters.add(new LetterView(letter.label(), "letter-" + ++n, keywords));
        }
        return new KeywordIndexView(letters, search.href(base));
    }

    /** One page of a split index: a letter, or a range of a long letter's keywords. */
    private int renderPart(Site site, Language language, SitePath path, PageSink sink, Problems problems) {
        Optional<KeywordIndex.PartPage> found = site.keywordPart(language, path);
        Optional<SitePath> index = site.keywordIndexPath(language);
        Optional<SitePath> search = site.searchPage(language);
        if (found.isEmpty() || index.isEmpty() || search.isEmpty()) {
            return 0;
        }
        Views.PageView page = partPage(site, language, path, found.get(), index.get());
        KeywordPartView view = partView(site.config().baseUrl(), found.get(), search.get());
        return templates.renderTo(
                sink,
                path.outputFile(),
                "keywords-part",
                language.code(),
                page,
                view,
                "the A–Z index page " + path,
                problems);
    }

    /**
     * The page around a part of a split index, below the A–Z index in the trail. Another tree's letters differ
     * (Turkish Ç has no German page), so the language switcher leads to its A–Z index; and no hreflang
     * alternates, since no other tree has this very page.
     */
    private Views.PageView partPage(
            Site site, Language language, SitePath path, KeywordIndex.PartPage part, SitePath index) {
        BaseUrl base = site.config().baseUrl();
        Messages messages = i18n.messages(language);
        List<LinkView> crumbs = new ArrayList<>(views.homeCrumb(site, language));
        crumbs.add(new LinkView(messages.format("keywords.title"), index.href(base)));
        String title = messages.format("keywords.part", "label", part.part().label());
        return views.listing(
                site,
                new Listing(
                        language,
                        "keywords",
                        new Listing.Title(title, language, Optional.empty()),
                        path,
                        List.of(),
                        crumbs,
                        new Listing.Counterparts(
                                other -> site.keywordIndexPath(other).map(p -> p.href(base)),
                                other -> Optional.empty()),
                        TypedView.NONE,
                        Views.PagerView.NONE,
                        List.of()));
    }

    /** A part's keywords, with the letter navigation and the links to the pages before and after. */
    private static KeywordPartView partView(BaseUrl base, KeywordIndex.PartPage part, SitePath search) {
        List<KeywordView> keywords = part.part().entries().stream()
                .map(e -> keyword(
                        e.name(),
                        e.language(),
                        e.pages().get(0).path().href(base),
                        e.pages().stream().map(p -> ChildViews.of(base, p)).toList(),
                        e.continued()))
                .toList();
        return new KeywordPartView(
                part.letters().stream().map(l -> link(base, l)).toList(),
                part.part().letter(),
                keywords,
                part.previous().map(l -> link(base, l)).orElse(new Views.LinkView("", "")),
                part.next().map(l -> link(base, l)).orElse(new Views.LinkView("", "")),
                search.href(base));
    }

    /** A keyword in the language it is written in, which may differ from the page's. */
    private static KeywordView keyword(
            String name, Language language, String href, List<Views.ChildView> pages, boolean continued) {
        return new KeywordView(name, language.htmlLang(), language.direction().attribute(), href, pages, continued);
    }

    private static LinkView link(BaseUrl base, KeywordIndex.PartLink link) {
        return new LinkView(link.label(), link.path().href(base));
    }
}
