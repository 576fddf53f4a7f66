package dev.mosaik.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A start tag read from rendered HTML, with what jsoup would write for it: names in lower case (SVG's camel-case
 * names kept), attribute values in double quotes with its escapes, boolean attributes without a value, one space
 * between attributes, void elements without {@code /}, and SVG's self-closing elements with {@code " />"}.
 *
 * @param name       the element's name as jsoup names it
 * @param attributes the attributes with their decoded values ({@code null}: written without a value)
 * @param selfClosing whether the tag ends with {@code />}
 * @param end        the index after its {@code >}
 * @param canonical  whether the source already reads as jsoup would write it
 */
record StartTag(String name, List<Attribute> attributes, boolean selfClosing, int end, boolean canonical) {

    /** An attribute named {@code name} whose value is {@code page[from, to)} (both -1: written without a value). */
    record Attribute(String name, String page, int from, int to) {

        /** The decoded value, {@code null} if written without one; decoded only when asked, which is seldom. */
        String value() {
            return from < 0 ? null : MarkupEscapes.decode(page, from, to);
        }
    }

    private static final Set<String> BOOLEAN = Set.of(
            "allowfullscreen",
            "async",
            "autofocus",
            "checked",
            "compact",
            "declare",
            "default",
            "defer",
            "disabled",
            "formnovalidate",
            "hidden",
            "inert",
            "ismap",
            "itemscope",
            "multiple",
            "muted",
            "nohref",
            "noresize",
            "noshade",
            "novalidate",
            "nowrap",
            "open",
            "readonly",
            "required",
            "reversed",
            "seamless",
            "selected",
            "sortable",
            "truespeed",
            "typemustmatch");

    /** The decoded value of attribute {@code name}, or {@code null} if the tag has none. */
    String attribute(String name) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return attribute.from() < 0 ? "" : attribute.value();
            }
        }
        return null;
    }

    /** The tag as jsoup writes it; {@code foreign}: inside SVG. */
    String written(boolean foreign) {
        StringBuilder out = new StringBuilder(64).append('<').append(name);
        for (Attribute attribute : attributes) {
            out.append(' ').append(attribute.name());
            if (!collapses(attribute)) {
                out.append("=\"");
                MarkupEscapes.escape(out, attribute.value(), true);
                out.append('"');
            }
        }
        return out.append(selfClosing && foreign ? " />" : ">").toString();
    }

    private static boolean collapses(Attribute attribute) {
        if (attribute.from() < 0) {
            return true;
        }
        // Decoded only for the few boolean attributes: every start tag of every page comes through here.
        if (!BOOLEAN.contains(attribute.name())) {
            return false;
        }
        String value = attribute.value();
        return value.isEmpty() || value.equalsIgnoreCase(attribute.name());
    }

    /** Reads the start tag at {@code s[lt]} ({@code <} and a letter); {@code foreign}: inside SVG. */
    static StartTag read(String s, int lt, boolean foreign) {
        int i = nameEnd(s, lt + 1);
        String source = s.substring(lt + 1, i);
        String lower = source.toLowerCase(Locale.ROOT);
        boolean svg = foreign || lower.equals("svg");
        String name = SvgNames.element(lower, svg);
        boolean canonical = name.equals(source);
        List<Attribute> attributes = new ArrayList<>(4);
        while (true) {
            int space = i;
            i = skipSpace(s, i);
            if (i >= s.length()) {
                throw new NotPlainMarkup("a tag that does not end");
            }
            char c = s.charAt(i);
            if (c == '>' || s.startsWith("/>", i)) {
                boolean selfClosing = c == '/';
                canonical &= selfClosing ? svg && i - space == 1 && s.charAt(space) == ' ' : i == space;
                return new StartTag(name, attributes, selfClosing, i + (selfClosing ? 2 : 1), canonical);
            }
            canonical &= i - space == 1 && s.charAt(space) == ' ';
            int nameEnd = nameEnd(s, i);
            if (nameEnd == i) {
                throw new NotPlainMarkup("an attribute name jsoup writes otherwise");
            }
            i = attribute(s, i, nameEnd, svg, attributes);
            canonical &= i > 0;
            i = Math.abs(i);
        }
    }

    /**
     * Reads the attribute whose name is {@code s[from, nameEnd)} into {@code attributes}.
     *
     * @return the index after it, negative if it does not read as jsoup would write it
     */
    private static int attribute(String s, int from, int nameEnd, boolean foreign, List<Attribute> attributes) {
        String source = s.substring(from, nameEnd);
        String name = SvgNames.attribute(source.toLowerCase(Locale.ROOT), foreign);
        for (Attribute other : attributes) {
            if (other.name().equals(name)) {
                throw new NotPlainMarkup("an attribute twice: " + name);
            }
        }
        boolean canonical = name.equals(source);
        int i = skipSpace(s, nameEnd);
        if (i >= s.length() || s.charAt(i) != '=') {
            attributes.add(new Attribute(name, s, -1, -1));
            return i == nameEnd && canonical ? nameEnd : -nameEnd;
        }
        canonical &= i == nameEnd;
        int valueStart = skipSpace(s, i + 1);
        canonical &= valueStart == i + 1;
        char quote = valueStart < s.length() ? s.charAt(valueStart) : ' ';
        if (quote != '"' && quote != '\'') {
            throw new NotPlainMarkup("an attribute value without quotes");
        }
        int valueEnd = s.indexOf(quote, valueStart + 1);
        if (valueEnd < 0) {
            throw new NotPlainMarkup("an attribute value that does not end");
        }
        Attribute attribute = new Attribute(name, s, valueStart + 1, valueEnd);
        attributes.add(attribute);
        canonical &= quote == '"'
                && !collapses(attribute)
                && (!MarkupEscapes.mayChange(s, valueStart + 1, valueEnd, true)
                        || writtenAsItIs(s, valueStart + 1, valueEnd, attribute.value()));
        return canonical ? valueEnd + 1 : -(valueEnd + 1);
    }

    private static boolean writtenAsItIs(String s, int from, int to, String value) {
        String written = MarkupEscapes.escape(value, true);
        return written.length() == to - from && s.startsWith(written, from);
    }

    /** The end of a tag or attribute name from {@code from}: the names jsoup writes as they are. */
    static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == ':'
                    || c == '.';
            if (!plain) {
                if (c == ' ' || c == '\n' || c == '\t' || c == '>' || c == '/' || c == '=') {
                    return i;
                }
                throw new NotPlainMarkup("a name with '" + c + "'");
            }
            i++;
        }
        return i;
    }

    static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
