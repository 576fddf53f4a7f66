package dev.mosaik.content;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * A Markdown body to HTML with flexmark: tables, footnotes, autolinks, attributes, heading ids and typographic
 * quotes in the page's language; its links and images go through {@link PageAddresses}, and raw HTML through the
 * safelist unless the site lets it through. Thread-safe: parsers and renderers are immutable and shared, one pair
 * per quotation style.
 */
final class MarkdownBody {

    private static final Pattern ALLOWED_SCHEME = Pattern.compile("(?i)(?:https?|mailto|tel):");
    /**
     * A link or image address that might have a scheme the safelist does not allow: one that does not start with
     * an allowed scheme and contains a colon or an entity ({@code java&#x73;cript:} is {@code javascript:} to a browser).
     */
    private static final Pattern SUSPECT_ADDRESS =
            Pattern.compile("(?i)(?:href|src)=\"(?!(?:https?|mailto|tel):)[^\"]*[:&]");

    /**
     * flexmark decides quotation marks while parsing, so each quotation style gets its own parsers. The autolink
     * extension scans every text node of every page (an eighth of all Markdown time); it can only find a link
     * where a page has {@code ://}, {@code www.} or {@code @}, so pages without any are parsed without it.
     */
    private record Engine(Parser parser, Parser parserWithoutAutolinks, HtmlRenderer renderer) {
        static Engine of(Quotes quotes) {
            DataHolder options = options(quotes, true);
            return new Engine(
                    Parser.builder(options).build(),
                    Parser.builder(options(quotes, false)).build(),
                    HtmlRenderer.builder(options).build());
        }

        Parser parserFor(String markdown) {
            return markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0
                    ? parser
                    : parserWithoutAutolinks;
        }
    }

    private final ConcurrentMap<Quotes, Engine> engines = new ConcurrentHashMap<>();

    private static DataHolder options(Quotes quotes, boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                AttributesExtension.create(),
                TypographicExtension.create(),
                new BidiIsolation.Extension(),
                new ImageSizes(),
                new LinearParsing()));
        if (autolinks) {
            extensions.add(2, AutolinkExtension.create());
        }
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

    /** The HTML of {@code document}'s Markdown body, read through {@code markdown}, which stops at its deadline. */
    String render(
            SourceDocument document,
            TimedText markdown,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            PageAddresses addresses,
            Problems problems) {
        Engine engine = engines.computeIfAbsent(quotes, Engine::of);
        Document ast = engine.parserFor(document.body()).parse(BasedSequence.of(markdown));
        BidiIsolation.apply(ast, rightToLeft);
        boolean needsSafelist = resolveAddresses(document, ast, markdown, addresses, problems);
        String html = engine.renderer().render(ast);
        // Plain Markdown cannot produce a script, only raw HTML, {attributes} and odd link addresses can; the
        // safelist's HTML parse is the costliest step of a page, so pages without those skip it.
        if (rawHtml || !needsSafelist && !SUSPECT_ADDRESS.matcher(html).find() || HtmlSafelist.isSafe(html)) {
            return html;
        }
        problems.warning(
                document.file().position(firstUnsafeLine(document, ast)),
                "HTML that could run scripts was removed (script, style, frames, forms, on… attributes or javascript: links)",
                Optional.of(
                        "write Markdown instead; a site that trusts all its editors can set 'markdown: {rawHtml: true}' in site.yaml"));
        return HtmlSafelist.clean(html);
    }

    /**
     * Points every link and image of {@code ast} where {@link PageAddresses} says and checks raw HTML for foreign
     * sources; whether the page has raw HTML or attributes, which only the safelist can judge.
     */
    private static boolean resolveAddresses(
            SourceDocument document, Document ast, TimedText markdown, PageAddresses addresses, Problems problems) {
        boolean needsSafelist = false;
        for (Node node : ast.getDescendants()) {
            markdown.check();
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                needsSafelist = true;
                ForeignSources.check(node.getChars().toString(), position(document, node), problems);
            } else if (node instanceof AttributesNode) {
                needsSafelist = true;
            } else if (node instanceof Image image) {
                String source = image.getUrl().toString();
                image.setUrl(BasedSequence.of(addresses.image(
                        position(document, node), source, image.getText().toString())));
                addresses.imageSize(source).ifPresent(size -> ImageSizes.set(image, size));
            } else if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(
                        addresses.link(position(document, node), link.getUrl().toString())));
            } else if (node instanceof Reference reference) {
                reference.setUrl(BasedSequence.of(addresses.link(
                        position(document, node), reference.getUrl().toString())));
            }
        }
        return needsSafelist;
    }

    /** The line of the first thing that can bring a script in, for the safelist's warning. */
    private static int firstUnsafeLine(SourceDocument document, Document ast) {
        for (Node node : ast.getDescendants()) {
            boolean oddAddress = node instanceof Link link
                    && AddressSchemes.SCHEME.matcher(link.getUrl()).matches()
                    && !ALLOWED_SCHEME.matcher(link.getUrl()).lookingAt();
            if (node instanceof HtmlBlockBase
                    || node instanceof HtmlInlineBase
                    || node instanceof AttributesNode
                    || oddAddress) {
                return document.bodyFirstLine() + node.getStartLineNumber();
            }
        }
        return 0;
    }

    private static SourcePosition position(SourceDocument document, Node node) {
        return document.file().position(document.bodyFirstLine() + node.getStartLineNumber());
    }
}
