package dev.mosaik.site;

import dev.mosaik.config.Language;
import java.util.List;
import java.util.Optional;

/**
 * The A–Z index of one language tree: page titles, tags, districts, course types and providers, project
 * partners and event places, under the initial letters of the language's alphabet. It serves readers without
 * JavaScript, who cannot use the search, and readers who browse rather than type.
 *
 * <p>An index with more than {@link #MAX_LINKS} links does not fit one page: its address then shows an overview
 * of the letters, and {@code parts} holds one page per letter, a letter with too many links several pages of
 * consecutive keywords ({@link KeywordSplitter}).
 *
 * @param parts the pages of a split index in letter order; empty when the whole index is one page
 */
public record KeywordIndex(Language language, SitePath path, List<Letter> letters, List<Part> parts) {

    /**
     * Links one A–Z page shows at most. A link costs about 100 bytes of HTML, so a page stays near 150 KB
     * (compressed some 20 KB): quick on mobile data and old phones, and a list a screen reader's links dialog
     * can still page through. At 25,000 pages per language a single page had 75,000 links, 8 MB.
     */
    public static final int MAX_LINKS = 1_500;

    public KeywordIndex {
        letters = List.copyOf(letters);
        parts = List.copyOf(parts);
    }

    public boolean split() {
        return !parts.isEmpty();
    }

    /** What the overview of a split index shows: every letter with its number of keywords and its pages. */
    public List<LetterSummary> overview() {
        return letters.stream()
                .map(letter -> new LetterSummary(
                        letter.label(),
                        letter.keywords().size(),
                        parts.stream()
                                .filter(p -> p.letter().equals(letter.label()))
                                .map(Part::link)
                                .toList()))
                .toList();
    }

    /** The page of a split index at {@code path}, with its neighbours. */
    public Optional<PartPage> page(SitePath path) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).path().equals(path)) {
                List<PartLink> firsts = overview().stream()
                        .filter(l -> !l.parts().isEmpty())
                        .map(l -> new PartLink(l.label(), l.parts().get(0).path()))
                        .toList();
                return Optional.of(new PartPage(
                        parts.get(i),
                        firsts,
                        i == 0 ? Optional.empty() : Optional.of(parts.get(i - 1).link()),
                        i == parts.size() - 1
                                ? Optional.empty()
                                : Optional.of(parts.get(i + 1).link())));
            }
        }
        return Optional.empty();
    }

    /** An initial letter and its keywords in the language's collation order. */
    public record Letter(String label, List<Keyword> keywords) {

        public Letter {
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * A keyword and the pages it leads to.
     *
     * @param language the language it is written in: a fallback page's title is German in every tree
     * @param pages    by title in the tree's collation order
     */
    public record Keyword(String name, Language language, List<Page> pages) {

        public Keyword {
            pages = List.copyOf(pages);
        }
    }

    /**
     * One page of a split index.
     *
     * @param letter the initial letter whose keywords it shows
     * @param label  the letter, or for one of several pages of a letter the range of its keywords ({@code Sa–Se})
     */
    public record Part(SitePath path, String letter, String label, List<Entry> entries) {

        public Part {
            entries = List.copyOf(entries);
        }

        /** The links it shows, never more than {@link #MAX_LINKS}. */
        public int links() {
            return entries.stream().mapToInt(e -> e.pages().size()).sum();
        }

        PartLink link() {
            return new PartLink(label, path);
        }
    }

    /**
     * A keyword on a page of a split index: with all its pages, or, for a keyword with more pages than one page
     * can link, with a consecutive share of them.
     *
     * @param continued the keyword's first pages are on the page before
     */
    public record Entry(String name, Language language, List<PageHead> pages, boolean continued) {

        public Entry {
            pages = List.copyOf(pages);
        }
    }

    /** A link to a page of a split index. */
    public record PartLink(String label, SitePath path) {}

    /**
     * What the overview of a split index shows of a letter: the number of its keywords and its pages, one or,
     * for a long letter, a range each.
     */
    public record LetterSummary(String label, int keywords, List<PartLink> parts) {

        public LetterSummary {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A page of a split index with what it links to besides its keywords: the first page of every letter, the
     * page before and after it.
     */
    public record PartPage(
            KeywordIndex.Part part, List<PartLink> letters, Optional<PartLink> previous, Optional<PartLink> next) {

        public PartPage {
            letters = List.copyOf(letters);
        }
    }
}
