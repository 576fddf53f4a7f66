package dev.mosaik.site;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import dev.mosaik.site.KeywordIndex.Entry;
import dev.mosaik.site.KeywordIndex.Keyword;
import dev.mosaik.site.KeywordIndex.Letter;
import dev.mosaik.site.KeywordIndex.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Splits an A–Z index with more links than one page may show into pages: one per initial letter
 * ({@code /de/a-z/s/}), and a letter with more links than that into consecutive ranges of its keywords in
 * collation order ({@code /de/a-z/s-1/} for {@code Sa–Se}), as printed dictionaries do. A keyword that alone has
 * more pages than one page may link is continued on the next page, so that no page exceeds the bound.
 */
final class KeywordSplitter {

    /** Graphemes a range label shows at least ({@code Sa}, not {@code S}, which names the whole letter) and at most. */
    private static final int MIN_LABEL = 2;

    private static final int MAX_LABEL = 30;

    private KeywordSplitter() {}

    /** @return no parts when the whole index has at most {@code maxLinks} links: then it stays one page */
    static List<Part> split(List<Letter> letters, SitePath index, ULocale locale, int maxLinks) {
        if (letters.stream().mapToInt(KeywordSplitter::links).sum() <= maxLinks) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        Set<String> segments = new HashSet<>();
        // A page listed under several keywords is one head, not one per keyword: a large site's index holds them all.
        Map<Page, PageHead> heads = new IdentityHashMap<>();
        for (Letter letter : letters) {
            String segment = segmentOf(letter.label(), locale);
            // ICU's labels differ, but two may differ only in case or punctuation; the letter's place keeps them apart.
            if (!segments.add(segment)) {
                segment = segment + "_" + (letters.indexOf(letter) + 1);
                segments.add(segment);
            }
            List<List<Entry>> pages =
                    pack(letter.keywords(), maxLinks, page -> heads.computeIfAbsent(page, PageHead::of));
            if (pages.size() == 1) {
                parts.add(new Part(index.folder(segment), letter.label(), letter.label(), pages.get(0)));
                continue;
            }
            List<String> labels = rangeLabels(pages, locale);
            for (int i = 0; i < pages.size(); i++) {
                parts.add(new Part(index.folder(segment + "-" + (i + 1)), letter.label(), labels.get(i), pages.get(i)));
            }
        }
        return parts;
    }

    /**
     * A label for each page of a long letter: the range of its keywords, {@code Sa–Se}. The pages of a keyword too
     * long for one page would all be named by it alone; they are numbered, {@code Familie (1/3)}.
     */
    private static List<String> rangeLabels(List<List<Entry>> pages, ULocale locale) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Entry> page = pages.get(i);
            String first = page.get(0).name();
            String last = lastName(page);
            // Each end tells the range from the page beside it and from its other end: "Seite 1973–Seite 9", not "Seite
            // 1973–Se".
            List<String> before = i == 0 ? List.of(last) : List.of(last, lastName(pages.get(i - 1)));
            List<String> after = i == pages.size() - 1
                    ? List.of(first)
                    : List.of(first, pages.get(i + 1).get(0).name());
            String from = prefix(first, before, locale);
            String to = prefix(last, after, locale);
            labels.add(from.equals(to) ? from : from + "–" + to);
        }
        NumberFormat digits = NumberFormat.getIntegerInstance(locale);
        digits.setGroupingUsed(false);
        Map<String, Integer> seen = new HashMap<>();
        List<String> numbered = new ArrayList<>();
        for (String label : labels) {
            int of = Collections.frequency(labels, label);
            numbered.add(
                    of == 1
                            ? label
                            : label + " (" + digits.format(seen.merge(label, 1, Integer::sum)) + "/" + digits.format(of)
                                    + ")");
        }
        return numbered;
    }

    private static int links(Letter letter) {
        return letter.keywords().stream().mapToInt(k -> k.pages().size()).sum();
    }

    private static String lastName(List<Entry> page) {
        return page.get(page.size() - 1).name();
    }

    /**
     * The keywords of one letter in pages of at most {@code maxLinks} links. A keyword that fits a page is never
     * divided: it starts the next page when the current one has no room for it.
     */
    static List<List<Entry>> pack(List<Keyword> keywords, int maxLinks, Function<Page, PageHead> head) {
        List<List<Entry>> pages = new ArrayList<>();
        List<Entry> page = new ArrayList<>();
        int room = maxLinks;
        for (Keyword keyword : keywords) {
            List<PageHead> heads = keyword.pages().stream().map(head).toList();
            if (heads.size() > room && heads.size() <= maxLinks && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                room = maxLinks;
            }
            boolean continued = false;
            while (!heads.isEmpty()) {
                if (room == 0) {
                    pages.add(page);
                    page = new ArrayList<>();
                    room = maxLinks;
                }
                int take = Math.min(room, heads.size());
                page.add(new Entry(keyword.name(), keyword.language(), heads.subList(0, take), continued));
                heads = heads.subList(take, heads.size());
                room -= take;
                continued = true;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /**
     * The address segment of a letter: the letter itself, in lower case ({@code s}, {@code ç}, {@code ب}), which
     * the browser encodes as it does the tree's other addresses. What starts with no letter gets {@code 0-9} or
     * {@code _}: a {@code #} would end the path.
     */
    static String segmentOf(String label, ULocale locale) {
        String segment = label.toLowerCase(locale.toLocale())
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return segment.isEmpty() ? "_" : segment;
    }

    /**
     * The shortest beginning of {@code word} that tells it from each of {@code others}, counted in user-perceived
     * characters so that a combining mark is never cut off, and with its first letter upper case as in the letter
     * navigation: {@code Sa} for "sammeln" next to "Rose" and "Seife"; the whole name next to itself (a keyword
     * continued on the next page). At least two characters, so that a range names more than its letter.
     */
    static String prefix(String word, List<String> others, ULocale locale) {
        java.util.Locale folding = locale.toLocale();
        List<String> graphemes = graphemes(word, locale);
        int common = 0;
        for (String other : others) {
            List<String> theirs = graphemes(other, locale);
            int shared = 0;
            while (shared < graphemes.size()
                    && shared < theirs.size()
                    && graphemes
                            .get(shared)
                            .toLowerCase(folding)
                            .equals(theirs.get(shared).toLowerCase(folding))) {
                shared++;
            }
            common = Math.max(common, shared);
        }
        int length = Math.min(graphemes.size(), Math.max(MIN_LABEL, common + 1));
        StringBuilder label = new StringBuilder(graphemes.get(0).toUpperCase(folding));
        for (int i = 1; i < Math.min(length, MAX_LABEL); i++) {
            label.append(graphemes.get(i));
        }
        return (length > MAX_LABEL ? label.append('…') : label).toString().strip();
    }

    private static List<String> graphemes(String word, ULocale locale) {
        BreakIterator characters = BreakIterator.getCharacterInstance(locale);
        characters.setText(word);
        List<String> graphemes = new ArrayList<>();
        for (int start = characters.first(), end = characters.next();
                end != BreakIterator.DONE;
                start = end, end = characters.next()) {
            graphemes.add(word.substring(start, end));
        }
        return graphemes;
    }
}
