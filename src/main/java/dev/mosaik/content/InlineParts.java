package dev.mosaik.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import dev.mosaik.content.Segment.Break;
import dev.mosaik.content.Segment.Close;
import dev.mosaik.content.Segment.Open;
import dev.mosaik.content.Segment.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link Part}s of one block of text, for {@link Segmenter}: the text a translator translates, the markup
 * around parts of it (a link's brackets and target, emphasis marks) as open and close tags, and everything else
 * (code, raw HTML, addresses, phone numbers) as pieces kept whole. Found in flexmark's syntax tree by source
 * offsets, so that the parts put together again are the source byte for byte. One object per block.
 */
final class InlineParts {

    /**
     * Things in running text that must not be translated; the autolink extension finds most addresses, not phone
     * numbers. A phone number has single spaces only: two numbers on lines of their own meet with two when a
     * translation joins the lines, and must stay two.
     */
    private static final Pattern OPAQUE =
            Pattern.compile("(?<url>(?:https?://|www\\.)[^\\s<>()\\[\\]]*[^\\s<>()\\[\\].,;:!?\"'])"
                    + "|(?<mail>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"
                    + "|(?<phone>(?<![\\w.])\\+?\\(?\\d(?:[\\d/()\\-]|(?<! ) ){5,}\\d(?![\\w.]\\d))");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final String source;
    private final List<Part> parts = new ArrayList<>();
    /** The last placeholder number given out. */
    private int ids;
    /** How far into {@code source} the parts reach. */
    private int cursor;

    private InlineParts(String source) {
        this.source = source;
    }

    /** The parts of the inline content of {@code block}, from its first child's start to its last child's end. */
    static List<Part> of(String source, Node block) {
        InlineParts inline = new InlineParts(source);
        inline.cursor = block.getFirstChild().getStartOffset();
        inline.children(block);
        return inline.parts;
    }

    /** The parts of text that is not read as Markdown: prose with addresses and phone numbers kept whole. */
    static List<Part> ofText(String text) {
        InlineParts inline = new InlineParts(text);
        inline.text(text);
        return inline.parts;
    }

    /** Whether {@code parts} have any letter to translate. */
    static boolean translatable(List<Part> parts) {
        return parts.stream()
                .anyMatch(p ->
                        p instanceof Segment.Text t && LETTER.matcher(t.raw()).find());
    }

    /** The text of {@code parts} without their markup, line breaks as spaces. */
    static String plain(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Segment.Text || part instanceof Break) {
                text.append(part instanceof Break ? " " : part.raw());
            }
        }
        return text.toString();
    }

    private void children(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            gap(node.getStartOffset());
            node(node);
            cursor = Math.max(cursor, node.getEndOffset());
        }
    }

    /** Source between two nodes (a block quote's {@code >} after a line end, a table cell's padding) is kept as it is. */
    private void gap(int until) {
        if (until <= cursor) {
            return;
        }
        String raw = source.substring(cursor, until);
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last instanceof Break b) {
            parts.set(parts.size() - 1, new Break(b.raw() + raw));
        } else if (raw.isBlank() && !raw.contains("\n")) {
            addText(raw); // the spaces flexmark trims before a line end
        } else if (last instanceof Segment.Code c) {
            parts.set(parts.size() - 1, new Segment.Code(c.id(), c.raw() + raw, c.label()));
        } else {
            parts.add(new Segment.Code(++ids, raw, "the markup '" + raw.strip() + "'"));
        }
        cursor = until;
    }

    private void node(Node node) {
        String raw = source.substring(node.getStartOffset(), node.getEndOffset());
        if (node instanceof Text) {
            text(raw);
        } else if (node instanceof TextBase) {
            cursor = node.getStartOffset();
            children(node);
            gap(node.getEndOffset());
        } else if (node instanceof SoftLineBreak) {
            parts.add(new Break(raw));
        } else if (wraps(node)) {
            int id = ++ids;
            String label = labelOf(node, raw);
            parts.add(new Open(
                    id,
                    source.substring(node.getStartOffset(), node.getFirstChild().getStartOffset()),
                    label));
            cursor = node.getFirstChild().getStartOffset();
            children(node);
            parts.add(new Close(id, source.substring(node.getLastChild().getEndOffset(), node.getEndOffset())));
        } else {
            code(raw, labelOf(node, raw));
        }
    }

    /** Markup around text a translator translates: a link's or image's text, emphasis. */
    private static boolean wraps(Node node) {
        boolean container = node instanceof Link
                || node instanceof Image
                || node instanceof Emphasis
                || node instanceof StrongEmphasis
                || (node instanceof RefNode ref
                        && !ref.getReference().isEmpty()
                        && !ref.getText().isEmpty()
                        && ref.getText().getStartOffset() != ref.getReference().getStartOffset());
        return container
                && node.getFirstChild() != null
                && node.getFirstChild().getStartOffset() > node.getStartOffset()
                && node.getLastChild().getEndOffset() < node.getEndOffset();
    }

    /** What a translator is told a placeholder stands for. */
    private static String labelOf(Node node, String raw) {
        if (node instanceof Link || node instanceof RefNode && !(node instanceof ImageRef)) {
            return "the link " + raw;
        }
        if (node instanceof Image || node instanceof ImageRef) {
            return "the image " + raw;
        }
        if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            return "the emphasis " + raw;
        }
        if (node instanceof Code) {
            return "the code " + raw;
        }
        if (node instanceof HtmlInlineBase) {
            return "the HTML tag " + raw;
        }
        if (node instanceof HtmlEntity) {
            return "the character reference " + raw;
        }
        if (node instanceof AttributesNode) {
            return "the attributes " + raw;
        }
        if (node instanceof Footnote) {
            return "the footnote reference " + raw;
        }
        if (node instanceof MailLink) {
            return "the e-mail address " + raw;
        }
        if (node instanceof AutoLink) {
            return "the address " + raw;
        }
        if (node instanceof HardLineBreak) {
            return "the line break";
        }
        return "the markup " + raw.strip();
    }

    /** Plain text, with addresses and phone numbers in it kept whole. */
    private void text(String raw) {
        Matcher matcher = OPAQUE.matcher(raw);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                addText(raw.substring(at, matcher.start()));
            }
            String what = matcher.group("url") != null
                    ? "the address "
                    : matcher.group("mail") != null ? "the e-mail address " : "the phone number ";
            code(matcher.group(), what + matcher.group());
            at = matcher.end();
        }
        if (at < raw.length()) {
            addText(raw.substring(at));
        }
    }

    private void addText(String raw) {
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last instanceof Segment.Text t) {
            parts.set(parts.size() - 1, new Segment.Text(t.raw() + raw));
        } else {
            parts.add(new Segment.Text(raw));
        }
    }

    /** A piece kept whole; one right after another becomes one, so a translator sees fewer placeholders. */
    private void code(String raw, String label) {
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last instanceof Segment.Code c) {
            parts.set(parts.size() - 1, new Segment.Code(c.id(), c.raw() + raw, c.label()));
        } else {
            parts.add(new Segment.Code(++ids, raw, label));
        }
    }
}
