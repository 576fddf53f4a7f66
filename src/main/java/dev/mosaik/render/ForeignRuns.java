package dev.mosaik.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks Latin-script words inside text of a language written in another script — German terms kept in an
 * Arabic, Persian, Russian or Ukrainian translation ("دورة الاندماج (Integrationskurs)"), names of places and
 * offices — with the language they are in, so that a screen reader speaks them with a German voice instead
 * of spelling them with an Arabic or Russian one (WCAG 3.1.2, language of parts). Translations keep such terms
 * on purpose, and front matter (titles, measure texts) cannot carry markup, so the whole rendered page is
 * marked, not only the Markdown body. Words already inside an element with a Latin-script language are left
 * as they are; a page without such words is returned unchanged, byte for byte.
 *
 * <p>Every page of such a language passes through here, so the marking is done in one pass over the page's text
 * ({@link MarkupWalk}), which splices the marks in: about a fifth of the time of parsing the page into jsoup's tree
 * and writing it again. The output is the tree's, byte for byte (a page with marks comes out as jsoup writes HTML);
 * for markup the pass is not sure of — a page jsoup's parser would restructure — the tree still does it.
 */
public final class ForeignRuns {

    private static final String SKIPPED = "script, style, code, pre, [translate=no], title, textarea, option";

    private final String pageLang;
    private final String runLang;
    private final boolean rightToLeft;
    private final LatinRuns runs;

    /**
     * @param pageLang    the {@code lang} of pages whose text is in a non-Latin script (e.g. {@code ar})
     * @param runLang     the {@code lang} Latin runs inside it are in: the site's default language (e.g. {@code de})
     * @param rightToLeft whether those pages are right-to-left: a run in brackets is then isolated with its brackets
     */
    ForeignRuns(String pageLang, String runLang, boolean rightToLeft) {
        this.pageLang = pageLang;
        this.runLang = runLang;
        this.rightToLeft = rightToLeft;
        this.runs = new LatinRuns(runLang, rightToLeft);
    }

    /**
     * The marking for each language of {@code config}: present for languages written in another script than the
     * default language when that one is written in Latin script (the runs to mark are Latin).
     */
    public static java.util.function.Function<String, java.util.Optional<ForeignRuns>> of(
            dev.mosaik.config.SiteConfig config, dev.mosaik.i18n.I18n i18n) {
        dev.mosaik.config.Language original = config.defaultLanguage();
        java.util.Map<String, ForeignRuns> byCode = new java.util.HashMap<>();
        if (i18n.services(original).script().equals("Latn")) {
            for (dev.mosaik.config.Language language : config.languages()) {
                if (!i18n.services(language).script().equals("Latn")) {
                    byCode.put(
                            language.code(),
                            new ForeignRuns(language.htmlLang(), original.htmlLang(), language.isRightToLeft()));
                }
            }
        }
        return code -> java.util.Optional.ofNullable(byCode.get(code));
    }

    /**
     * {@code html} with its runs marked: in one pass over the text ({@link MarkupWalk}) where the page's markup is
     * plain, which the templates' is; else the way it was done first, through jsoup's tree.
     */
    String mark(String html) {
        try {
            return markByWalking(html);
        } catch (NotPlainMarkup e) {
            return markWithDom(html);
        }
    }

    /** What {@link #mark} returns, found in one pass over the text; {@link NotPlainMarkup} where that is not sure. */
    String markByWalking(String html) {
        return MarkupWalk.mark(html, pageLang, runs);
    }

    /**
     * What {@link #mark} returns, found by parsing the page into jsoup's tree, marking its text nodes and writing the
     * tree again if one changed: the first way, kept for pages the walk is not sure of, and as the measure of it.
     */
    String markWithDom(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        collect(document.body(), document.child(0).attr("lang"), texts);
        boolean changed = false;
        for (TextNode text : texts) {
            changed |= wrap(text);
        }
        return changed ? document.outerHtml() : html;
    }

    /**
     * Text nodes whose nearest language is the page's own non-Latin language. An element of another language
     * (a German name in the A–Z) may hold elements of the page's language again, so the walk goes on below it.
     */
    private void collect(Element element, String lang, List<TextNode> texts) {
        if (element.is(SKIPPED)) {
            return;
        }
        String current = element.hasAttr("lang") ? element.attr("lang") : lang;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && current.equals(pageLang)) {
                texts.add(text);
            } else if (child instanceof Element nested) {
                collect(nested, current, texts);
            }
        }
    }

    /** Whether the text is already in an isolate of its own (a {@code bdi}, or an element of left-to-right direction). */
    private static boolean isolated(TextNode text) {
        for (Element element = text.parent(); element != null; element = element.parent()) {
            if (element.is("bdi")) {
                return true;
            }
            if (element.hasAttr("dir")) {
                return !element.attr("dir").equals("rtl");
            }
        }
        return false;
    }

    private boolean wrap(TextNode text) {
        String value = text.getWholeText();
        Matcher run = LatinRuns.RUN.matcher(value);
        if (!run.find()) {
            return false;
        }
        int position = 0;
        boolean wrapped = false;
        do {
            if (!LatinRuns.WORD.matcher(run.group()).find()) {
                continue;
            }
            Element span = new Element("span").attr("lang", runLang).appendText(run.group());
            int start = run.start();
            int end = run.end();
            // Front matter (titles, measure texts) has no isolates of its own. In right-to-left text, brackets outside
            // a Latin run are mirrored by the paragraph and end up on the wrong sides where the run wraps onto a new
            // line ("(Peergroup" / "Education)"); isolated with the run, the pair moves with it.
            boolean bracketed = rightToLeft
                    && start > position
                    && end < value.length()
                    && value.charAt(start - 1) == '('
                    && value.charAt(end) == ')'
                    && !isolated(text);
            if (bracketed) {
                start--;
                end++;
            }
            if (start > position) {
                text.before(new TextNode(value.substring(position, start)));
            }
            text.before(
                    bracketed
                            ? new Element("bdi")
                                    .appendText("(")
                                    .appendChild(span)
                                    .appendText(")")
                            : span);
            position = end;
            wrapped = true;
        } while (run.find());
        if (!wrapped) {
            return false;
        }
        if (position < value.length()) {
            text.before(new TextNode(value.substring(position)));
        }
        text.remove();
        return true;
    }
}
