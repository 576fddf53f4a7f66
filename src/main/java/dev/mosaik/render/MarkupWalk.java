package dev.mosaik.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks the Latin runs of one rendered page in a single pass over its text, splicing the marks in instead of
 * parsing the page into a tree and writing it again: what {@link ForeignRuns#markWithDom} does, at a fraction of
 * the cost. Like it, it returns a page without runs unchanged; a page with runs comes out as jsoup would have
 * written it, so where the page's markup is not as jsoup writes it (an upper-case tag, {@code &#39;}, {@code <br/>})
 * that is written as jsoup writes it too. What it does not reproduce — markup the parser would restructure, a rare
 * entity — ends the pass with {@link NotPlainMarkup}.
 */
final class MarkupWalk {

    private static final Set<String> VOID = Set.of(
            "area",
            "base",
            "br",
            "col",
            "embed",
            "hr",
            "img",
            "input",
            "keygen",
            "link",
            "meta",
            "param",
            "source",
            "track",
            "wbr",
            "basefont",
            "bgsound",
            "frame",
            "menuitem");
    private static final Set<String> IN_HEAD = Set.of("base", "link", "meta", "title", "style", "script", "noscript");
    private static final Set<String> IN_HEAD_NOSCRIPT = Set.of("link", "meta", "style");

    private final String s;
    private final String pageLang;
    private final LatinRuns runs;
    private final List<MarkupFrame> stack = new ArrayList<>(32);
    private final Splices splices;
    private boolean headSeen;
    private boolean bodySeen;
    private boolean ended;

    private MarkupWalk(String html, String pageLang, LatinRuns runs) {
        this.s = html;
        this.pageLang = pageLang;
        this.runs = runs;
        this.splices = new Splices(html);
    }

    /** {@code html} with its runs marked, or {@code html} itself if it has none. */
    static String mark(String html, String pageLang, LatinRuns runs) {
        return new MarkupWalk(html, pageLang, runs).walk();
    }

    private String walk() {
        // The parser reads a carriage return as a line feed, and drops NUL.
        if (s.indexOf('\r') >= 0 || s.indexOf('\0') >= 0) {
            throw new NotPlainMarkup("a carriage return or NUL");
        }
        int i = 0;
        int length = s.length();
        while (i < length) {
            int lt = s.indexOf('<', i);
            int textEnd = lt < 0 ? length : lt;
            if (textEnd > i) {
                text(i, textEnd);
            }
            if (lt < 0) {
                break;
            }
            i = markup(lt);
        }
        if (!stack.isEmpty() || !ended) {
            throw new NotPlainMarkup("elements left open");
        }
        return splices.result();
    }

    private int markup(int lt) {
        if (s.startsWith("<!--", lt)) {
            return comment(lt);
        }
        char next = lt + 1 < s.length() ? s.charAt(lt + 1) : ' ';
        if (isLetter(next)) {
            return startTag(lt);
        }
        if (next == '/' && lt + 2 < s.length() && isLetter(s.charAt(lt + 2))) {
            return endTag(lt);
        }
        if (next == '!' && s.regionMatches(true, lt, DOCTYPE, 0, DOCTYPE.length()) && stack.isEmpty() && !ended) {
            splices.normalize(lt, lt + DOCTYPE.length(), DOCTYPE);
            return lt + DOCTYPE.length();
        }
        throw new NotPlainMarkup("a '<' that starts no tag jsoup writes as it is");
    }

    private static final String DOCTYPE = "<!doctype html>";

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private int comment(int lt) {
        int end = s.indexOf("-->", lt + 4);
        if (end < 0
                || s.startsWith(">", lt + 4)
                || s.startsWith("->", lt + 4)
                || s.substring(lt, end).contains("--!>")) {
            throw new NotPlainMarkup("a comment jsoup reads otherwise");
        }
        return end + 3;
    }

    private int startTag(int lt) {
        MarkupFrame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        boolean svg = top != null && top.svg();
        StartTag tag = StartTag.read(s, lt, svg);
        String name = tag.name();
        if (name.equals("tr") && top != null && top.name().equals("table") && !svg) {
            // A table's rows without a body of their own: the parser puts them in one, and jsoup writes its tags.
            top = MarkupFrame.impliedBodyOf(top);
            stack.add(top);
            splices.normalize(lt, lt, "<tbody>");
        }
        checkPlace(top, name);
        if (!tag.canonical()) {
            splices.normalize(lt, tag.end(), tag.written(svg || name.equals("svg")));
        }
        if (tag.selfClosing() && !svg && !name.equals("svg") && !VOID.contains(name)) {
            throw new NotPlainMarkup("a self-closing " + name);
        }
        if (tag.selfClosing() || (!svg && VOID.contains(name))) {
            return tag.end();
        }
        MarkupFrame frame = MarkupFrame.of(top, tag, pageLang);
        stack.add(frame);
        if (svg) {
            return tag.end();
        }
        return switch (name) {
            case "script", "style" -> rawText(tag.end(), name, false);
            case "title", "textarea" -> rawText(tag.end(), name, true);
            case "pre" -> {
                if (s.startsWith("\n", tag.end())) {
                    throw new NotPlainMarkup("a line break at the start of a pre");
                }
                yield tag.end();
            }
            default -> tag.end();
        };
    }

    /** Checks that an element {@code name} opened inside {@code top} stays there when jsoup parses the page. */
    private void checkPlace(MarkupFrame top, String name) {
        boolean fits;
        if (top == null) {
            fits = name.equals("html") && !ended;
        } else if (top.name().equals("html")) {
            fits = name.equals(headSeen ? "body" : "head") && !bodySeen;
            headSeen = true;
            bodySeen |= name.equals("body");
        } else if (top.inBody()) {
            TreeShape.checkInBody(stack, name);
            fits = true;
        } else {
            fits = top.name().equals("head") ? IN_HEAD.contains(name) : IN_HEAD_NOSCRIPT.contains(name);
        }
        if (!fits) {
            throw new NotPlainMarkup("a " + name + " where jsoup puts it elsewhere");
        }
    }

    /** The content of a script or style ({@code escapable} false) or of a title or text area, and its end tag. */
    private int rawText(int from, String name, boolean escapable) {
        int end = from;
        while (end >= 0 && !s.regionMatches(true, end, "</" + name, 0, name.length() + 2)) {
            end = s.indexOf("</", end + 1);
        }
        if (end < 0 || (!escapable && s.substring(from, end).contains("<!--"))) {
            throw new NotPlainMarkup("a " + name + " whose end jsoup finds elsewhere");
        }
        if (escapable) {
            if (name.equals("textarea") && s.startsWith("\n", from)) {
                throw new NotPlainMarkup("a line break at the start of a text area");
            }
            normalizeText(from, end);
        }
        return endTag(end);
    }

    private int endTag(int lt) {
        int nameEnd = StartTag.nameEnd(s, lt + 2);
        int close = StartTag.skipSpace(s, nameEnd);
        MarkupFrame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        if (top != null && top.implied() && nameEnd == lt + 7 && s.regionMatches(true, lt + 2, "table", 0, 5)) {
            splices.normalize(lt, lt, "</tbody>");
            stack.remove(stack.size() - 1);
            top = stack.get(stack.size() - 1);
        }
        if (top == null
                || close >= s.length()
                || s.charAt(close) != '>'
                || nameEnd - lt - 2 != top.name().length()
                || !(s.startsWith(top.name(), lt + 2)
                        || s.regionMatches(
                                true, lt + 2, top.name(), 0, top.name().length()))) {
            throw new NotPlainMarkup("an end tag " + s.substring(lt, Math.min(close + 1, s.length())) + " where "
                    + (top == null ? "nothing" : top.name()) + " is open");
        }
        if (close != nameEnd || !s.startsWith(top.name(), lt + 2)) {
            splices.normalize(lt, close + 1, "</" + top.name() + ">");
        }
        stack.remove(stack.size() - 1);
        ended = stack.isEmpty();
        return close + 1;
    }

    private void text(int from, int to) {
        MarkupFrame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        if (top == null || !top.inBody() || TreeShape.TEXTLESS.contains(top.name())) {
            if (StartTag.skipSpace(s, from) < to) {
                throw new NotPlainMarkup("text where jsoup moves it");
            }
            return;
        }
        boolean escaped = MarkupEscapes.mayChange(s, from, to, false);
        if (top.marked()) {
            String text = escaped ? MarkupEscapes.decode(s, from, to) : null;
            boolean latin = text != null ? LatinRuns.hasLatin(text, 0, text.length()) : LatinRuns.hasLatin(s, from, to);
            String marked = latin ? runs.marked(text != null ? text : s.substring(from, to), top.isolated()) : null;
            if (marked != null) {
                splices.mark(from, to, marked);
                return;
            }
        }
        if (escaped) {
            normalizeText(from, to);
        }
    }

    private void normalizeText(int from, int to) {
        if (MarkupEscapes.mayChange(s, from, to, false)) {
            String written = MarkupEscapes.escape(MarkupEscapes.decode(s, from, to), false);
            if (written.length() != to - from || !s.startsWith(written, from)) {
                splices.normalize(from, to, written);
            }
        }
    }
}
