package dev.mosaik.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records templates see. They hold display-ready values (formatted dates, finished links) so that
 * templates stay free of logic and never reach into the site model.
 */
public final class Views {

    private Views() {}

    /** A plain link. */
    public record LinkView(String title, String href) {}

    /** An entry of the main menu. */
    public record MenuView(String title, String href, boolean current, boolean external) {}

    /**
     * An entry of the language switcher.
     *
     * @param lang      the {@code lang} of the language's name, so screen readers pronounce it right
     * @param available false when the page does not exist in that language and the link leads to its home
     * @param fallback  the page exists there but shows untranslated text
     */
    public record SwitcherView(
            String code,
            String name,
            String lang,
            String dir,
            String href,
            boolean current,
            boolean available,
            boolean fallback) {}

    /** A {@code <link rel="alternate" hreflang>} of a page. */
    public record AlternateView(String hreflang, String href) {}

    /** A page listed in a section. */
    public record ChildView(
            String title,
            String href,
            String summary,
            String lang,
            String dir,
            boolean fallback,
            boolean sample,
            boolean section) {}

    /**
     * What every page shares: site title, menu, links to the stylesheet and home in the page's language.
     *
     * @param footer       the top-level pages, each marked with the language its title is written in
     * @param paramsLang   the language of the free texts in {@code params} (the default language's), so that an
     *                     address in German on an Arabic page is read with a German voice
     * @param searchHref   the language's search page, empty when it has none
     * @param keywordsHref the language's A–Z index, empty when it has none
     * @param easyToRead   the language is an easy-to-read variant (Leichte Sprache): larger type, more space
     *                     between lines, one sentence a line, pictograms beside the key facts
     */
    public record SiteView(
            String title,
            String homeHref,
            String rootHref,
            String stylesheet,
            List<MenuView> menu,
            List<ChildView> footer,
            Map<String, String> params,
            String paramsLang,
            String paramsDir,
            String generator,
            List<LinkView> feeds,
            String searchHref,
            String keywordsHref,
            boolean easyToRead,
            OfflineView offline) {}

    /**
     * The footer's offline part, on the published site only (never in the preview, which must not install a
     * service worker): the language's pack with its size, and the line the script shows once the worker has
     * saved the language.
     *
     * @param packSize a marker the build replaces with the pack's size once the pack is made from the pages
     * @param locale   the language's locale, digits included, for the date the line shows
     */
    public record OfflineView(
            boolean enabled,
            String packHref,
            String packSize,
            String manifestHref,
            String workerHref,
            String scriptHref,
            String scope,
            String locale) {

        static final OfflineView NONE = new OfflineView(false, "", "", "", "", "", "", "");
    }

    /**
     * A page ready for its template.
     *
     * @param kind             {@code home}, {@code section} or {@code page}
     * @param contentLang      the language of the text, which differs from {@code lang} for untranslated pages
     * @param fallbackLanguage the name, in the page's language, of the language shown instead, for the notice
     * @param pager            the page navigation of a listing split into pages; empty when it fits one
     * @param typed            the part of the view that belongs to the page's content type, or to the type of the
     *                         pages a section lists; {@link TypedView#NONE} for others
     * @param subscribe        the feeds and calendars of what the page shows
     * @param translationNotice  how the translation came about, where readers must be told: machine-translated
     *                           and unchecked, or checked by whom and when
     */
    public record PageView(
            String kind,
            String lang,
            String dir,
            String languageCode,
            String title,
            String documentTitle,
            String description,
            String canonical,
            String contentHtml,
            String contentLang,
            String contentDir,
            boolean fallback,
            String fallbackLanguage,
            Optional<NoticeView> translationNotice,
            List<NoticePart> outdated,
            boolean sample,
            Optional<String> lastChange,
            Optional<String> lastChangeIso,
            List<LinkView> tags,
            List<LinkView> breadcrumbs,
            List<ChildView> children,
            List<AlternateView> alternates,
            List<SwitcherView> languages,
            SiteView site,
            TypedView typed,
            Optional<PagerView> pager,
            SubscribeViews.SubscribeView subscribe) {

        /** This view with what the page offers to subscribe to. */
        public PageView withSubscribe(SubscribeViews.SubscribeView subscribe) {
            return new PageView(
                    kind,
                    lang,
                    dir,
                    languageCode,
                    title,
                    documentTitle,
                    description,
                    canonical,
                    contentHtml,
                    contentLang,
                    contentDir,
                    fallback,
                    fallbackLanguage,
                    translationNotice,
                    outdated,
                    sample,
                    lastChange,
                    lastChangeIso,
                    tags,
                    breadcrumbs,
                    children,
                    alternates,
                    languages,
                    site,
                    typed,
                    pager,
                    subscribe);
        }

        /** The name of the page's language, as the language switcher shows it. */
        public String currentLanguageName() {
            return languages.stream()
                    .filter(SwitcherView::current)
                    .map(SwitcherView::name)
                    .findFirst()
                    .orElse(languageCode);
        }

        /** The listed pages that are sections themselves: the topics a home page presents. */
        public List<ChildView> sections() {
            return children.stream().filter(ChildView::section).toList();
        }
    }

    /** A notice about the page in the reader's language; {@code kind} names its style ({@code machine}, {@code reviewed}). */
    public record NoticeView(String kind, String text) {}

    /**
     * A run of a notice's text: the reader's language where {@code lang} is empty, else a quotation in another
     * language (a heading of the original) with its {@code lang} and {@code dir}.
     */
    public record NoticePart(String text, String lang, String dir) {}

    /**
     * The navigation between the pages of a listing split into pages, which works without JavaScript.
     *
     * @param label       this page's name, "Seite 2": pages after the first show it after the listing's title
     * @param status      "Seite 2 von 40"
     * @param previous    the page before, as a link; empty on the first page
     * @param previousUrl the same, absolute, for {@code <link rel="prev">}
     * @param links       page numbers: the first, the last and those around this one, with gaps between
     */
    public record PagerView(
            int number,
            int count,
            String label,
            String status,
            Optional<String> previous,
            Optional<String> next,
            Optional<String> previousUrl,
            Optional<String> nextUrl,
            List<PagerLinkView> links) {

        public PagerView {
            links = List.copyOf(links);
        }

        /** Pages after the first carry {@link #label} in their title and heading. */
        public boolean continued() {
            return number > 1;
        }
    }

    /**
     * A page number in a pager, or a gap in the numbers.
     *
     * @param text  the number in the language's digits
     * @param label the link's name for screen readers, "Seite 3", which contains the visible number
     */
    public record PagerLinkView(String text, String label, String href, boolean current, boolean gap) {}

    /**
     * One language on the root page that lets readers choose their language.
     *
     * @param notFound "page not found" in that language, for the 404 page
     */
    public record ChoiceView(
            String code,
            String name,
            String lang,
            String dir,
            String href,
            String siteTitle,
            String prompt,
            String notFound) {}

    /**
     * The root page: every language in its own script.
     *
     * @param lang the default language's {@code lang}, for the text of the 404 page written in it
     */
    public record ChooserView(
            String title,
            String lang,
            String dir,
            String stylesheet,
            String icon,
            String script,
            String canonical,
            List<ChoiceView> languages,
            List<AlternateView> alternates) {}

    /** A page that forwards an old address to a page's current one. */
    public record RedirectView(String lang, String dir, String title, String target, String canonical) {}
}
