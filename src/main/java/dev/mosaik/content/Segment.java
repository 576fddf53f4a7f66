package dev.mosaik.content;

import java.util.List;
import java.util.Optional;

/**
 * One piece of a page a translator translates: a title, a prose field of the front matter or one Markdown block
 * (heading, paragraph, list item, table cell …). Its {@link #text()} is the prose with the block's inline markup
 * replaced by numbered placeholders in XML form — {@code <x id="1"/>} for something kept whole (a code span, a
 * raw HTML tag, an attribute block, an address), {@code <g id="2">…</g>} around text inside markup (a link's text,
 * emphasis, an image's alternative text) — so that a provider translates the words and never the syntax.
 * Literal {@code <}, {@code >} and {@code &} of the prose are written as XML entities.
 *
 * @param id      stable within one version of a page: {@code front:title}, {@code front:measures.2.text},
 *                {@code body:7}
 * @param kind    what the segment is, for messages: "title", "paragraph", "list item", "table cell" …
 * @param line    the 1-based line of the file it starts on
 * @param start   index in the file's text of its first character (for front matter: the value's first)
 * @param end     index just after its last character
 * @param parts   the text and the markup in order
 * @param yaml    the segment is a front-matter value: a changed text is written as a quoted YAML scalar
 * @param section the text of the heading it belongs to (a heading's own text), empty before the first one
 */
public record Segment(
        String id,
        String kind,
        int line,
        int start,
        int end,
        List<Part> parts,
        boolean yaml,
        Optional<String> section) {

    public Segment {
        parts = List.copyOf(parts);
    }

    /** A piece of a segment. */
    public sealed interface Part {
        /** The bytes of the source this part stands for. */
        String raw();
    }

    /** Words to translate, as written in the source (Markdown escapes included). */
    public record Text(String raw) implements Part {}

    /** A line break inside a paragraph: a space to a translator, the line end (and the next line's indent or {@code >}) in the file. */
    public record Break(String raw) implements Part {}

    /** Markup kept whole: {@code <x id="N"/>}. {@code label} names it in messages ("the code `npm`"). */
    public record Code(int id, String raw, String label) implements Part {}

    /** The opening half of markup around text: {@code <g id="N">}; {@code label} names the whole ("the link [Kontakt](/kontakt.md)"). */
    public record Open(int id, String raw, String label) implements Part {}

    /** The closing half of markup around text: {@code </g>}. */
    public record Close(int id, String raw) implements Part {}

    /** The text a translator sees. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) {
                text.append(escape(t.raw()));
            } else if (part instanceof Break) {
                text.append(' ');
            } else if (part instanceof Code c) {
                text.append("<x id=\"").append(c.id()).append("\"/>");
            } else if (part instanceof Open o) {
                text.append("<g id=\"").append(o.id()).append("\">");
            } else {
                text.append("</g>");
            }
        }
        return text.toString();
    }

    /** The prose alone, without placeholders: what readability and glossary checks read. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) {
                text.append(t.raw());
            } else if (part instanceof Break) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    static String escape(String raw) {
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
