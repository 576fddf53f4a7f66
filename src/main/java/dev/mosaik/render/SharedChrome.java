package dev.mosaik.render;

import dev.mosaik.render.Views.BodyView;
import dev.mosaik.render.Views.ChromeView;
import dev.mosaik.render.Views.HeadView;
import dev.mosaik.render.Views.NoticesView;
import dev.mosaik.render.Views.PageView;
import dev.mosaik.render.Views.PagerView;
import dev.mosaik.render.Views.SwitcherView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of the layout a theme marks {@code mosaik:shared="name"} (header, menu, footer …), rendered once for all
 * pages whose {@linkplain #chromeOf chrome} is the same and spliced into each as finished text: most pages of a
 * language differ only in their own parts, and Thymeleaf need not render the rest again for each.
 *
 * <p>A marked part is rendered from the page's chrome alone — {@code page.kind}, {@code page.lang}, {@code page.dir},
 * {@code page.chrome.site} and {@code page.chrome.currentLanguageName}; everything else of {@code page} is empty
 * there. The first page with a chrome renders its marked parts as usual, enclosed in marks ({@link SharedParts});
 * {@link #finish} cuts them out and keeps them for the pages after it. One instance serves one run of the renderer,
 * so what it keeps lives no longer than the site it was rendered for.
 */
final class SharedChrome {

    /** The context variable through which the processors of {@link SharedParts} find what to splice. */
    static final String VARIABLE = "mosaikShared";

    private static final char MARK = '\u0000';
    private static final String START = MARK + "mosaik-shared ";
    private static final String END = MARK + "/mosaik-shared" + MARK;

    private static final HeadView NO_HEAD = new HeadView("", "", "", List.of());
    private static final BodyView NO_BODY = new BodyView("", "", "", "", List.of(), List.of());

    private final Map<PageView, Map<String, String>> partsByChrome = new ConcurrentHashMap<>();
    private final Map<PageView, Map<String, AskedMessages>> askedByChrome = new ConcurrentHashMap<>();

    /** What the processors need while {@code page} renders: its chrome, and the parts already rendered for it. */
    Splice forPage(PageView page) {
        PageView chrome = chromeOf(page);
        return new Splice(
                chrome,
                partsByChrome.computeIfAbsent(chrome, c -> new ConcurrentHashMap<>()),
                askedByChrome.computeIfAbsent(chrome, c -> new ConcurrentHashMap<>()));
    }

    /**
     * {@code page} reduced to what marked parts may read. The language switcher keeps only the page's own language,
     * without the page's address, so that pages of one language share it.
     */
    static PageView chromeOf(PageView page) {
        ChromeView chrome = page.chrome();
        List<SwitcherView> own = chrome.languages().stream()
                .filter(SwitcherView::current)
                .map(e -> new SwitcherView(e.code(), e.name(), e.lang(), e.dir(), "", true, true, false))
                .toList();
        return new PageView(
                page.kind(),
                page.lang(),
                page.dir(),
                NO_HEAD,
                new ChromeView(chrome.site(), own, List.of(), chrome.languageCode()),
                NO_BODY,
                NoticesView.NONE,
                PagerView.NONE,
                TypedView.NONE,
                SubscribeViews.SubscribeView.NONE);
    }

    /**
     * {@code html} without the marks around parts rendered for the first time, which are kept for the pages after
     * it. A page that rendered no part anew is returned as it is.
     */
    static String finish(String html, Splice splice) {
        int start = html.indexOf(START);
        if (start < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (start >= 0) {
            int nameEnd = html.indexOf(MARK, start + START.length());
            int end = html.indexOf(END, nameEnd);
            String part = html.substring(nameEnd + 1, end);
            splice.parts().putIfAbsent(html.substring(start + START.length(), nameEnd), part);
            out.append(html, from, start).append(part);
            from = end + END.length();
            start = html.indexOf(START, from);
        }
        return out.append(html, from, html.length()).toString();
    }

    /** The text that opens a marked part rendered for the first time. */
    static String start(String key) {
        return START + key + MARK;
    }

    /** The text that closes it. */
    static String end() {
        return END;
    }

    /**
     * One page's view of the shared parts.
     *
     * @param chrome what marked parts see as {@code page}
     * @param parts  the parts rendered so far for that chrome, by template and name
     * @param asked  the UI strings each part asked for when it was rendered, by template and name
     */
    record Splice(PageView chrome, Map<String, String> parts, Map<String, AskedMessages> asked) {

        /** The strings the part {@code key} asks for, noted while it renders the first time. */
        AskedMessages askedBy(String key) {
            return asked.computeIfAbsent(key, k -> new AskedMessages());
        }
    }
}
