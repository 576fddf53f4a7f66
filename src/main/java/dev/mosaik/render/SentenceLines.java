package dev.mosaik.render;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One sentence a line, as easy-to-read text (Leichte Sprache) is laid out: inside a paragraph, list item or
 * table cell of the rendered body, every sentence after the first begins on a new line ({@code <br>}). The
 * sentences are found by ICU's sentence rules for the language, so "z. B." or "Nr. 5" do not end one.
 */
final class SentenceLines {

    private static final String BLOCKS = "p, li, dd, td, th, blockquote";
    private static final String SKIPPED = "a, code, pre, kbd, samp, bdi, time, script, style, h1, h2, h3, h4, h5, h6";

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(^|[\\s(])(\\d{1,2}|\\p{L}|bzw|usw|Nr|ca|Str|Tel|evtl|inkl|ggf|Abs|Art|Dr|Hr|Fr|vgl|etc)\\.$");

    private final ULocale locale;

    SentenceLines(ULocale locale) {
        this.locale = locale;
    }

    /**
     * Whether {@code language} is an easy-to-read variant of the site's default language: written in the same
     * language (the same {@code lang}, e.g. {@code de}) but a tree of its own, as Leichte Sprache is.
     */
    static boolean easyToRead(SiteConfig config, Language language) {
        Language original = config.defaultLanguage();
        return !language.code().equals(original.code()) && language.htmlLang().equals(original.htmlLang());
    }

    /** The body with a line break between sentences; the body itself, unchanged, when no block holds two. */
    String apply(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        for (Element block : document.body().select(BLOCKS)) {
            for (Node child : block.childNodes()) {
                collect(child, texts);
            }
        }
        boolean changed = false;
        for (TextNode text : texts) {
            changed |= split(text);
        }
        return changed ? document.body().html() : html;
    }

    private static void collect(Node node, List<TextNode> texts) {
        if (node instanceof TextNode text) {
            texts.add(text);
        } else if (node instanceof Element element && !element.is(SKIPPED) && !element.is(BLOCKS)) {
            for (Node child : element.childNodes()) {
                collect(child, texts);
            }
        }
    }

    /** Replaces the spaces after each sentence end inside {@code text} with a line break. */
    private boolean split(TextNode text) {
        String value = text.getWholeText();
        // Not ICU's abbreviation suppressions ("ss=standard"): they match word endings and kept "Kinder. Zum" together.
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(value);
        List<Integer> ends = new ArrayList<>();
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            // A boundary at the very end counts when more of the block follows (a sentence then a link).
            boolean last = end == value.length();
            if (last && (text.nextSibling() == null || text.nextSibling() instanceof Element next && next.is("br"))) {
                continue;
            }
            String before = value.substring(0, end).stripTrailing();
            // Nor do an ordinal ("am 3. Mai") or an abbreviation ("z. B.", "Nr. 5").
            if (!before.matches("(?s).*[.!?][\"»«“”’)]*$")
                    || ABBREVIATION.matcher(before).find()
                    || before.isBlank()) {
                continue;
            }
            ends.add(end);
        }
        if (ends.isEmpty()) {
            return false;
        }
        int position = 0;
        for (int end : ends) {
            String sentence = value.substring(position, end).stripTrailing();
            text.before(new TextNode(sentence));
            text.before(new Element("br"));
            position = end;
        }
        if (position < value.length()) {
            text.before(new TextNode(value.substring(position)));
        }
        text.remove();
        return true;
    }
}
