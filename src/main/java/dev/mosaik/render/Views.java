package dev.mosaik.render;

import java.util.List;

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
     * @param easyToRead the language is an easy-to-read variant (Leichte Sprache): larger type, more space
     *                   between lines, one sentence a line, pictograms beside the key facts
     */
    public record SiteView(
            String title,
            String homeHref,
            String rootHref,
            String stylesheet,
            String generator,
            List<LinkView> feeds,
            boolean easyToRead,
            NavigationView nav,
            FooterView footer,
            OfflineView offline) {}

    /**
     * The ways to find a page: the main menu, the search page and the A–Z index.
     *
     * @param searchHref   the language's search page, empty when it has none
     * @param keywordsHref the language's A–Z index, empty when it has none
     */
    public record NavigationView(List<MenuView> menu, String searchHref, String keywordsHref) {}

    /**
     * The footer's pages and the site's own texts.
     *
     * @param pages        the top-level pages, each marked with the language its title is written in
     * @param organisation {@code params.organisation} of {@code site.yaml}, "" when not set; {@code address} likewise
     * @param paramsLang   the language of those texts (the default language's), so that an address in German on an
     *                     Arabic page is read with a German voice
     */
    public record FooterView(
            List<ChildView> pages, String organisation, String address, String paramsLang, String paramsDir) {}

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
     * A page ready for its template: a handful of parts, each with its values ready to show.
     *
     * @param kind  {@code home}, {@code section}, {@code page}, or the generated page's kind ({@code term},
     *              {@code search}, {@code notfound} …)
     * @param lang  the page's language, which the chrome is written in
     * @param pager the page navigation of a listing split into pages; {@link PagerView#NONE} when it fits one
     * @param typed the part of the view that belongs to the page's content type, or to the type of the pages a
     *              section lists; {@link TypedView#NONE} for others
     * @param subscribe the feeds and calendars of what the page shows
     */
    public record PageView(
            String kind,
            String lang,
            String dir,
            HeadView head,
            ChromeView chrome,
            BodyView body,
            NoticesView notices,
            PagerView pager,
            TypedView typed,
            SubscribeViews.SubscribeView subscribe) {

        /** This view with what the page offers to subscribe to. */
        public PageView withSubscribe(SubscribeViews.SubscribeView subscribe) {
            return new PageView(kind, lang, dir, head, chrome, body, notices, pager, typed, subscribe);
        }
    }

    /**
     * What the page's head says about it to browsers and search engines.
     *
     * @param alternates the page in other languages, for {@code <link rel="alternate" hreflang>}
     */
    public record HeadView(
            String documentTitle, String description, String canonical, List<AlternateView> alternates) {}

    /**
     * What surrounds the page's own content: the site's header, menu and footer, the language switcher and the
     * trail to the page.
     *
     * @param languageCode the page language's code, named by the switcher when the language is not in it
     */
    public record ChromeView(
            SiteView site, List<SwitcherView> languages, List<LinkView> breadcrumbs, String languageCode) {

        /** The name of the page's language, as the language switcher shows it. */
        public String currentLanguageName() {
            return languages.stream()
                    .filter(SwitcherView::current)
                    .map(SwitcherView::name)
                    .findFirst()
                    .orElse(languageCode);
        }
    }

    /**
     * The page's own content.
     *
     * @param contentLang the language of the text, which differs from the page's for untranslated pages
     * @param children    the pages it lists
     */
    public record BodyView(
            String title,
            String contentHtml,
            String contentLang,
            String contentDir,
            List<LinkView> tags,
            List<ChildView> children) {

        /** The listed pages that are sections themselves: the topics a home page presents. */
        public List<ChildView> sections() {
            return children.stream().filter(ChildView::section).toList();
        }
    }

    /**
     * What readers are told about the page's text.
     *
     * @param fallbackLanguage the name, in the page's language, of the language shown instead, for the notice
     * @param translation      how the translation came about, where readers must be told: machine-translated and
     *                         unchecked, or checked by whom and when; {@link NoticeView#NONE} otherwise
     * @param lastChange       the date of the last change in the page's language, empty when it has none
     */
    public record NoticesView(
            boolean fallback,
            String fallbackLanguage,
            NoticeView translation,
            List<NoticePart> outdated,
            boolean sample,
            String lastChange,
            String lastChangeIso) {

        static final NoticesView NONE = new NoticesView(false, "", NoticeView.NONE, List.of(), false, "", "");
    }

    /** A notice about the page in the reader's language; {@code kind} names its style ({@code machine}, {@code reviewed}). */
    public record NoticeView(String kind, String text) {

        static final NoticeView NONE = new NoticeView("", "");

        /** Whether there is anything to tell. */
        public boolean shown() {
            return !kind.isEmpty();
        }
    }

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
            String previous,
            String next,
            String previousUrl,
            String nextUrl,
            List<PagerLinkView> links) {

        /** No pager: the listing fits one page. */
        public static final PagerView NONE = new PagerView(0, 0, "", "", "", "", "", "", List.of());

        public PagerView {
            links = List.copyOf(links);
        }

        /** Whether the listing is split and the page shows the navigation. */
        public boolean shown() {
            return count > 0;
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
