package dev.mosaik.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.mosaik.content.Segment.Break;
import dev.mosaik.content.Segment.Close;
import dev.mosaik.content.Segment.Open;
import dev.mosaik.content.Segment.Part;
import dev.mosaik.yaml.YamlScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a content file into the {@link Segment}s a translator translates — title, summary, the prose fields of its
 * type (see {@link ProseOverlay#KEYS}) and every Markdown block — and puts translated segments back
 * ({@link SegmentAssembler}). Blocks and inline markup are found in flexmark's syntax tree by their source
 * offsets, so everything that is not prose (link targets, code, raw HTML, attributes, footnote labels,
 * addresses, phone numbers, keys and facts of the front matter) stays in the file byte for byte.
 * Thread-safe: the parser is immutable and shared.
 */
public final class Segmenter {

    /**
     * The front-matter values that are prose, as paths without list indexes. Mirrors {@link ProseOverlay#KEYS}:
     * the keys a translation writes, and inside their entries the texts (a measure's {@code term} is a fact).
     */
    static final Set<String> PROSE_PATHS = Set.of(
            "title",
            "summary",
            "targetGroup",
            "measures.text",
            "measures.office",
            "measures.history.note",
            "period",
            "partners",
            "results",
            "contact",
            "images.alt",
            "place",
            "registration",
            "origin",
            "quote",
            "photo.alt",
            "intro",
            "sections.title",
            "sections.text");

    private static final Map<String, String> FIELD_KINDS = Map.of("title", "title", "summary", "summary");

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

    private final Parser parser;

    public Segmenter() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        FootnoteExtension.create(),
                        AutolinkExtension.create(),
                        AttributesExtension.create()));
        parser = Parser.builder(options).build();
    }

    /**
     * The segments of a content file, in file order.
     *
     * @param path the file relative to the site root, for messages
     * @param text the file's text (LF line ends, no byte-order mark)
     */
    public SegmentedPage segment(String path, String text) {
        List<Segment> segments = new ArrayList<>();
        int bodyStart = 0;
        Optional<String> type = Optional.empty();
        if (text.startsWith("---\n")) {
            int close = closingLine(text);
            if (close > 0) {
                String header = text.substring(4, close);
                List<YamlScalars.Scalar> scalars = YamlScalars.of(header);
                type = scalars.stream()
                        .filter(s -> s.path().equals("type"))
                        .map(YamlScalars.Scalar::value)
                        .findFirst();
                for (YamlScalars.Scalar scalar : scalars) {
                    if (isProse(scalar.path(), type)) {
                        frontMatter(scalar, 4, segments);
                    }
                }
                int lineEnd = text.indexOf('\n', close + 1);
                bodyStart = lineEnd < 0 ? text.length() : lineEnd + 1;
            }
        }
        body(text, bodyStart, segments);
        return new SegmentedPage(path, text, type, segments);
    }

    /** The index of the {@code \n} that precedes the closing {@code ---} (or {@code ...}) line, or -1. */
    static int closingLine(String text) {
        int from = 3;
        while (true) {
            int newline = text.indexOf('\n', from);
            if (newline < 0) {
                return -1;
            }
            int next = text.indexOf('\n', newline + 1);
            String line =
                    text.substring(newline + 1, next < 0 ? text.length() : next).strip();
            if (newline > 3 && (line.equals("---") || line.equals("..."))) {
                return newline;
            }
            if (next < 0) {
                return -1;
            }
            from = newline + 1;
        }
    }

    static boolean isProse(String path, Optional<String> type) {
        String bare = path.replaceAll("\\.\\d+(?=\\.|$)", "");
        if (bare.equals("title") || bare.equals("summary")) {
            return true;
        }
        if (type.isEmpty() || !ProseOverlay.KEYS.containsKey(type.get())) {
            return false;
        }
        String first = bare.contains(".") ? bare.substring(0, bare.indexOf('.')) : bare;
        return ProseOverlay.KEYS.get(type.get()).contains(first) && PROSE_PATHS.contains(bare);
    }

    private void frontMatter(YamlScalars.Scalar scalar, int headerStart, List<Segment> segments) {
        List<Part> parts = new ArrayList<>();
        String value = scalar.value();
        Document document = parser.parse(value);
        Node only = document.getFirstChild();
        int[] ids = {0};
        if (only instanceof Paragraph paragraph
                && only.getNext() == null
                && paragraph.getFirstChild() != null
                && value.substring(0, paragraph.getFirstChild().getStartOffset())
                        .isBlank()
                && value.substring(paragraph.getLastChild().getEndOffset()).isBlank()) {
            // A value that reads as one paragraph of Markdown keeps its links and emphasis as markup; the spaces and
            // line ends around it (a block scalar's) do not survive a translation, which is written as one quoted line.
            inline(value, paragraph, parts, ids);
        } else {
            text(value, parts, ids);
        }
        if (translatable(parts)) {
            String kind = FIELD_KINDS.getOrDefault(scalar.path(), "field '" + scalar.path() + "'");
            segments.add(new Segment(
                    "front:" + scalar.path(),
                    kind,
                    scalar.line() + 2,
                    headerStart + scalar.start(),
                    headerStart + scalar.end(),
                    parts,
                    true,
                    Optional.empty()));
        }
    }

    private void body(String text, int bodyStart, List<Segment> segments) {
        String body = text.substring(bodyStart);
        Document document = parser.parse(body);
        int firstLine = (int) text.substring(0, bodyStart)
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        int[] count = {0};
        Optional<String>[] section = new Optional[] {Optional.empty()};
        walk(document, body, bodyStart, firstLine, segments, count, section);
    }

    private void walk(
            Node parent,
            String body,
            int offset,
            int firstLine,
            List<Segment> segments,
            int[] count,
            Optional<String>[] section) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlockBase || node instanceof TableSeparator) {
                continue;
            }
            if (node instanceof Heading || node instanceof Paragraph || node instanceof TableCell) {
                if (node.getFirstChild() == null) {
                    continue;
                }
                List<Part> parts = new ArrayList<>();
                inline(body, node, parts, new int[] {0});
                if (node instanceof Heading) {
                    section[0] = Optional.of(plain(parts).strip());
                }
                if (translatable(parts)) {
                    int start = node.getFirstChild().getStartOffset();
                    int line = firstLine
                            + (int) body.substring(0, start)
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    segments.add(new Segment(
                            "body:" + count[0]++,
                            kindOf(node),
                            line,
                            offset + start,
                            offset + node.getLastChild().getEndOffset(),
                            parts,
                            false,
                            section[0]));
                }
                continue;
            }
            walk(node, body, offset, firstLine, segments, count, section);
        }
    }

    private static String kindOf(Node node) {
        if (node instanceof Heading) {
            return "heading";
        }
        if (node instanceof TableCell) {
            return "table cell";
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ListItem) {
                return "list item";
            }
            if (up instanceof BlockQuote) {
                return "quotation";
            }
            if (up instanceof FootnoteBlock) {
                return "footnote";
            }
        }
        return "paragraph";
    }

    /** The parts of the inline content of {@code block}, from its first child's start to its last child's end. */
    private void inline(String source, Node block, List<Part> parts, int[] ids) {
        int[] cursor = {block.getFirstChild().getStartOffset()};
        children(source, block, parts, ids, cursor);
    }

    private void children(String source, Node parent, List<Part> parts, int[] ids, int[] cursor) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            gap(source, node.getStartOffset(), parts, ids, cursor);
            node(source, node, parts, ids, cursor);
            cursor[0] = Math.max(cursor[0], node.getEndOffset());
        }
    }

    /** Source between two nodes (a block quote's {@code >} after a line end, a table cell's padding) is kept as it is. */
    private static void gap(String source, int until, List<Part> parts, int[] ids, int[] cursor) {
        if (until <= cursor[0]) {
            return;
        }
        String raw = source.substring(cursor[0], until);
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last instanceof Break b) {
            parts.set(parts.size() - 1, new Break(b.raw() + raw));
        } else if (raw.isBlank() && !raw.contains("\n")) {
            addText(raw, parts); // the spaces flexmark trims before a line end
        } else if (last instanceof Segment.Code c) {
            parts.set(parts.size() - 1, new Segment.Code(c.id(), c.raw() + raw, c.label()));
        } else {
            parts.add(new Segment.Code(++ids[0], raw, "the markup '" + raw.strip() + "'"));
        }
        cursor[0] = until;
    }

    private void node(String source, Node node, List<Part> parts, int[] ids, int[] cursor) {
        String raw = source.substring(node.getStartOffset(), node.getEndOffset());
        if (node instanceof Text) {
            text(raw, parts, ids);
        } else if (node instanceof TextBase) {
            cursor[0] = node.getStartOffset();
            children(source, node, parts, ids, cursor);
            gap(source, node.getEndOffset(), parts, ids, cursor);
        } else if (node instanceof SoftLineBreak) {
            parts.add(new Break(raw));
        } else if (wraps(node)) {
            int id = ++ids[0];
            String label = labelOf(node, raw);
            parts.add(new Open(
                    id,
                    source.substring(node.getStartOffset(), node.getFirstChild().getStartOffset()),
                    label));
            cursor[0] = node.getFirstChild().getStartOffset();
            children(source, node, parts, ids, cursor);
            parts.add(new Close(id, source.substring(node.getLastChild().getEndOffset(), node.getEndOffset())));
        } else {
            code(raw, labelOf(node, raw), parts, ids);
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

    private static String labelOf(Node node, String raw) {
        if (node instanceof Link || node instanceof RefNode && !(node instanceof com.vladsch.flexmark.ast.ImageRef)) {
            return "the link " + raw;
        }
        if (node instanceof Image || node instanceof com.vladsch.flexmark.ast.ImageRef) {
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
    private static void text(String raw, List<Part> parts, int[] ids) {
        Matcher matcher = OPAQUE.matcher(raw);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                addText(raw.substring(at, matcher.start()), parts);
            }
            String what = matcher.group("url") != null
                    ? "the address "
                    : matcher.group("mail") != null ? "the e-mail address " : "the phone number ";
            code(matcher.group(), what + matcher.group(), parts, ids);
            at = matcher.end();
        }
        if (at < raw.length()) {
            addText(raw.substring(at), parts);
        }
    }

    private static void addText(String raw, List<Part> parts) {
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last instanceof Segment.Text t) {
            parts.set(parts.size() - 1, new Segment.Text(t.raw() + raw));
        } else {
            parts.add(new Segment.Text(raw));
        }
    }

    /** A piece kept whole; one right after another becomes one, so a translator sees fewer placeholders. */
    private static void code(String raw, String label, List<Part> parts, int[] ids) {
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last instanceof Segment.Code c) {
            parts.set(parts.size() - 1, new Segment.Code(c.id(), c.raw() + raw, c.label()));
        } else {
            parts.add(new Segment.Code(++ids[0], raw, label));
        }
    }

    private static boolean translatable(List<Part> parts) {
        return parts.stream()
                .anyMatch(p ->
                        p instanceof Segment.Text t && LETTER.matcher(t.raw()).find());
    }

    private static String plain(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Segment.Text || part instanceof Break) {
                text.append(part instanceof Break ? " " : part.raw());
            }
        }
        return text.toString();
    }
}
