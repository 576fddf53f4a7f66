package dev.mosaik.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * flexmark set up for one quotation style (flexmark decides quotation marks while parsing): a parser for each set of
 * {@link MarkdownSyntax} that pages use, made the first time a page needs it, and one renderer that knows every
 * extension's nodes. flexmark's parsers and renderers are immutable and shared by all threads: each
 * {@code parse} and {@code render} works on state of its own.
 */
final class MarkdownEngine {

    private final Quotes quotes;
    private final HtmlRenderer renderer;
    private final ConcurrentMap<Set<MarkdownSyntax>, Parser> parsers = new ConcurrentHashMap<>();

    MarkdownEngine(Quotes quotes) {
        this.quotes = quotes;
        this.renderer = HtmlRenderer.builder(options(quotes, EnumSet.allOf(MarkdownSyntax.class)))
                .build();
    }

    HtmlRenderer renderer() {
        return renderer;
    }

    /** The parser with the extensions {@code markdown} can use, and no others. */
    Parser parserFor(String markdown) {
        return parserWith(MarkdownSyntax.usedBy(markdown));
    }

    /** The parser with the extensions of {@code used}. */
    Parser parserWith(Set<MarkdownSyntax> used) {
        return parsers.computeIfAbsent(
                used, syntaxes -> Parser.builder(options(quotes, syntaxes)).build());
    }

    private static DataHolder options(Quotes quotes, Set<MarkdownSyntax> used) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>();
        used.forEach(syntax -> extensions.add(syntax.extension())); // an EnumSet iterates in declaration order
        extensions.addAll(List.of(new BidiIsolation.Extension(), new ImageSizes(), new LinearParsing()));
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // The language's own quotation marks; dashes and ellipses come out as HTML entities (flexmark fixes those).
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.open());
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.close());
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.singleOpen());
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.singleClose());
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        return options.toImmutable();
    }
}
