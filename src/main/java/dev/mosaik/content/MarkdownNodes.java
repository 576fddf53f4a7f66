package dev.mosaik.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * What one walk over a parsed page finds for the steps between parsing and rendering — the text runs
 * {@link BidiIsolation} isolates, the written-out links it trims, the links, images and raw HTML
 * {@link MarkdownBody} resolves and checks — so that a page's tree is walked once, not once per step.
 *
 * @param texts     text outside code and headings (headings get their ids from their text when rendered)
 * @param autolinks links and e-mail addresses written out
 * @param addressed links, images, reference definitions, raw HTML and {attributes}, in the order of the text
 */
record MarkdownNodes(List<Text> texts, List<Node> autolinks, List<Node> addressed) {

    static MarkdownNodes of(Document document, TimedText markdown) {
        MarkdownNodes nodes = new MarkdownNodes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        nodes.visitChildren(document, false, markdown);
        return nodes;
    }

    /** Whether {@link BidiIsolation} may split {@code text}: not in code, not in a heading. */
    static boolean isProse(Text text) {
        return !(text.getParent() instanceof Code) && text.getAncestorOfType(Heading.class) == null;
    }

    /** Children before grandchildren's siblings: the order of {@link Node#getDescendants()}. */
    private void visitChildren(Node parent, boolean inHeading, TimedText markdown) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            markdown.check();
            if (node instanceof Text text) {
                if (!inHeading && !(parent instanceof Code)) {
                    texts.add(text);
                }
            } else if (node instanceof MailLink || node instanceof AutoLink) {
                autolinks.add(node);
            } else if (node instanceof HtmlBlockBase
                    || node instanceof HtmlInlineBase
                    || node instanceof AttributesNode
                    || node instanceof Image
                    || node instanceof Link
                    || node instanceof Reference) {
                addressed.add(node);
            }
            visitChildren(node, inHeading || node instanceof Heading, markdown);
        }
    }
}
