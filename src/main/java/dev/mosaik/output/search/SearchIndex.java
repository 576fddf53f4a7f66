package dev.mosaik.output.search;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.SourceFile;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.Messages;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.CacheKey;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.RenderJob;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index of every language tree, read by the search script in the browser: no server, no third party.
 * It holds every page of the tree — untranslated pages too, marked with the language they are written in, since a
 * reader of the Arabic tree who types a German name should find the German page that the tree shows — with
 * address, title, section and text for snippets, and an inverted index from folded term to the pages it occurs
 * in, each with a score that weighs where the term occurs (title over headings and tags, over summary and key
 * facts, over the text) and how often.
 *
 * <p>Written as Pagefind does, in chunks that the browser loads per query, so that a tree of 25,000 pages does not
 * make a phone load 56 MB: {@code search.json} next to the search page is the manifest (how to fold a query, the
 * other languages' names, the number of pages, and the first term and first page of every chunk), the terms
 * sorted and cut into {@code search-terms-*.json} of about {@link #TERM_CHUNK} bytes, the pages in their order
 * into {@code search-docs-*.json} of about {@link #DOC_CHUNK}. Terms and pages are sorted and chunk names come from
 * their content, so two builds of the same site write the same bytes.
 */
public final class SearchIndex {

    /**
     * Bytes per chunk of terms: a one-word query loads one such chunk (about a quarter of it compressed). Larger
     * chunks load more for a query; smaller ones mean more files and more requests for a prefix.
     */
    static final int TERM_CHUNK = 100_000;
    /**
     * Bytes per chunk of pages. Smaller than a chunk of terms: the results shown (up to 50) may lie in as many
     * chunks, each loaded whole for a few of its pages.
     */
    static final int DOC_CHUNK = 16_000;

    /** Pages whose terms are computed together, in parallel, before they are added to the index in order. */
    private static final int BATCH = 256;

    /** A page's fields and its row's section, and the key of its terms in the cache: all the index's key needs. */
    private record Keyed(Page page, PageFields fields, String section, Optional<String> termsKey) {}

    /** A page's fields and terms, computed in parallel with its batch. */
    private record Indexed(Keyed page, PageTerms terms) {}

    static final String TERMS = "search-terms";
    static final String DOCS = "search-docs";

    private final I18n i18n;
    private final Normaliser normaliser = Normaliser.standard();
    private final Optional<CacheFolder> cache;

    /** @param cache the build cache, where each page's terms are kept; empty to compute them all */
    public SearchIndex(I18n i18n, Optional<CacheFolder> cache) {
        this.i18n = i18n;
        this.cache = cache;
    }

    public SearchIndex(I18n i18n) {
        this(i18n, Optional.empty());
    }

    /** The terms of {@code pages}, computed (or read from the cache) on every core, in the pages' order. */
    private List<Indexed> indexed(List<Keyed> pages, Map<SourceFile, HtmlText> shared, Terms.Pool terms) {
        return pages.parallelStream()
                .map(keyed -> terms.with(t -> new Indexed(
                        keyed,
                        PageTerms.of(
                                keyed.page(),
                                keyed.fields(),
                                keyed.termsKey(),
                                () -> text(keyed.page(), shared),
                                t,
                                cache))))
                .toList();
    }

    /** An untranslated page's text is the same in every tree that shows it: extracted once. */
    private static HtmlText text(Page page, Map<SourceFile, HtmlText> shared) {
        return page.isFallback()
                ? shared.computeIfAbsent(page.source(), s -> HtmlText.of(page.contentHtml()))
                : HtmlText.of(page.contentHtml());
    }

    /**
     * One job per language that has a search page, writing {@code search.json} and its chunks into its folder. An
     * untranslated page's text is the same in every tree that shows it: extracted once per build, and only for those.
     */
    public List<RenderJob> jobs(Site site) {
        Map<SourceFile, HtmlText> shared = new ConcurrentHashMap<>();
        List<RenderJob> jobs = new ArrayList<>();
        for (Language language : site.languages()) {
            site.searchPage(language)
                    .ifPresent(folder ->
                            jobs.add(new RenderJob("search:" + folder.outputFile(), folder, (s, sink, problems) -> {
                                write(s, language, folder.value(), shared, sink);
                                return 0;
                            })));
        }
        return jobs;
    }

    /**
     * The index of one tree, into {@code folder}: from the build cache when nothing it is made of changed
     * ({@link StoredIndex}), else made anew (and stored).
     */
    void write(Site site, Language language, String folder, Map<SourceFile, HtmlText> shared, PageSink sink) {
        Messages messages = i18n.messages(language);
        List<Keyed> pages =
                site.pagesIn(language).stream().sorted(Comparator.comparing(Page::path)).toList().parallelStream()
                        .map(page -> {
                            PageFields fields = PageFields.of(site.types(), page, messages);
                            return new Keyed(
                                    page,
                                    fields,
                                    PageRow.section(site, page),
                                    PageTerms.key(cache, page, language.code(), fields));
                        })
                        .toList();
        if (cache.isEmpty()) {
            write(site, language, folder, pages, shared, sink);
            return;
        }
        String key = indexKey(cache.get(), site, language, folder, pages);
        Optional<List<StoredIndex.File>> stored = StoredIndex.read(cache.get(), key);
        if (stored.isPresent()) {
            stored.get().forEach(file -> sink.write(folder + file.name(), file.content()));
            // The pages' terms are not read, but an edit of one page will need the others' again.
            pages.forEach(page -> page.termsKey().ifPresent(terms -> PageTerms.keep(cache.get(), terms)));
            return;
        }
        StoredIndex.Recording recording = new StoredIndex.Recording(folder, sink, cache.get());
        write(site, language, folder, pages, shared, recording);
        recording.store(key);
    }

    private static String indexKey(CacheFolder cache, Site site, Language language, String folder, List<Keyed> pages) {
        CacheKey key = StoredIndex.key(cache, language.code(), folder, pages.size());
        BaseUrl base = site.config().baseUrl();
        for (Keyed page : pages) {
            StoredIndex.page(
                    key,
                    page.termsKey().orElseThrow(),
                    page.page().path().href(base),
                    page.section(),
                    page.page().isFallback() ? page.page().contentLanguage().code() : "");
        }
        return key.hex();
    }

    /**
     * The index made anew: the pages' chunks while the pages are read, each as soon as it is full; the terms' chunks
     * after the last page; then the manifest that lists them all. Each page's terms go into the postings at once, so
     * that a large site holds no more than the postings and one chunk.
     */
    private void write(
            Site site,
            Language language,
            String folder,
            List<Keyed> pages,
            Map<SourceFile, HtmlText> shared,
            PageSink sink) {
        Terms.Pool terms =
                new Terms.Pool(() -> new Terms(i18n.services(language).locale(), normaliser));
        ChunkWriter docs = new ChunkWriter(folder, DOCS, DOC_CHUNK, sink);
        Map<String, StringBuilder> postings = new TreeMap<>();
        Map<String, Language> others = new TreeMap<>();
        List<Indexed> batch = List.of();
        for (int number = 0; number < pages.size(); number++) {
            if (number % BATCH == 0) {
                // A batch of pages' terms computed on every core, then added in the pages' order: the same bytes
                // as one after the other, and no more than a batch held at a time.
                batch = indexed(pages.subList(number, Math.min(pages.size(), number + BATCH)), shared, terms);
            }
            Indexed indexed = batch.get(number % BATCH);
            Page page = indexed.page().page();
            String posting = "," + number + ",";
            indexed.terms()
                    .scores()
                    .forEach((term, score) -> postings.computeIfAbsent(term, t -> new StringBuilder())
                            .append(posting)
                            .append(score));
            if (page.isFallback()) {
                others.put(page.contentLanguage().code(), page.contentLanguage());
            }
            docs.add(
                    Integer.toString(number),
                    PageRow.of(
                            site,
                            page,
                            indexed.page().section(),
                            indexed.page().fields(),
                            indexed.terms().text()));
        }
        List<ChunkWriter.Chunk> docChunks = docs.finish();
        String manifest = manifest(language, others, pages.size(), termChunks(folder, postings, sink), docChunks);
        sink.write(folder + OutputFiles.SEARCH_INDEX, manifest.getBytes(StandardCharsets.UTF_8));
    }

    /** The terms' chunks, each term with its postings. */
    private static List<ChunkWriter.Chunk> termChunks(
            String folder, Map<String, StringBuilder> postings, PageSink sink) {
        ChunkWriter termChunks = new ChunkWriter(folder, TERMS, TERM_CHUNK, sink);
        for (Map.Entry<String, StringBuilder> posting : postings.entrySet()) {
            termChunks.add(posting.getKey(), SearchJson.value(json -> {
                json.writeStartArray();
                json.writeString(posting.getKey());
                // The postings, ",page,score" for each page, are numbers this class wrote: nothing to escape.
                json.writeRaw(posting.getValue().toString());
                json.writeEndArray();
            }));
        }
        return termChunks.finish();
    }

    /**
     * What the browser loads first: how to fold a query, the names of the other languages, and which chunk holds
     * which terms and pages. Small sites get one chunk of terms and a few of pages rather than the index inline:
     * one format, one code path in the script, tested on small sites as it runs on large ones, for one request more.
     */
    private String manifest(
            Language language,
            Map<String, Language> others,
            int count,
            List<ChunkWriter.Chunk> terms,
            List<ChunkWriter.Chunk> docs) {
        return SearchJson.manifest(json -> {
            json.writeStartObject();
            json.writeNumberProperty("version", 2);
            json.writeStringProperty("language", language.code());
            json.writeObjectPropertyStart("fold");
            for (Map.Entry<Integer, String> fold : normaliser.table().entrySet()) {
                json.writeStringProperty(Character.toString(fold.getKey()), fold.getValue());
            }
            json.writeEndObject();
            json.writeObjectPropertyStart("languages");
            for (Language other : others.values()) {
                json.writeObjectPropertyStart(other.code());
                json.writeStringProperty("name", i18n.services(language).languageName(other));
                json.writeStringProperty("lang", other.htmlLang());
                json.writeStringProperty("dir", other.direction().attribute());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeNumberProperty("count", count);
            json.writeArrayPropertyStart("terms");
            for (ChunkWriter.Chunk chunk : terms) {
                json.writeStartArray();
                json.writeString(chunk.first());
                json.writeString(chunk.file());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("docs");
            for (ChunkWriter.Chunk chunk : docs) {
                json.writeStartArray();
                json.writeNumber(Integer.parseInt(chunk.first()));
                json.writeString(chunk.file());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
