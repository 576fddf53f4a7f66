package dev.mosaik.output;

import dev.mosaik.config.Language;
import dev.mosaik.content.Newsletter;
import dev.mosaik.render.PageSink;
import dev.mosaik.site.FeedFiles;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.Taxonomy;
import java.util.Comparator;
import java.util.List;

/**
 * Atom ({@link AtomFeed}) and JSON Feed ({@link JsonFeed}) files per language, each entry with its whole text
 * ({@link FeedContent}): the newsletter's issues in each newsletter section, and the language's dated pages
 * ("news") in its home folder. Every other section, tag and district has an Atom feed of the pages it lists, newest
 * change first, with each page's summary (the whole texts of every listing would repeat the site many times over);
 * an untranslated page is listed in the text readers see, marked with its own {@code xml:lang}. Ids are tag URIs
 * built from the page's key and first date ({@link FeedStamps}), so they survive a change of address; every date
 * comes from content, none from the clock.
 */
public final class Feeds {

    private static final int NEWS_ENTRIES = 30;
    /** A listing's feed names its latest pages; the listing itself has them all. */
    private static final int LISTING_ENTRIES = 50;

    public void write(Site site, PageSink sink) {
        FeedRun run = new FeedRun(site);
        for (Language language : site.languages()) {
            List<Page> tree = site.pagesIn(language);
            writeNews(run, language, tree, sink);
            for (Page section : tree) {
                writeSection(run, language, section, sink);
            }
            for (Taxonomy.Index index : site.taxonomies()) {
                if (index.language().equals(language)) {
                    writeTerms(run, language, index, sink);
                }
            }
        }
    }

    /** The language's dated pages, newest first, in both formats beside its home page. */
    private static void writeNews(FeedRun run, Language language, List<Page> tree, PageSink sink) {
        run.site().home(language).ifPresent(home -> {
            List<Page> news = tree.stream()
                    .filter(p -> p.frontMatter().publishing().date().isPresent())
                    .sorted(Comparator.comparing(
                                    (Page p) -> p.frontMatter().lastChange().orElseThrow())
                            .reversed()
                            .thenComparing(Page::key))
                    .limit(NEWS_ENTRIES)
                    .toList();
            String title = language.title();
            writeWhole(run, home, title, news, sink);
        });
    }

    /** A newsletter section's issues, latest issue first, in both formats; any other listed section's Atom feed. */
    private static void writeSection(FeedRun run, Language language, Page section, PageSink sink) {
        Site site = run.site();
        List<Page> issues = site.children(section).stream()
                .filter(p -> Site.dataOf(p, Newsletter.class).isPresent())
                .sorted(Comparator.comparingInt((Page p) ->
                                Site.dataOf(p, Newsletter.class).orElseThrow().number())
                        .reversed())
                .toList();
        String title = section.title() + " – " + language.title();
        if (!issues.isEmpty()) {
            writeWhole(run, section, title, issues, sink);
        } else if (FeedFiles.hasAtom(section)) {
            sink.write(
                    section.path().value() + FeedFiles.ATOM,
                    AtomFeed.of(run, section.path(), language, title, newest(site.children(section)), false));
        }
    }

    /** Every tag's or district's Atom feed of the pages it lists. */
    private static void writeTerms(FeedRun run, Language language, Taxonomy.Index index, PageSink sink) {
        for (Taxonomy.Term term : index.terms()) {
            sink.write(
                    term.path().value() + FeedFiles.ATOM,
                    AtomFeed.of(
                            run,
                            term.path(),
                            language,
                            term.name() + " – " + language.title(),
                            newest(term.pages()),
                            false));
        }
    }

    /** Both feeds of {@code where}, entries with their whole text. */
    private static void writeWhole(FeedRun run, Page where, String title, List<Page> entries, PageSink sink) {
        sink.write(
                where.path().value() + OutputFiles.ATOM_FEED,
                AtomFeed.of(run, where.path(), where.language(), title, entries, true));
        sink.write(where.path().value() + OutputFiles.JSON_FEED, JsonFeed.of(run, where, title, entries));
    }

    /** The most recently changed pages first, as feed readers expect; the key breaks ties, so the order is the same in every build. */
    private static List<Page> newest(List<Page> pages) {
        return pages.stream()
                .sorted(Comparator.comparing(FeedStamps::lastChange).reversed().thenComparing(Page::key))
                .limit(LISTING_ENTRIES)
                .toList();
    }
}
