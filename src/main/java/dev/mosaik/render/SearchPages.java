package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.FindingViews.SearchView;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The search page of every language tree. It loads its script and the index ({@code search.json}, written by the
 * output stage) and reads the query from {@code ?q=}; without JavaScript it says so and leads to the A–Z index
 * ({@link KeywordPages}), which needs none.
 */
final class SearchPages {

    /** Results shown at most; the count says how many there are. */
    static final int LIMIT = 50;

    /** The search script, loaded by the search page alone. */
    static final String SEARCH_SCRIPT = "mosaik/search.js";

    private final PageViews views;
    private final Templates templates;
    private final I18n i18n;

    SearchPages(PageViews views, Templates templates, I18n i18n) {
        this.views = views;
        this.templates = templates;
        this.i18n = i18n;
    }

    /** The search page of every language tree that has one and an A–Z index, one job per language. */
    List<RenderJob> jobs(Site site) {
        List<RenderJob> jobs = new ArrayList<>();
        for (Language language : site.languages()) {
            Optional<SitePath> search = site.searchPage(language);
            if (search.isPresent() && site.keywordIndex(language).isPresent()) {
                jobs.add(new RenderJob(
                        "search-pages:" + search.get().outputFile(),
                        search.get(),
                        (s, sink, problems) -> render(s, language, sink, problems)));
            }
        }
        return jobs;
    }

    /** @return the number of pages written */
    private int render(Site site, Language language, PageSink sink, Problems problems) {
        BaseUrl base = site.config().baseUrl();
        Optional<SitePath> search = site.searchPage(language);
        Optional<SitePath> keywords = site.keywordIndexPath(language);
        if (search.isEmpty() || keywords.isEmpty()) {
            return 0;
        }
        Messages messages = i18n.messages(language);
        String keywordsHref = keywords.get().href(base);
        SearchView searchView = new SearchView(
                search.get().href(base) + OutputFiles.SEARCH_INDEX,
                base.path() + SEARCH_SCRIPT,
                keywordsHref,
                language.locale(),
                json(messages.pluralForms("search.count")),
                LIMIT,
                messages.format("search.limited", "limit", LIMIT));
        Views.PageView searchPage = views.listing(
                site,
                Listing.of(
                        language,
                        "search",
                        messages.format("search.title"),
                        search.get(),
                        List.of(),
                        views.homeCrumb(site, language),
                        other -> site.searchPage(other)
                                .filter(p -> site.keywordIndexPath(other).isPresent())
                                .map(p -> p.href(base))));
        return templates.renderTo(
                sink,
                search.get().outputFile(),
                "search",
                language.code(),
                Map.of("page", searchPage, "search", searchView),
                "the search page",
                problems);
    }

    /** A flat JSON object of strings, keys sorted: the plural forms the search script counts its hits with. */
    static String json(Map<String, String> map) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
                json.writeStringProperty(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }
        return out.toString();
    }
}
