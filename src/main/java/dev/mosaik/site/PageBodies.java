package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.ImageSize;
import dev.mosaik.content.LinkTargets;
import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders the pages of the placed trees: each body's Markdown with its links into the right tree, or taken from
 * where earlier builds kept it — the build cache for a one-off build, the bodies a previous assembly kept (where
 * their links still resolve the same) for the preview.
 */
final class PageBodies {

    private final MarkdownRenderer markdown;
    /** Bodies of the previous assembly that may be reused, and where this one keeps its own (null: keep none). */
    private final RenderedBodies previous;

    private final RenderedBodies kept;
    /** Each image's size, read once per assembly however many pages and trees show it. */
    private final Map<Path, Optional<ImageSize>> imageSizes = new ConcurrentHashMap<>();

    /** Bodies of earlier builds (the build cache), used when {@code kept} is null. */
    private final StoredBodies stored;

    PageBodies(MarkdownRenderer markdown, RenderedBodies previous, RenderedBodies kept, StoredBodies stored) {
        this.markdown = markdown;
        this.previous = previous;
        this.kept = kept;
        this.stored = stored;
    }

    /**
     * What the bodies' links resolve against, the same for every page of one assembly.
     *
     * @param addresses every page's address by language and key, as the kept bodies compare them
     */
    record Links(
            Map<Language, Map<TranslationKey, SitePath>> addresses,
            PageAddresses pages,
            Map<String, Path> files,
            Set<TranslationKey> unreadable) {

        static Links of(
                Map<Language, Map<TranslationKey, Placement>> placements,
                Map<String, Path> files,
                Set<TranslationKey> unreadable) {
            Map<Language, Map<TranslationKey, SitePath>> addresses = addresses(placements.values().stream()
                    .flatMap(tree -> tree.values().stream())
                    .map(p -> new PageAddresses.Located(p.key(), p.language(), p.path())));
            return new Links(addresses, new PageAddresses(addresses), files, unreadable);
        }

        /**
         * Per language, the address of every page of its tree: the one way this map is made, whether from the
         * placements of an assembly or from the pages of an assembled site.
         */
        static Map<Language, Map<TranslationKey, SitePath>> addresses(Stream<PageAddresses.Located> pages) {
            Map<Language, Map<TranslationKey, SitePath>> addresses = new HashMap<>();
            pages.forEach(p -> addresses
                    .computeIfAbsent(p.language(), language -> new HashMap<>())
                    .put(p.key(), p.path()));
            return addresses;
        }
    }

    /** Files published as they are, by site path, with the source file each is copied from. */
    static Map<String, Path> publishedFiles(ContentScanner.Scan scan) {
        Map<String, Path> files = new HashMap<>();
        scan.staticFiles().forEach(f -> files.put(f.sitePath(), f.path()));
        scan.assets().forEach(f -> files.put(f.sitePath(), f.path()));
        return files;
    }

    /**
     * Pages with a source that could not be read (broken front matter, not UTF-8): that file reports its own
     * errors, so a link to the page is not reported as a missing page as well.
     */
    static Set<TranslationKey> unreadable(List<SourceDocument> documents, ContentScanner.Scan scan) {
        Set<SourceFile> read = new HashSet<>();
        documents.forEach(d -> read.add(d.file()));
        Set<TranslationKey> unreadable = new HashSet<>();
        scan.sources().stream().filter(f -> !read.contains(f)).forEach(f -> unreadable.add(f.key()));
        return Set.copyOf(unreadable);
    }

    Page render(
            Placement placement, SiteConfig config, I18n i18n, Links links, OriginalFacts facts, Problems problems) {
        SourceDocument source = placement.source();
        Language contentLanguage = source.file().language();
        RenderedMarkdown body = kept == null
                ? body(placement, config, links, i18n, problems)
                : reusedOrKept(placement, config, links, i18n, problems);
        // Titles and summaries get the quotation marks of their language, as the body does.
        return new Page(
                placement.key(),
                placement.language(),
                contentLanguage,
                source.file(),
                source.frontMatter().typeset(i18n.services(contentLanguage).quotes()),
                placement.path(),
                placement.kind(),
                body,
                facts.outdatedOf(source.file()),
                facts.dataOf(placement));
    }

    /** A body kept by the previous assembly when its links resolve the same; else rendered and kept if clean. */
    private RenderedMarkdown reusedOrKept(
            Placement placement, SiteConfig config, Links links, I18n i18n, Problems problems) {
        SourceDocument source = placement.source();
        Language tree = placement.language();
        Optional<RenderedMarkdown> reused = previous.find(source, tree, links.addresses(), links.files());
        if (reused.isPresent()) {
            kept.keep(source, tree, links.addresses(), links.files(), reused.get());
            return reused.get();
        }
        Problems own = new Problems();
        RenderedMarkdown body = body(placement, config, links, i18n, own);
        if (own.isEmpty()) {
            kept.keep(source, tree, links.addresses(), links.files(), body);
        }
        problems.addAll(own);
        return body;
    }

    /** The body of {@code placement}: from the store of earlier builds when nothing it depends on changed. */
    private RenderedMarkdown body(Placement placement, SiteConfig config, Links links, I18n i18n, Problems problems) {
        LinkTargets targets = new TreeLinks(
                config,
                links.pages(),
                placement.language(),
                placement.source().file().language(),
                placement.key(),
                links.files(),
                imageSizes,
                links.unreadable());
        SourceDocument source = placement.source();
        return stored.body(
                source,
                placement.language().code(),
                targets,
                (recorded, own) -> render(source, source.file().language(), config, i18n, recorded, own),
                problems);
    }

    private RenderedMarkdown render(
            SourceDocument source,
            Language contentLanguage,
            SiteConfig config,
            I18n i18n,
            LinkTargets targets,
            Problems problems) {
        return markdown.renderBody(
                source,
                i18n.services(contentLanguage).quotes(),
                contentLanguage.isRightToLeft(),
                config.publish().rawHtml(),
                config.checks().pageRenderTime(),
                targets,
                problems);
    }

    /**
     * A page of an assembled site with its body rendered again from {@code source}, whose front matter is
     * unchanged: links resolve against the site as it is.
     */
    Page rerender(Site site, Page page, SourceDocument source, ContentScanner.Scan scan, I18n i18n, Problems problems) {
        Map<Language, Map<TranslationKey, SitePath>> addresses = Links.addresses(site.languages().stream()
                .flatMap(language -> site.pagesIn(language).stream())
                .map(p -> new PageAddresses.Located(p.key(), p.language(), p.path())));
        Language contentLanguage = page.contentLanguage();
        LinkTargets targets = new TreeLinks(
                site.config(),
                new PageAddresses(addresses),
                page.language(),
                contentLanguage,
                page.key(),
                publishedFiles(scan),
                imageSizes,
                Set.of());
        RenderedMarkdown body = render(source, contentLanguage, site.config(), i18n, targets, problems);
        return new Page(
                page.key(),
                page.language(),
                page.contentLanguage(),
                source.file(),
                source.frontMatter().typeset(i18n.services(contentLanguage).quotes()),
                page.path(),
                page.kind(),
                body,
                page.outdated(),
                page.data());
    }
}
