package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.render.Views.PagerView;
import dev.mosaik.site.SitePath;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A generated page that lists other pages (a term, a page of a section's listing, the search page, the course
 * finder, the 404 page): what {@link PageViews#listing} needs to make its view, that of a content page without
 * content of its own.
 *
 * @param pager the page navigation of a listing split into pages; pages after the first add their number to the
 *              title, so that every page of the listing has a title of its own
 * @param trail the keys of the pages the listing belongs to, to mark the current menu entry
 */
record Listing(
        Language language,
        String kind,
        Title title,
        SitePath path,
        List<ChildView> children,
        List<LinkView> breadcrumbs,
        Counterparts counterparts,
        TypedView typed,
        PagerView pager,
        List<TranslationKey> trail) {

    /**
     * The listing's title.
     *
     * @param language the language the title is written in, which for a tag may differ from the tree's
     * @param summary  the description of the pages the listing belongs to (a section's); else the title describes it
     */
    record Title(String text, Language language, Optional<String> summary) {}

    /**
     * Where the listing is in other languages.
     *
     * @param switcher   where the language switcher leads in another language: this page there, else the nearest
     * @param equivalent this very page in another language, for the {@code hreflang} alternates: a term's page lists
     *                   other pages in another tree, and its switcher may lead to the term index there instead
     */
    record Counterparts(
            Function<Language, Optional<String>> switcher, Function<Language, Optional<String>> equivalent) {

        /** The same page in every language, where it exists there. */
        static Counterparts same(Function<Language, Optional<String>> page) {
            return new Counterparts(page, page);
        }
    }

    /** A listing of one page, titled in its tree's language, that belongs to no page of the menu. */
    static Listing of(
            Language language,
            String kind,
            String title,
            SitePath path,
            List<ChildView> children,
            List<LinkView> breadcrumbs,
            Function<Language, Optional<String>> counterpart) {
        return new Listing(
                language,
                kind,
                new Title(title, language, Optional.empty()),
                path,
                children,
                breadcrumbs,
                Counterparts.same(counterpart),
                TypedView.NONE,
                PagerView.NONE,
                List.of());
    }

    /** This listing showing {@code typed} too (the course finder's list). */
    Listing withTyped(TypedView typed) {
        return new Listing(language, kind, title, path, children, breadcrumbs, counterparts, typed, pager, trail);
    }
}
