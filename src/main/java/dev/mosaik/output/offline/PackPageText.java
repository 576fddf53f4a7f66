package dev.mosaik.output.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * Makes a page ready for its pack in one pass over its text, where {@link OfflinePack} would parse it into jsoup's
 * tree and write it out again: the same changes (every address through {@code change}, the offline box replaced
 * by the pack's note, the search form told where the pack's root is) spliced into the page as written. Parsing
 * and writing took a fifth of a cold build's processor time. The result reads, parsed, as the tree the jsoup way
 * makes ({@code PackPageTextTest} holds the two ways to that on every page of the shipped site); its bytes are the
 * page's own where nothing changed.
 *
 * <p>Reads only what mosaik's templates and Markdown write: a page with anything else (an attribute value without
 * quotes, an attribute twice, a reference it does not know, CDATA, an offline box it cannot find the end of) is
 * left to jsoup: {@link #rewrite} returns empty.
 */
final class PackPageText {

    /** What the changes need to know of the page and the pack. */
    interface Edits {

        /** A link's new address; asked once per link outside the offline box. */
        String change(String link);

        /** Where the pack's root is from the page, e.g. {@code ../../}: the search form's {@code data-pack-root}. */
        String packRoot();

        /** The site's path on its host: the search form's {@code data-pack-base}. */
        String packBase();

        /** The website's address, where the page names no canonical one. */
        String website();
    }

    /**
     * @param targets every address of the page as written, in the order {@link PackLinks#files} finds them
     * @param html    the page with its changes
     */
    record Result(List<String> targets, String html) {}

    private final String s;
    private final Edits edits;
    private final StringBuilder out;
    private int copied;
    private final List<List<String>> single = new ArrayList<>();
    private final List<String> srcsets = new ArrayList<>();
    private final List<String> refreshes = new ArrayList<>();
    private String canonical;
    private boolean searchFormSeen;
    private boolean offlineSeen;
    /** Inside the offline box: how many divs are open in it; 0 outside. */
    private int offlineDepth;
    private int offlineStart;
    private String offlineNote;

    private PackPageText(String html, Edits edits) {
        this.s = html;
        this.edits = edits;
        this.out = new StringBuilder(html.length() + 256);
        PackLinks.SINGLE.forEach(attribute -> single.add(new ArrayList<>()));
    }

    /** The page's addresses and the page with its changes; empty where jsoup has to do it. */
    static Optional<Result> rewrite(String html, Edits edits) {
        try {
            return Optional.of(new PackPageText(html, edits).run());
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    private Result run() {
        if (s.indexOf('\r') >= 0 || s.indexOf('\0') >= 0) {
            throw new Unreadable();
        }
        int i = 0;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            i = markup(lt);
        }
        if (offlineDepth > 0) {
            throw new Unreadable();
        }
        out.append(s, copied, s.length());
        List<String> targets = new ArrayList<>();
        single.forEach(targets::addAll);
        targets.addAll(srcsets);
        targets.addAll(refreshes);
        return new Result(targets, out.toString());
    }

    private int markup(int lt) {
        if (s.startsWith("<!--", lt)) {
            int end = s.indexOf("-->", lt + 4);
            if (end < 0 || s.startsWith(">", lt + 4) || s.startsWith("->", lt + 4)) {
                throw new Unreadable();
            }
            return end + 3;
        }
        char next = lt + 1 < s.length() ? s.charAt(lt + 1) : ' ';
        if (next == '?' || (next == '/' && (lt + 2 >= s.length() || !isLetter(s.charAt(lt + 2))))) {
            // A bogus comment to jsoup, which may hide what reads as a tag here.
            throw new Unreadable();
        }
        if (next == '!') {
            if (!s.regionMatches(true, lt, "<!doctype html>", 0, 15)) {
                throw new Unreadable();
            }
            return lt + 15;
        }
        if (next == '/' && lt + 2 < s.length() && isLetter(s.charAt(lt + 2))) {
            return endTag(lt);
        }
        if (isLetter(next)) {
            return startTag(lt);
        }
        // A '<' in text, as jsoup reads it too.
        return lt + 1;
    }

    private int endTag(int lt) {
        int nameEnd = nameEnd(lt + 2);
        int close = s.indexOf('>', nameEnd);
        if (close < 0) {
            throw new Unreadable();
        }
        if (offlineDepth > 0 && s.substring(lt + 2, nameEnd).equalsIgnoreCase("div") && --offlineDepth == 0) {
            replaceOffline(close + 1);
        }
        return close + 1;
    }

    private int startTag(int lt) {
        int nameEnd = nameEnd(lt + 1);
        String name = s.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = new ArrayList<>(4);
        int i = nameEnd;
        while (true) {
            i = skipSpace(i);
            if (i >= s.length()) {
                throw new Unreadable();
            }
            if (s.charAt(i) == '>' || s.startsWith("/>", i)) {
                break;
            }
            i = attribute(i, attributes);
        }
        int end = s.charAt(i) == '>' ? i + 1 : i + 2;
        tag(name, attributes, lt, i);
        return switch (name) {
            case "script", "style", "title", "textarea" -> {
                int close = indexOfIgnoreCase("</" + name, end);
                if (close < 0) {
                    throw new Unreadable();
                }
                yield close;
            }
            case "plaintext", "xmp", "iframe", "noembed", "noframes" -> throw new Unreadable();
            default -> end;
        };
    }

    /** An attribute's name and, where it has one, its value's place in the page (quotes excluded). */
    private record Attribute(String name, int from, int to) {}

    private int attribute(int from, List<Attribute> attributes) {
        int nameEnd = from;
        while (nameEnd < s.length() && " \t\n\f/>=\"'<".indexOf(s.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        if (nameEnd == from) {
            throw new Unreadable();
        }
        String name = s.substring(from, nameEnd).toLowerCase(Locale.ROOT);
        for (Attribute other : attributes) {
            if (other.name().equals(name)) {
                throw new Unreadable();
            }
        }
        int i = skipSpace(nameEnd);
        if (i >= s.length() || s.charAt(i) != '=') {
            attributes.add(new Attribute(name, -1, -1));
            return nameEnd;
        }
        int valueStart = skipSpace(i + 1);
        char quote = valueStart < s.length() ? s.charAt(valueStart) : ' ';
        if (quote != '"' && quote != '\'') {
            throw new Unreadable();
        }
        int valueEnd = s.indexOf(quote, valueStart + 1);
        if (valueEnd < 0) {
            throw new Unreadable();
        }
        attributes.add(new Attribute(name, valueStart + 1, valueEnd));
        return valueEnd + 1;
    }

    /** What the pack changes in the tag {@code s[lt, close)} ({@code close} at its {@code >} or {@code />}). */
    private void tag(String name, List<Attribute> attributes, int lt, int close) {
        boolean offlineBox = !offlineSeen && name.equals("div") && hasClass(attributes, "offline");
        boolean inOffline = offlineDepth > 0 || offlineBox;
        if (offlineDepth > 0 && name.equals("div")) {
            offlineDepth++;
        }
        for (Attribute attribute : attributes) {
            int group = PackLinks.SINGLE.indexOf(attribute.name());
            if (group >= 0 && attribute.from() >= 0) {
                String value = value(attribute);
                single.get(group).add(value);
                if (!inOffline) {
                    replace(attribute, edits.change(value));
                }
            }
        }
        Attribute srcset = find(attributes, "srcset");
        if (srcset != null && srcset.from() >= 0) {
            String changed = srcset(value(srcset), inOffline);
            if (!inOffline) {
                replace(srcset, changed);
            }
        }
        if (name.equals("meta")) {
            refresh(attributes, inOffline);
        }
        String rel = name.equals("link") ? get(attributes, "rel") : null;
        if (rel != null && rel.trim().equalsIgnoreCase("canonical") && canonical == null) {
            if (offlineSeen) {
                // jsoup's way finds it too, for a note already written here.
                throw new Unreadable();
            }
            String href = get(attributes, "href");
            canonical = href == null ? "" : href;
        }
        if (offlineBox) {
            offlineSeen = true;
            offlineDepth = 1;
            offlineStart = lt;
            String note = get(attributes, "data-pack-note");
            offlineNote = note == null ? "" : note;
        }
        if (!inOffline && !searchFormSeen && name.equals("form") && hasClass(attributes, "search-form")) {
            searchFormSeen = true;
            searchForm(attributes, close);
        }
    }

    private void refresh(List<Attribute> attributes, boolean inOffline) {
        String equiv = get(attributes, "http-equiv");
        String content = get(attributes, "content");
        if (equiv == null || content == null || !equiv.trim().equalsIgnoreCase("refresh")) {
            return;
        }
        Matcher matcher = PackLinks.REFRESH.matcher(content);
        if (matcher.matches()) {
            String link = matcher.group(2).strip();
            refreshes.add(link);
            if (!inOffline) {
                replace(find(attributes, "content"), matcher.group(1) + edits.change(link));
            }
        }
    }

    /** The srcset with its addresses changed, each noted as a target; changed only outside the offline box. */
    private String srcset(String srcset, boolean inOffline) {
        List<String> candidates = new ArrayList<>();
        for (String candidate : srcset.split(",")) {
            String trimmed = candidate.strip();
            int space = trimmed.indexOf(' ');
            String link = space < 0 ? trimmed : trimmed.substring(0, space);
            srcsets.add(link);
            candidates.add((inOffline ? link : edits.change(link)) + (space < 0 ? "" : trimmed.substring(space)));
        }
        return String.join(", ", candidates);
    }

    /** Sets the two attributes search.js reads offline: where the pack's root is, and the site's path. */
    private void searchForm(List<Attribute> attributes, int close) {
        StringBuilder added = new StringBuilder();
        for (String[] set : new String[][] {{"data-pack-root", edits.packRoot()}, {"data-pack-base", edits.packBase()}}) {
            Attribute present = find(attributes, set[0]);
            if (present != null && present.from() >= 0) {
                replace(present, set[1]);
            } else if (present != null) {
                throw new Unreadable();
            } else {
                added.append(' ').append(set[0]).append("=\"").append(escape(set[1], true)).append('"');
            }
        }
        if (!added.isEmpty()) {
            splice(close, close, added.toString());
        }
    }

    /** Replaces the offline box, which ends before {@code end}, by the pack's note and a link to the website. */
    private void replaceOffline(int end) {
        String online = canonical != null ? canonical : edits.website();
        String note = "<p class=\"offline-pack-note\">" + escape(offlineNote + " ", false) + "<a href=\""
                + escape(edits.change(online), true) + "\">" + escape(online, false) + "</a></p>";
        splice(offlineStart, end, note);
    }

    private void replace(Attribute attribute, String value) {
        if (!value.equals(value(attribute))) {
            splice(attribute.from(), attribute.to(), escape(value, true));
        }
    }

    /** Puts {@code text} in place of {@code s[from, to)}; changes come in the page's order. */
    private void splice(int from, int to, String text) {
        if (from < copied) {
            // Inside a part already replaced (the offline box): nothing of it is written.
            return;
        }
        out.append(s, copied, from).append(text);
        copied = to;
    }

    private String value(Attribute attribute) {
        return decode(attribute.from(), attribute.to());
    }

    private String get(List<Attribute> attributes, String name) {
        Attribute attribute = find(attributes, name);
        return attribute == null ? null : attribute.from() < 0 ? "" : value(attribute);
    }

    private static Attribute find(List<Attribute> attributes, String name) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        return null;
    }

    private boolean hasClass(List<Attribute> attributes, String name) {
        String classes = get(attributes, "class");
        if (classes == null) {
            return false;
        }
        for (String token : classes.trim().split("[ \t\n\f]+")) {
            if (token.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The text {@code s[from, to)} stands for: the character references mosaik's pages hold, else jsoup's. */
    private String decode(int from, int to) {
        int amp = from;
        while (amp < to && s.charAt(amp) != '&') {
            amp++;
        }
        if (amp == to) {
            return s.substring(from, to);
        }
        StringBuilder text = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '&') {
                text.append(c);
                i++;
                continue;
            }
            int semicolon = s.indexOf(';', i);
            if (semicolon < 0 || semicolon >= to || semicolon - i > 10) {
                throw new Unreadable();
            }
            text.appendCodePoint(reference(s.substring(i + 1, semicolon)));
            i = semicolon + 1;
        }
        return text.toString();
    }

    private static int reference(String name) {
        int code = switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00a0';
            default -> numeric(name);
        };
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
            throw new Unreadable();
        }
        return code;
    }

    private static int numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            throw new Unreadable();
        }
        throw new Unreadable();
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\u00a0' -> escaped.append("&nbsp;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < s.length() && " \t\n\f/>".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < s.length() && " \t\n\f".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private int indexOfIgnoreCase(String text, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, text, 0, text.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Something in the page this pass does not read as jsoup would. */
    private static final class Unreadable extends RuntimeException {

        Unreadable() {
            super(null, null, false, false);
        }
    }
}
