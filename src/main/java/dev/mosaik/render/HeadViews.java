package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.render.Views.AlternateView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The addresses a page's head names: its canonical address and its {@code hreflang} alternates. */
final class HeadViews {

    private HeadViews() {}

    /** An untranslated page repeats another language's text; the original is the canonical address. */
    static String canonical(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        Page original = page.isFallback()
                ? site.page(page.contentLanguage(), page.key()).orElse(page)
                : page;
        return original.path().absoluteUrl(base);
    }

    /**
     * Real translations only: a fallback page must not claim to be in a language it is not written in. A
     * language that shares its {@code lang} with an earlier one (Leichte Sprache) stays out of the set.
     */
    static List<AlternateView> alternates(Site site, Page page) {
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

    /**
     * The {@code hreflang} alternates of a generated page (a listing, the search page, the A–Z index): the same page
     * in every language that carries {@code hreflang}, itself included, and as {@code x-default} the default
     * language's. None when the page has no equivalent in another language, or its language shares its {@code lang}
     * with an earlier one (Leichte Sprache).
     */
    static List<AlternateView> listingAlternates(
            Site site, Language language, Function<Language, Optional<String>> equivalent) {
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
}
