package dev.mosaik.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.mosaik.content.Segment.Part;
import dev.mosaik.yaml.YamlScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        String value = scalar.value();
        Document document = parser.parse(value);
        Node only = document.getFirstChild();
        List<Part> parts;
        if (only instanceof Paragraph paragraph
                && only.getNext() == null
                && paragraph.getFirstChild() != null
                && value.substring(0, paragraph.getFirstChild().getStartOffset())
                        .isBlank()
                && value.substring(paragraph.getLastChild().getEndOffset()).isBlank()) {
            // A value that reads as one paragraph of Markdown keeps its links and emphasis as markup; the spaces and
            // line ends around it (a block scalar's) do not survive a translation, which is written as one quoted line.
            parts = InlineParts.of(value, paragraph);
        } else {
            parts = InlineParts.ofText(value);
        }
        if (InlineParts.translatable(parts)) {
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
                List<Part> parts = InlineParts.of(body, node);
                if (node instanceof Heading) {
                    section[0] = Optional.of(InlineParts.plain(parts).strip());
                }
                if (InlineParts.translatable(parts)) {
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
}
