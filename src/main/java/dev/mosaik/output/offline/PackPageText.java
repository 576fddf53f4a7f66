package dev.mosaik.output.offline;

import dev.mosaik.output.offline.PackMarkup.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * @param targets every address of the page as written, in the order {@link PackLinks#files} finds them
     * @param html    the page with its changes
     */
    record Result(List<String> targets, String html) {}

    private final String s;
    private final PackEdits edits;
    private final List<Splice> splices = new ArrayList<>();
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

    private PackPageText(String html, PackEdits edits) {
        this.s = html;
        this.edits = edits;
        PackLinks.SINGLE.forEach(attribute -> single.add(new ArrayList<>()));
    }

    /** The page's addresses and the page with its changes; empty where jsoup has to do it. */
    static Optional<Result> rewrite(String html, PackEdits edits) {
        try {
            return Optional.of(new PackPageText(html, edits).run());
        } catch (PackMarkup.Unreadable e) {
            return Optional.empty();
        }
    }

    private Result run() {
        if (s.indexOf('\r') >= 0 || s.indexOf('\0') >= 0) {
            throw new PackMarkup.Unreadable();
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
            throw new PackMarkup.Unreadable();
        }
        List<String> targets = new ArrayList<>();
        single.forEach(targets::addAll);
        targets.addAll(srcsets);
        targets.addAll(refreshes);
        return new Result(targets, spliced());
    }

    private int markup(int lt) {
        if (s.startsWith("<!--", lt)) {
            int end = s.indexOf("-->", lt + 4);
            if (end < 0 || s.startsWith(">", lt + 4) || s.startsWith("->", lt + 4)) {
                throw new PackMarkup.Unreadable();
            }
            return end + 3;
        }
        char next = lt + 1 < s.length() ? s.charAt(lt + 1) : ' ';
        if (next == '?' || (next == '/' && (lt + 2 >= s.length() || !PackMarkup.isLetter(s.charAt(lt + 2))))) {
            // A bogus comment to jsoup, which may hide what reads as a tag here.
            throw new PackMarkup.Unreadable();
        }
        if (next == '!') {
            if (!s.regionMatches(true, lt, "<!doctype html>", 0, 15)) {
                throw new PackMarkup.Unreadable();
            }
            return lt + 15;
        }
        if (next == '/' && lt + 2 < s.length() && PackMarkup.isLetter(s.charAt(lt + 2))) {
            return endTag(lt);
        }
        if (PackMarkup.isLetter(next)) {
            return startTag(lt);
        }
        // A '<' in text, as jsoup reads it too.
        return lt + 1;
    }

    private int endTag(int lt) {
        int nameEnd = PackMarkup.nameEnd(s, lt + 2);
        int close = s.indexOf('>', nameEnd);
        if (close < 0) {
            throw new PackMarkup.Unreadable();
        }
        if (offlineDepth > 0 && s.substring(lt + 2, nameEnd).equalsIgnoreCase("div") && --offlineDepth == 0) {
            replaceOffline(close + 1);
        }
        return close + 1;
    }

    private int startTag(int lt) {
        int nameEnd = PackMarkup.nameEnd(s, lt + 1);
        String name = s.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = new ArrayList<>(4);
        int i = nameEnd;
        while (true) {
            i = PackMarkup.skipSpace(s, i);
            if (i >= s.length()) {
                throw new PackMarkup.Unreadable();
            }
            if (s.charAt(i) == '>' || s.startsWith("/>", i)) {
                break;
            }
            i = PackMarkup.attribute(s, i, attributes);
        }
        int end = s.charAt(i) == '>' ? i + 1 : i + 2;
        tag(name, attributes, lt, i);
        return switch (name) {
            case "script", "style", "title", "textarea" -> {
                int close = PackMarkup.indexOfIgnoreCase(s, "</" + name, end);
                if (close < 0) {
                    throw new PackMarkup.Unreadable();
                }
                yield close;
            }
            case "plaintext", "xmp", "iframe", "noembed", "noframes" -> throw new PackMarkup.Unreadable();
            default -> end;
        };
    }

    /** What the pack changes in the tag {@code s[lt, close)} ({@code close} at its {@code >} or {@code />}). */
    private void tag(String name, List<Attribute> attributes, int lt, int close) {
        boolean offlineBox = !offlineSeen && name.equals("div") && PackMarkup.hasClass(s, attributes, "offline");
        boolean inOffline = offlineDepth > 0 || offlineBox;
        if (offlineDepth > 0 && name.equals("div")) {
            offlineDepth++;
        }
        for (Attribute attribute : attributes) {
            int group = PackLinks.SINGLE.indexOf(attribute.name());
            if (group >= 0 && attribute.from() >= 0) {
                String value = PackMarkup.value(s, attribute);
                single.get(group).add(value);
                if (!inOffline) {
                    replace(attribute, edits.change(value));
                }
            }
        }
        Attribute srcset = PackMarkup.find(attributes, "srcset");
        if (srcset != null && srcset.from() >= 0) {
            String changed = srcset(PackMarkup.value(s, srcset), inOffline);
            if (!inOffline) {
                replace(srcset, changed);
            }
        }
        if (name.equals("meta")) {
            refresh(attributes, inOffline);
        }
        String rel = name.equals("link") ? PackMarkup.get(s, attributes, "rel") : null;
        if (rel != null && rel.trim().equalsIgnoreCase("canonical") && canonical == null) {
            if (offlineSeen) {
                // jsoup's way finds it too, for a note already written here.
                throw new PackMarkup.Unreadable();
            }
            String href = PackMarkup.get(s, attributes, "href");
            canonical = href == null ? "" : href;
        }
        if (offlineBox) {
            offlineSeen = true;
            offlineDepth = 1;
            offlineStart = lt;
            String note = PackMarkup.get(s, attributes, "data-pack-note");
            offlineNote = note == null ? "" : note;
        }
        if (!inOffline && !searchFormSeen && name.equals("form") && PackMarkup.hasClass(s, attributes, "search-form")) {
            searchFormSeen = true;
            searchForm(attributes, close);
        }
    }

    private void refresh(List<Attribute> attributes, boolean inOffline) {
        String equiv = PackMarkup.get(s, attributes, "http-equiv");
        String content = PackMarkup.get(s, attributes, "content");
        if (equiv == null || content == null || !equiv.trim().equalsIgnoreCase("refresh")) {
            return;
        }
        Matcher matcher = PackLinks.REFRESH.matcher(content);
        if (matcher.matches()) {
            String link = matcher.group(2).strip();
            refreshes.add(link);
            if (!inOffline) {
                replace(PackMarkup.find(attributes, "content"), matcher.group(1) + edits.change(link));
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
        for (String[] set :
                new String[][] {{"data-pack-root", edits.packRoot()}, {"data-pack-base", edits.packBase()}}) {
            Attribute present = PackMarkup.find(attributes, set[0]);
            if (present != null && present.from() >= 0) {
                replace(present, set[1]);
            } else if (present != null) {
                throw new PackMarkup.Unreadable();
            } else {
                added.append(' ')
                        .append(set[0])
                        .append("=\"")
                        .append(PackMarkup.escape(set[1], true))
                        .append('"');
            }
        }
        if (!added.isEmpty()) {
            splice(close, close, added.toString());
        }
    }

    /** Replaces the offline box, which ends before {@code end}, by the pack's note and a link to the website. */
    private void replaceOffline(int end) {
        String online = canonical != null ? canonical : edits.website();
        String note = "<p class=\"offline-pack-note\">" + PackMarkup.escape(offlineNote + " ", false) + "<a href=\""
                + PackMarkup.escape(edits.change(online), true) + "\">" + PackMarkup.escape(online, false) + "</a></p>";
        splice(offlineStart, end, note);
    }

    private void replace(Attribute attribute, String value) {
        if (!value.equals(PackMarkup.value(s, attribute))) {
            splice(attribute.from(), attribute.to(), PackMarkup.escape(value, true));
        }
    }

    /** Puts {@code text} in place of {@code s[from, to)} once the pass is through. */
    private void splice(int from, int to, String text) {
        splices.add(new Splice(from, to, text));
    }

    /** A change to the page: {@code text} in place of {@code s[from, to)}. */
    private record Splice(int from, int to, String text) {}

    /**
     * The page with its changes, in the page's order: a tag's attributes are changed in the order of
     * {@link PackLinks#SINGLE}, not in the tag's. A change within one made before it (the offline box) is left out.
     */
    private String spliced() {
        StringBuilder out = new StringBuilder(s.length() + 256);
        int copied = 0;
        splices.sort(java.util.Comparator.comparingInt(Splice::from));
        for (Splice splice : splices) {
            if (splice.from() >= copied) {
                out.append(s, copied, splice.from()).append(splice.text());
                copied = splice.to();
            }
        }
        return out.append(s, copied, s.length()).toString();
    }
}
