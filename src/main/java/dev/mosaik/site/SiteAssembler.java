package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Builds the {@link Site} from the read sources: places every page in every language tree (own text or a
 * fallback language's), computes URLs, renders Markdown with links into the right tree, computes section
 * listings, menus and the generated pages once, and reports every address claimed twice.
 */
public final class SiteAssembler {

    private final PageBodies bodies;

    public SiteAssembler(MarkdownRenderer markdown) {
        this(markdown, StoredBodies.NONE);
    }

    /** An assembler for a one-off build that takes from {@code stored} the bodies nothing changed for. */
    public SiteAssembler(MarkdownRenderer markdown, StoredBodies stored) {
        this.bodies = new PageBodies(markdown, RenderedBodies.none(), null, stored);
    }

    /**
     * An assembler that reuses the bodies {@code previous} kept where their links still resolve the same, and
     * keeps its own in {@code kept} for the next assembly (the preview).
     */
    public SiteAssembler(MarkdownRenderer markdown, RenderedBodies previous, RenderedBodies kept) {
        this.bodies = new PageBodies(markdown, previous, kept, StoredBodies.NONE);
    }

    /** @param types the content types of the build, whose hooks read, link and check the typed pages */
    public Site assemble(
            ContentTypes types,
            SiteConfig config,
            List<SourceDocument> documents,
            ContentScanner.Scan scan,
            I18n i18n,
            boolean includeDrafts,
            LocalDate today,
            ForkJoinPool pool,
            Problems problems) {
        Map<TranslationKey, Map<Language, SourceDocument>> byKey =
                Placements.published(config, documents, includeDrafts, today);
        Set<TranslationKey> unreadable = PageBodies.unreadable(documents, scan);
        Map<String, Path> files = PageBodies.publishedFiles(scan);
        OriginalFacts facts = OriginalFacts.of(types, config, byKey, unreadable, problems);
        CrossLinks crossLinks = CrossLinks.compute(types, facts.data(), unreadable, problems);
        ContentChecks.checkPictures(types, documents, files.keySet(), problems);
        ContentChecks.checkPublished(types, byKey, problems);
        ContentChecks.checkTranslationScopes(config, byKey, problems);
        checkByType(types, documents, today, problems);
        Map<Language, Map<TranslationKey, Placement>> placements = Placements.place(config, byKey, problems);
        SiteAddresses addresses = new SiteAddresses();
        addresses.claimPages(placements, scan);
        PageBodies.Links links = PageBodies.Links.of(placements, files, unreadable);
        List<Placement> all =
                placements.values().stream().flatMap(m -> m.values().stream()).toList();
        List<Page> rendered = pool.submit(() -> all.parallelStream()
                        .map(p -> bodies.render(p, config, i18n, links, facts, problems))
                        .toList())
                .join();
        Map<Language, Map<TranslationKey, Page>> pages = new LinkedHashMap<>();
        config.languages().forEach(language -> pages.put(language, new TreeMap<>()));
        rendered.forEach(page -> pages.get(page.language()).put(page.key(), page));
        Site site = new Site(config, parts(config, pages, scan, crossLinks, i18n, unreadable, addresses, problems));
        addresses.claimListingParts(site);
        addresses.report(problems);
        return site;
    }

    /** What the site is made of besides its pages, each generated page's address claimed as it is found. */
    private static SiteParts parts(
            SiteConfig config,
            Map<Language, Map<TranslationKey, Page>> pages,
            ContentScanner.Scan scan,
            CrossLinks crossLinks,
            I18n i18n,
            Set<TranslationKey> unreadable,
            SiteAddresses addresses,
            Problems problems) {
        List<Redirect> redirects = addresses.claimAliases(config, pages);
        Map<Language, AddressWords> words = GeneratedPaths.addressWords(config, i18n, problems);
        List<Taxonomy.Index> taxonomies = TaxonomyBuilder.build(
                crossLinks.types(),
                config.languages(),
                pages,
                l -> i18n.services(l).collation(),
                words);
        addresses.claimTaxonomies(taxonomies);
        Map<Language, SitePath> searchPages = GeneratedPaths.findingPages(config, pages, i18n, "search.slug");
        Map<Language, SitePath> keywordPages = GeneratedPaths.findingPages(config, pages, i18n, "keywords.slug");
        addresses.claimFindingPages(config, searchPages, keywordPages);
        List<KeywordIndex> keywordIndexes =
                KeywordIndexBuilder.build(crossLinks.types(), config, pages, keywordPages, i18n);
        addresses.claimKeywordParts(keywordIndexes);
        return new SiteParts(
                pages,
                Navigation.children(config, pages, i18n),
                Navigation.menus(config, pages, unreadable, problems),
                redirects,
                new ArrayList<>(scan.staticFiles()),
                crossLinks,
                taxonomies,
                searchPages,
                keywordIndexes,
                words);
    }

    /**
     * A page of an assembled site with its body rendered again from {@code source}, whose front matter is
     * unchanged: links resolve against the site as it is.
     */
    public Page rerender(
            Site site, Page page, SourceDocument source, ContentScanner.Scan scan, I18n i18n, Problems problems) {
        return bodies.rerender(site, page, source, scan, i18n, problems);
    }

    /** What each page's type checks against the build date (e.g. a measure's status left unchanged for a year). */
    private static void checkByType(
            ContentTypes types, List<SourceDocument> documents, LocalDate today, Problems problems) {
        for (SourceDocument document : documents) {
            document.frontMatter().data().ifPresent(d -> types.of(d).check(d, today, problems));
        }
    }
}
