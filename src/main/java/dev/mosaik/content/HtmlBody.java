package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page body that is HTML already: a JBake HTML page, or what AsciidoctorJ made of an AsciiDoc page. Its links
 * and images go through the same checks as Markdown's ({@link Addresses}: source links become page addresses,
 * relative files resolve next to the page, images need alt text and must exist), and unless the site lets raw
 * HTML through, the result passes the same safelist as raw HTML in Markdown, with the same warning.
 */
final class HtmlBody {

    /** What Markdown does with a link or an image address; here applied to {@code href} and {@code src}. */
    interface Addresses {
        String link(SourcePosition position, String url);

        String image(SourcePosition position, String url, String alt);

        Optional<ImageSize> imageSize(String url);
    }

    /** Where in the source an element of the HTML came from. */
    interface Lines {
        /** The position of {@code element}, whose address attribute is {@code url}. */
        SourcePosition of(Element element, String url);
    }

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlBody() {}

    /**
     * @param fromSource whether {@code html} is the file's own text (its elements' lines are the file's); otherwise
     *                   (converted AsciiDoc) an element's line is that of the first source line naming its address
     */
    static String render(
            SourceDocument document,
            String html,
            boolean fromSource,
            boolean rawHtml,
            Addresses addresses,
            Problems problems) {
        if (fromSource) {
            ForeignSources.check(html, document.file().position(document.bodyFirstLine()), problems);
        }
        Document parsed = Parser.htmlParser().setTrackPosition(fromSource).parseInput(html, "");
        parsed.outputSettings(OUTPUT);
        String[] sourceLines = fromSource ? new String[0] : document.body().split("\n", -1);
        Lines lines = fromSource
                ? (element, url) -> document.file()
                        .position(document.bodyFirstLine()
                                - 1
                                + Math.max(1, element.sourceRange().start().lineNumber()))
                : (element, url) -> document.file().position(document.bodyFirstLine() + lineNaming(sourceLines, url));
        for (Element link : parsed.select("a[href]")) {
            String url = link.attr("href");
            link.attr("href", addresses.link(lines.of(link, url), url));
        }
        for (Element image : parsed.select("img[src]")) {
            String url = image.attr("src");
            image.attr("src", addresses.image(lines.of(image, url), url, image.attr("alt")));
            if (!image.hasAttr("width") && !image.hasAttr("height")) {
                addresses
                        .imageSize(url)
                        .ifPresent(size -> image.attr("width", Integer.toString(size.width()))
                                .attr("height", Integer.toString(size.height())));
            }
        }
        // Elements a browser moves into <head> (style, link, meta) stay with the body; the safelist decides on them.
        String out = parsed.head().html() + parsed.body().html();
        if (rawHtml || HtmlSafelist.isSafe(out)) {
            return out;
        }
        problems.warning(
                document.file().position(firstUnsafeLine(parsed, document, fromSource)),
                "HTML that could run scripts was removed (script, style, frames, forms, on… attributes or javascript: links)",
                Optional.of(
                        "remove it from the page; a site that trusts all its editors can set 'markdown: {rawHtml: true}' in site.yaml"));
        return HtmlSafelist.clean(out);
    }

    /** The 0-based index of the first source line that contains {@code url}, 0 if none does. */
    private static int lineNaming(String[] lines, String url) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(url)) {
                return i;
            }
        }
        return 0;
    }

    /** The line of the first element the safelist would change: one it does not know, or one with an attribute it drops. */
    private static int firstUnsafeLine(Document parsed, SourceDocument document, boolean fromSource) {
        if (!fromSource) {
            return document.bodyFirstLine();
        }
        for (Element element : parsed.getAllElements()) {
            if (element == parsed
                    || element == parsed.head()
                    || element == parsed.body()
                    || element.tagName().equals("html")) {
                continue;
            }
            if (!HtmlSafelist.isSafe(element.outerHtml())
                    && element.children().stream().allMatch(c -> HtmlSafelist.isSafe(c.outerHtml()))) {
                return document.bodyFirstLine()
                        - 1
                        + Math.max(1, element.sourceRange().start().lineNumber());
            }
        }
        return document.bodyFirstLine();
    }
}
