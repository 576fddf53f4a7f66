package dev.mosaik.content;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * A Markdown body to HTML with flexmark: tables, footnotes, autolinks, attributes, heading ids and typographic
 * quotes in the page's language; its links and images go through {@link PageAddresses}, and raw HTML through the
 * safelist unless the site lets it through. A page is parsed once, by a parser with only the extensions its text
 * can use ({@link MarkdownEngine}); its tree is walked once ({@link MarkdownNodes}) before it is rendered.
 * Thread-safe: parsers and renderers are immutable and shared.
 */
final class MarkdownBody {

    private static final Pattern ALLOWED_SCHEME = Pattern.compile("(?i)(?:https?|mailto|tel):");
    /**
     * A link or image address that might have a scheme the safelist does not allow: one that does not start with
     * an allowed scheme and contains a colon or an entity ({@code java&#x73;cript:} is {@code javascript:} to a browser).
     */
    private static final Pattern SUSPECT_ADDRESS =
            Pattern.compile("(?i)(?:href|src)=\"(?!(?:https?|mailto|tel):)[^\"]*[:&]");

    /** One engine per quotation style: flexmark decides quotation marks while parsing. */
    private final ConcurrentMap<Quotes, MarkdownEngine> engines = new ConcurrentHashMap<>();

    /** The HTML of {@code document}'s Markdown body, read through {@code markdown}, which stops at its deadline. */
    String render(
            SourceDocument document,
            TimedText markdown,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            PageAddresses addresses,
            Problems problems) {
        MarkdownEngine engine = engines.computeIfAbsent(quotes, MarkdownEngine::new);
        Document ast = engine.parserFor(markdown.plain()).parse(BasedSequence.of(markdown));
        MarkdownNodes nodes = MarkdownNodes.of(ast, markdown);
        BidiIsolation.apply(nodes, rightToLeft);
        boolean needsSafelist = resolveAddresses(document, nodes, addresses, problems);
        String html = engine.renderer().render(ast);
        // Plain Markdown cannot produce a script, only raw HTML, {attributes} and odd link addresses can; the
        // safelist's HTML parse is the costliest step of a page, so pages without those skip it.
        if (rawHtml || !needsSafelist && !SUSPECT_ADDRESS.matcher(html).find() || HtmlSafelist.isSafe(html)) {
            return html;
        }
        problems.warning(
                document.file().position(firstUnsafeLine(document, nodes)),
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
            SourceDocument document, MarkdownNodes nodes, PageAddresses addresses, Problems problems) {
        boolean needsSafelist = false;
        for (Node node : nodes.addressed()) {
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
    private static int firstUnsafeLine(SourceDocument document, MarkdownNodes nodes) {
        for (Node node : nodes.addressed()) {
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
