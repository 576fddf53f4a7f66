package dev.mosaik.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Isolates runs of the other writing direction inside a text: Latin names, e-mail addresses, phone numbers
 * and numbers in Arabic or Persian text, Arabic names in German text. Each run becomes a {@code <bdi>}
 * element, so neutral characters at its edges (a "+", a hyphen, a full stop) cannot be pulled to the wrong
 * side and surrounding text never reorders.
 */
final class BidiIsolation {

    /**
     * Runs of Latin or Cyrillic words and digits, with what may stand between them: "35578 Wetzlar",
     * "+49 6441 99-0000", "Neu im Leben – Fit in Deutsch". A pair of brackets right around a run goes into its
     * isolate (see {@link #split}).
     */
    private static final Pattern LTR_RUN = Pattern.compile(
            "\\+?[\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}](?:[\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}\\s.,:;@&'’\\-–/_+!?]*[\\p{IsLatin}\\p{IsCyrillic}\\p{Nd}])?");
    /** Arabic or Hebrew script runs. */
    private static final Pattern RTL_RUN = Pattern.compile(
            "[\\p{IsArabic}\\p{IsHebrew}](?:[\\p{IsArabic}\\p{IsHebrew}\\p{Nd}\\s.،\\-–]*[\\p{IsArabic}\\p{IsHebrew}\\p{Nd}])?");

    private BidiIsolation() {}

    /** The node a run becomes, or a box around a link; rendered as {@code <bdi>}. */
    static final class Isolate extends Node {
        Isolate(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /**
     * Rewrites the text nodes of a page written in a right-to-left (or left-to-right) language, as {@code nodes}
     * found them. Headings are left alone: their ids are derived from their text when they are rendered.
     */
    static void apply(MarkdownNodes nodes, boolean rightToLeft) {
        List<Node> links = new ArrayList<>(nodes.autolinks());
        List<Text> texts = new ArrayList<>(nodes.texts());
        Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        trimAutolinks(links, texts, gone);
        if (rightToLeft) {
            links.forEach(BidiIsolation::isolate);
        }
        Pattern foreign = rightToLeft ? LTR_RUN : RTL_RUN;
        for (Text text : texts) {
            if (!gone.contains(text)) {
                split(text, foreign);
            }
        }
    }

    /** Punctuation that follows an address but is never part of it; the Arabic comma (U+060C) is of no script. */
    private static final Pattern TRAILING =
            Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}\u060C\u061B\u061F\u06D4.,;:!?)]+$");

    /**
     * The autolink extension takes an Arabic comma after an e-mail address or URL for part of it
     * ({@code a@b.de،}); give such trailing punctuation back to the text. {@code links} and {@code texts} are kept
     * up to date: a replaced link leaves {@code links} and its text goes to {@code gone}; the new nodes join.
     */
    private static void trimAutolinks(List<Node> links, List<Text> texts, Set<Node> gone) {
        for (ListIterator<Node> each = links.listIterator(); each.hasNext(); ) {
            Node link = each.next();
            BasedSequence chars = link.getChars();
            Matcher trailing = TRAILING.matcher(chars);
            if (chars.isEmpty() || !trailing.find() || trailing.start() == 0) {
                continue;
            }
            BasedSequence kept = chars.subSequence(0, trailing.start());
            Node replacement = link instanceof MailLink
                    ? new MailLink(BasedSequence.NULL, kept, BasedSequence.NULL)
                    : new AutoLink(BasedSequence.NULL, kept, BasedSequence.NULL);
            Text keptText = new Text(kept);
            replacement.appendChild(keptText);
            Text rest = new Text(chars.subSequence(trailing.start(), chars.length()));
            link.insertBefore(replacement);
            link.insertBefore(rest);
            link.getDescendants().forEach(gone::add);
            link.unlink();
            each.set(replacement);
            for (Text added : List.of(keptText, rest)) {
                if (MarkdownNodes.isProse(added)) {
                    texts.add(added);
                }
            }
        }
    }

    /** Addresses written out in right-to-left text are left-to-right by nature: the whole link is isolated. */
    private static void isolate(Node link) {
        Isolate box = new Isolate(BasedSequence.NULL);
        link.insertBefore(box);
        box.appendChild(link);
    }

    private static void split(Text text, Pattern foreign) {
        BasedSequence chars = text.getChars();
        // Matched on a copy: a String's characters are read directly, a based sequence's through its base.
        String plain = chars.toString();
        if (foreign == RTL_RUN && !hasRightToLeft(plain)) {
            return;
        }
        Matcher matcher = foreign.matcher(plain);
        if (!matcher.find()) {
            return;
        }
        int position = 0;
        do {
            int start = matcher.start();
            int end = matcher.end();
            // "(Peergroup Education)" in Arabic text: with the brackets outside the isolate they are mirrored by the
            // right-to-left paragraph, and where the run wraps onto the next line the opening bracket stays at the
            // end of one line and the closing one lands on the wrong side of the next. Inside, the pair belongs to
            // the left-to-right run and moves with it.
            if (foreign == LTR_RUN
                    && start > position
                    && end < plain.length()
                    && plain.charAt(start - 1) == '('
                    && plain.charAt(end) == ')') {
                start--;
                end++;
            }
            if (start > position) {
                text.insertBefore(new Text(chars.subSequence(position, start)));
            }
            text.insertBefore(new Isolate(chars.subSequence(start, end)));
            position = end;
        } while (matcher.find());
        if (position < chars.length()) {
            text.insertBefore(new Text(chars.subSequence(position, chars.length())));
        }
        text.unlink();
    }

    /** Whether any character is of a right-to-left block: most text of left-to-right pages has none. */
    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0590'
                    && (c <= '\u08FF'
                            || c >= '\uFB1D' && c <= '\uFDFF'
                            || c >= '\uFE70' && c <= '\uFEFF'
                            || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    /** Registers the renderer for {@link Isolate} nodes. */
    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new Renderer());
        }
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Isolate.class, (node, context, html) -> {
                html.raw("<bdi>");
                if (node.hasChildren()) {
                    context.renderChildren(node);
                } else {
                    html.text(node.getChars().toString());
                }
                html.raw("</bdi>");
            }));
        }
    }
}
