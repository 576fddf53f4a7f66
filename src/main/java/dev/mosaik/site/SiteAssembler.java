package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.MenuItem;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.Alias;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.ImageSize;
import dev.mosaik.content.LinkTargets;
import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.content.Picture;
import dev.mosaik.content.ProseOverlay;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.content.RoleModel;
import dev.mosaik.content.Segmenter;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.SourceHash;
import dev.mosaik.content.SourceSections;
import dev.mosaik.content.StaticFile;
import dev.mosaik.content.Timeline;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.content.TypedData;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Builds the {@link Site} from the read sources: places every page in every language tree (own text or a
 * fallback language's), computes URLs, detects clashes, renders Markdown with links into the right tree,
 * and computes section listings and menus once.
 */
public final class SiteAssembler {

    private final MarkdownRenderer markdown;
    /** Bodies of the previous assembly that may be reused, and where this one keeps its own (null: keep none). */
    private final RenderedBodies previous;

    private final RenderedBodies kept;
    /** Each image's size, read once per assembly however many pages and trees show it. */
    private final Map<Path, Optional<ImageSize>> imageSizes = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteAssembler(MarkdownRenderer markdown) {
        this(markdown, RenderedBodies.none(), null);
    }

    /**
     * An assembler that reuses the bodies {@code previous} kept where their links still resolve the same, and
     * keeps its own in {@code kept} for the next assembly (the preview).
     */
    public SiteAssembler(MarkdownRenderer markdown, RenderedBodies previous, RenderedBodies kept) {
        this.markdown = markdown;
        this.previous = previous;
        this.kept = kept;
    }

    /** A source chosen for a key in a language tree. */
    private record Placement(TranslationKey key, Language language, SourceDocument source, SitePath path) {}

    public Site assemble(
            SiteConfig config,
            List<SourceDocument> documents,
            ContentScanner.Scan scan,
            I18n i18n,
            boolean includeDrafts,
            java.time.LocalDate today,
            ForkJoinPool pool,
            Problems problems) {
        Map<TranslationKey, Map<String, SourceDocument>> byKey = new TreeMap<>();
        for (SourceDocument document : documents) {
            if (document.frontMatter().draft() && !includeDrafts) {
                continue;
            }
            // Editors prepare announcements ahead and let offers run out: neither shows before or after its time.
            if (!config.publishFuture()
                    && !includeDrafts
                    && document.frontMatter()
                            .date()
                            .filter(d -> d.isAfter(today))
                            .isPresent()) {
                continue;
            }
            if (!config.publishExpired()
                    && document.frontMatter()
                            .expires()
                            .filter(d -> !d.isAfter(today))
                            .isPresent()) {
                continue;
            }
            byKey.computeIfAbsent(document.key(), k -> new HashMap<>())
                    .put(document.file().language().code(), document);
        }
        Map<String, Map<TranslationKey, SourceDocument>> chosen = choose(config, byKey, problems);
        Map<SourceFile, Outdated> outdated = outdated(config, byKey, problems);
        Map<TranslationKey, TypedData> data = typedData(config, byKey);
        Set<TranslationKey> unreadable = unreadable(documents, scan);
        Map<SourceFile, TypedData> translated = translatedData(byKey, data, unreadable, problems);
        CrossLinks crossLinks = CrossLinks.compute(data, unreadable, problems);
        checkPictures(documents, publishedFiles(scan).keySet(), problems);
        checkConsent(byKey, problems);
        checkByType(documents, today, problems);
        Map<String, Map<TranslationKey, Placement>> placements = place(config, chosen);
        checkClashes(placements, problems);
        checkStaticClashes(placements, scan, problems);
        Map<String, Path> files = publishedFiles(scan);

        List<Placement> all =
                placements.values().stream().flatMap(m -> m.values().stream()).toList();
        Map<String, Map<TranslationKey, SitePath>> addresses = new HashMap<>();
        placements.forEach((code, tree) -> {
            Map<TranslationKey, SitePath> paths = new HashMap<>();
            tree.forEach((key, placement) -> paths.put(key, placement.path()));
            addresses.put(code, paths);
        });
        LinkContext links = new LinkContext(new PageAddresses(addresses), files, unreadable);
        List<Page> rendered = pool.submit(() -> all.parallelStream()
                        .map(p -> render(p, config, links, i18n, outdated, data, translated, addresses, problems))
                        .toList())
                .join();
        Map<String, Map<TranslationKey, Page>> pages = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            pages.put(language.code(), new TreeMap<>());
        }
        for (Page page : rendered) {
            pages.get(page.language().code()).put(page.key(), page);
        }
        Map<String, Map<TranslationKey, List<Page>>> children = children(config, pages, i18n);
        Map<String, List<MenuEntry>> menus = menus(config, pages, unreadable, problems);
        checkTranslationScopes(config, byKey, problems);
        Map<String, AddressWords> words = addressWords(config, i18n, problems);
        List<Taxonomy.Index> taxonomies = TaxonomyBuilder.build(
                config.languages(), pages, l -> i18n.services(l).collation(), words);
        checkTaxonomyClashes(taxonomies, pages, problems);
        Map<String, SitePath> searchPages = findingPages(config, pages, i18n, "search.slug");
        Map<String, SitePath> keywordPages = findingPages(config, pages, i18n, "keywords.slug");
        checkFindingClashes(searchPages, keywordPages, pages, problems);
        List<KeywordIndex> keywordIndexes = KeywordIndexBuilder.build(config, pages, keywordPages, i18n);
        checkKeywordPartClashes(keywordIndexes, pages, problems);
        List<Redirect> redirects = redirects(config, pages, problems);
        List<StaticFile> statics = new ArrayList<>(scan.staticFiles());
        Site site = new Site(
                config,
                pages,
                children,
                menus,
                redirects,
                statics,
                crossLinks,
                taxonomies,
                searchPages,
                keywordIndexes,
                words);
        ListingClashes.check(site, problems);
        return site;
    }

    /** For every language, the source of every key: its own translation or the first fallback that has one. */
    private Map<String, Map<TranslationKey, SourceDocument>> choose(
            SiteConfig config, Map<TranslationKey, Map<String, SourceDocument>> byKey, Problems problems) {
        Map<String, Map<TranslationKey, SourceDocument>> chosen = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Map<TranslationKey, SourceDocument> tree = new TreeMap<>();
            for (Map.Entry<TranslationKey, Map<String, SourceDocument>> entry : byKey.entrySet()) {
                Map<String, SourceDocument> versions = entry.getValue();
                SourceDocument source = versions.get(language.code());
                for (int i = 0; source == null && i < language.fallback().size(); i++) {
                    source = versions.get(language.fallback().get(i));
                }
                if (source != null) {
                    tree.put(entry.getKey(), source);
                }
            }
            if (!tree.containsKey(TranslationKey.HOME)) {
                problems.error(
                        SourcePosition.file(ContentScanner.CONTENT_DIR + "/" + TranslationKey.INDEX + "."
                                + language.code() + ".md"),
                        "the " + language.name() + " tree has no home page",
                        Optional.of("create this file, or give the language a fallback in site.yaml"));
            }
            chosen.put(language.code(), tree);
        }
        return chosen;
    }

    private Map<String, Map<TranslationKey, Placement>> place(
            SiteConfig config, Map<String, Map<TranslationKey, SourceDocument>> chosen) {
        Map<String, Map<TranslationKey, Placement>> placements = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Map<TranslationKey, SourceDocument> tree = chosen.get(language.code());
            Map<TranslationKey, SitePath> paths = new HashMap<>();
            Map<TranslationKey, Placement> placed = new TreeMap<>();
            for (Map.Entry<TranslationKey, SourceDocument> entry : tree.entrySet()) {
                SitePath path = path(entry.getKey(), language, tree, paths);
                placed.put(entry.getKey(), new Placement(entry.getKey(), language, entry.getValue(), path));
            }
            placements.put(language.code(), placed);
        }
        return placements;
    }

    /** {@code <prefix>/<section slugs>/<slug>/}; a section without its own page contributes its folder name. */
    private SitePath path(
            TranslationKey key,
            Language language,
            Map<TranslationKey, SourceDocument> tree,
            Map<TranslationKey, SitePath> memo) {
        SitePath known = memo.get(key);
        if (known != null) {
            return known;
        }
        SitePath path;
        if (key.isHome()) {
            path = new SitePath(language.urlPrefix() + "/");
        } else {
            SitePath parent = path(key.parent().orElseThrow(), language, tree, memo);
            SourceDocument source = tree.get(key);
            String slug = source == null
                    ? key.defaultSlug()
                    : source.frontMatter().slug().orElse(key.defaultSlug());
            path = parent.folder(slug);
        }
        memo.put(key, path);
        return path;
    }

    /** Two pages at one address would overwrite each other; on case-insensitive hosts also when only case differs. */
    private void checkClashes(Map<String, Map<TranslationKey, Placement>> placements, Problems problems) {
        Map<String, Placement> byPath = new HashMap<>();
        for (Map<TranslationKey, Placement> tree : placements.values()) {
            for (Placement placement : tree.values()) {
                Placement other = byPath.putIfAbsent(placement.path().folded(), placement);
                if (other != null && placement.source() != other.source()) {
                    String same = other.path().equals(placement.path())
                            ? "the same address "
                            : "an address differing only in case from ";
                    problems.error(
                            placement.source().file().position(1),
                            "has " + same + other.path() + " as "
                                    + other.source().file().relative(),
                            Optional.of("give one of them another file name or 'slug'"));
                }
            }
        }
    }

    /** A file published as it is at a page's address would be overwritten by the page, silently: an error instead. */
    private static void checkStaticClashes(
            Map<String, Map<TranslationKey, Placement>> placements, ContentScanner.Scan scan, Problems problems) {
        Map<String, StaticFile> statics = new HashMap<>();
        for (StaticFile file : scan.staticFiles()) {
            statics.put(file.sitePath().toLowerCase(java.util.Locale.ROOT), file);
        }
        for (StaticFile file : scan.assets()) {
            statics.put(file.sitePath().toLowerCase(java.util.Locale.ROOT), file);
        }
        if (statics.isEmpty()) {
            return;
        }
        for (Map<TranslationKey, Placement> tree : placements.values()) {
            for (Placement placement : tree.values()) {
                StaticFile clash = statics.get(placement.path().outputFile().toLowerCase(java.util.Locale.ROOT));
                if (clash != null) {
                    problems.error(
                            placement.source().file().position(1),
                            "its address " + placement.path() + " is also where the file " + clash.sitePath()
                                    + " is published; the page would overwrite it",
                            Optional.of("move or rename the file, or give the page another 'slug'"));
                }
            }
        }
    }

    /** Files published as they are, by site path, with the source file each is copied from. */
    private static Map<String, Path> publishedFiles(ContentScanner.Scan scan) {
        Map<String, Path> files = new HashMap<>();
        scan.staticFiles().forEach(f -> files.put(f.sitePath(), f.path()));
        scan.assets().forEach(f -> files.put(f.sitePath(), f.path()));
        return files;
    }

    /**
     * Translations that recorded the fingerprint of their original ({@code sourceHash}) and whose original
     * has changed since, with the headings of the sections that changed where the translation recorded the
     * original's sections ({@code sourceSections}). Each is reported once as a warning with the new fingerprint to record.
     */
    private Map<SourceFile, Outdated> outdated(
            SiteConfig config, Map<TranslationKey, Map<String, SourceDocument>> byKey, Problems problems) {
        Map<SourceFile, Outdated> outdated = new HashMap<>();
        Segmenter segmenter = new Segmenter();
        String defaultCode = config.defaultLanguage().code();
        for (Map<String, SourceDocument> versions : byKey.values()) {
            SourceDocument original = versions.get(defaultCode);
            if (original == null) {
                continue;
            }
            String current = SourceHash.of(original);
            List<SourceSections.Section> sections = null; // cut only when a translation is outdated and recorded them
            for (SourceDocument translation : versions.values()) {
                Optional<String> recorded = translation.frontMatter().sourceHash();
                if (translation != original
                        && recorded.isPresent()
                        && !recorded.get().equals(current)) {
                    List<String> recordedSections = translation.frontMatter().sourceSections();
                    if (!recordedSections.isEmpty() && sections == null) {
                        sections = SourceSections.of(original, segmenter);
                    }
                    outdated.put(
                            translation.file(),
                            new Outdated(
                                    recordedSections.isEmpty()
                                            ? List.of()
                                            : SourceSections.changedSince(sections, recordedSections)));
                    problems.warning(
                            translation.file().position(1),
                            dev.mosaik.diag.UiText.of(
                                    "translation.outdated", original.file().relative()),
                            dev.mosaik.diag.UiText.of("hint.translationOutdated", current));
                }
            }
        }
        return outdated;
    }

    /**
     * The typed data of every key: the default language's, else the first language's that has it. A
     * translation without type keys shows its original's data (numbers, status and dates are kept once).
     */
    private static Map<TranslationKey, TypedData> typedData(
            SiteConfig config, Map<TranslationKey, Map<String, SourceDocument>> byKey) {
        Map<TranslationKey, TypedData> data = new TreeMap<>();
        for (Map.Entry<TranslationKey, Map<String, SourceDocument>> entry : byKey.entrySet()) {
            Optional<TypedData> found = Optional.ofNullable(
                            entry.getValue().get(config.defaultLanguage().code()))
                    .flatMap(d -> d.frontMatter().data());
            for (Language language : config.languages()) {
                if (found.isPresent()) {
                    break;
                }
                found = Optional.ofNullable(entry.getValue().get(language.code()))
                        .flatMap(d -> d.frontMatter().data());
            }
            found.ifPresent(d -> data.put(entry.getKey(), d));
        }
        return data;
    }

    /**
     * Each translation's prose laid over its original's facts, checked once per file (a translation placed in
     * several language trees is reported once).
     */
    private static Map<SourceFile, TypedData> translatedData(
            Map<TranslationKey, Map<String, SourceDocument>> byKey,
            Map<TranslationKey, TypedData> data,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Map<SourceFile, TypedData> translated = new HashMap<>();
        for (Map.Entry<TranslationKey, Map<String, SourceDocument>> entry : byKey.entrySet()) {
            for (SourceDocument version : entry.getValue().values()) {
                Optional<ProseOverlay> prose = version.frontMatter().prose();
                if (prose.isEmpty()) {
                    continue;
                }
                TypedData original = data.get(entry.getKey());
                if (original == null && unreadable.contains(entry.getKey())) {
                    continue; // the original could not be read and reports that itself: no second error per translation
                }
                if (original == null
                        || !ContentTypes.nameOf(original).equals(prose.get().type())) {
                    problems.error(
                            prose.get().position(),
                            "this translation of a page of type " + prose.get().type()
                                    + " has no original of that type to take its facts from",
                            Optional.of("give the file in the default language 'type: "
                                    + prose.get().type() + "' and its keys, or delete 'type' here"));
                    continue;
                }
                translated.put(version.file(), prose.get().over(original, problems));
            }
        }
        return translated;
    }

    /** What the bodies' links resolve against, the same for every page of one assembly. */
    private record LinkContext(PageAddresses pages, Map<String, Path> files, Set<TranslationKey> unreadable) {}

    /**
     * Pages with a source that could not be read (broken front matter, not UTF-8): that file reports its own
     * errors, so a link to the page is not reported as a missing page as well.
     */
    private static Set<TranslationKey> unreadable(List<SourceDocument> documents, ContentScanner.Scan scan) {
        Set<SourceFile> read = new HashSet<>();
        documents.forEach(d -> read.add(d.file()));
        Set<TranslationKey> unreadable = new HashSet<>();
        scan.sources().stream().filter(f -> !read.contains(f)).forEach(f -> unreadable.add(f.key()));
        return Set.copyOf(unreadable);
    }

    private Page render(
            Placement placement,
            SiteConfig config,
            LinkContext links,
            I18n i18n,
            Map<SourceFile, Outdated> outdated,
            Map<TranslationKey, TypedData> data,
            Map<SourceFile, TypedData> translated,
            Map<String, Map<TranslationKey, SitePath>> addresses,
            Problems problems) {
        SourceDocument source = placement.source();
        Language contentLanguage = source.file().language();
        String code = placement.language().code();
        RenderedMarkdown body;
        if (kept == null) {
            body = body(placement, config, links, i18n, problems);
        } else {
            Optional<RenderedMarkdown> reused = previous.find(source, code, addresses, links.files());
            if (reused.isPresent()) {
                body = reused.get();
                kept.keep(source, code, addresses, links.files(), body);
            } else {
                Problems own = new Problems();
                body = body(placement, config, links, i18n, own);
                if (own.isEmpty()) {
                    kept.keep(source, code, addresses, links.files(), body);
                }
                problems.addAll(own);
            }
        }
        PageKind kind = placement.key().isHome()
                ? PageKind.HOME
                : placement.key().isSectionIndex() ? PageKind.SECTION : PageKind.PAGE;
        // Titles and summaries get the quotation marks of their language, as the body does.
        return new Page(
                placement.key(),
                placement.language(),
                contentLanguage,
                source.file(),
                source.frontMatter().typeset(i18n.services(contentLanguage).quotes()),
                placement.path(),
                kind,
                body,
                Optional.ofNullable(outdated.get(source.file())),
                source.frontMatter()
                        .data()
                        .or(() -> Optional.ofNullable(translated.get(source.file())))
                        .or(() -> Optional.ofNullable(data.get(placement.key()))
                                // A timeline is text through and through: a translation shows its own or none, never
                                // German.
                                .filter(d -> !(d instanceof Timeline))));
    }

    private RenderedMarkdown body(
            Placement placement, SiteConfig config, LinkContext links, I18n i18n, Problems problems) {
        Language contentLanguage = placement.source().file().language();
        LinkTargets targets = new TreeLinks(
                config,
                links.pages(),
                placement.language(),
                contentLanguage,
                placement.key(),
                links.files(),
                imageSizes,
                links.unreadable());
        return markdown.renderBody(
                placement.source(),
                i18n.services(contentLanguage).quotes(),
                contentLanguage.isRightToLeft(),
                config.rawHtml(),
                config.checks().pageRenderTime(),
                targets,
                problems);
    }

    /**
     * A page of an assembled site with its body rendered again from {@code source}, whose front matter is
     * unchanged: links resolve against the site as it is.
     */
    public Page rerender(
            Site site, Page page, SourceDocument source, ContentScanner.Scan scan, I18n i18n, Problems problems) {
        Map<String, Path> files = publishedFiles(scan);
        Map<String, Map<TranslationKey, SitePath>> addresses = new HashMap<>();
        for (Language language : site.languages()) {
            Map<TranslationKey, SitePath> paths = new HashMap<>();
            site.pagesIn(language).forEach(p -> paths.put(p.key(), p.path()));
            addresses.put(language.code(), paths);
        }
        Language contentLanguage = page.contentLanguage();
        LinkTargets targets = new TreeLinks(
                site.config(),
                new PageAddresses(addresses),
                page.language(),
                contentLanguage,
                page.key(),
                files,
                imageSizes,
                Set.of());
        RenderedMarkdown body = markdown.renderBody(
                source,
                i18n.services(contentLanguage).quotes(),
                contentLanguage.isRightToLeft(),
                site.config().rawHtml(),
                site.config().checks().pageRenderTime(),
                targets,
                problems);
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

    /** Section listings: by weight (weighted pages first), then title in the language's collation. */
    private Map<String, Map<TranslationKey, List<Page>>> children(
            SiteConfig config, Map<String, Map<TranslationKey, Page>> pages, I18n i18n) {
        Map<String, Map<TranslationKey, List<Page>>> children = new HashMap<>();
        for (Language language : config.languages()) {
            Comparator<String> collation = i18n.services(language).collation();
            Comparator<Page> order = Comparator.<Page>comparingInt(
                            p -> p.frontMatter().weight().orElse(Integer.MAX_VALUE))
                    .thenComparing(Page::title, collation)
                    .thenComparing(Page::key);
            Map<TranslationKey, List<Page>> sections = new HashMap<>();
            for (Page page : pages.get(language.code()).values()) {
                page.key()
                        .parent()
                        .ifPresent(parent -> sections.computeIfAbsent(parent, k -> new ArrayList<>())
                                .add(page));
            }
            sections.replaceAll((k, list) -> list.stream().sorted(order).toList());
            children.put(language.code(), sections);
        }
        return children;
    }

    private Map<String, List<MenuEntry>> menus(
            SiteConfig config,
            Map<String, Map<TranslationKey, Page>> pages,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Map<String, List<MenuEntry>> menus = new HashMap<>();
        for (Language language : config.languages()) {
            List<MenuEntry> entries = new ArrayList<>();
            for (MenuItem item : language.menu()) {
                if (item.url().isPresent()) {
                    entries.add(new MenuEntry(item.title(), item.url().get(), Optional.empty()));
                    continue;
                }
                String link = item.page().orElseThrow();
                Optional<TranslationKey> key =
                        TranslationKey.ofLink(link.endsWith(".md") ? link : link + ".md", TranslationKey.HOME);
                Optional<Page> target = key.map(k -> pages.get(language.code()).get(k));
                if (target.isEmpty() && key.filter(unreadable::contains).isPresent()) {
                    continue; // the page's file reports its own errors
                }
                if (target.isEmpty()) {
                    problems.error(
                            item.position(),
                            "menu entry '" + item.title() + "' points at '" + link + "', which does not exist",
                            DidYouMean.closest(
                                            key.map(TranslationKey::value).orElse(link),
                                            pages.get(language.code()).keySet().stream()
                                                    .map(TranslationKey::value)
                                                    .toList())
                                    .map(k -> "did you mean '/" + k + ".md'?"));
                    continue;
                }
                entries.add(new MenuEntry(item.title(), target.get().path().href(config.baseUrl()), key));
            }
            menus.put(language.code(), List.copyOf(entries));
        }
        return menus;
    }

    /** Every page a language's translation scope names must be a page of the default language. */
    private static void checkTranslationScopes(
            SiteConfig config, Map<TranslationKey, Map<String, SourceDocument>> byKey, Problems problems) {
        String original = config.defaultLanguage().code();
        List<String> keys = byKey.entrySet().stream()
                .filter(e -> e.getValue().containsKey(original))
                .map(e -> e.getKey().value())
                .toList();
        config.translation().scopes().forEach((code, scope) -> {
            for (String link : scope.pages()) {
                Optional<TranslationKey> key =
                        TranslationKey.ofLink(link.endsWith(".md") ? link : link + ".md", TranslationKey.HOME);
                if (key.filter(k -> byKey.getOrDefault(k, Map.of()).containsKey(original))
                        .isEmpty()) {
                    problems.error(
                            scope.position(),
                            "translation scope of '" + code + "' names '" + link + "', which is no page of "
                                    + config.defaultLanguage().name(),
                            DidYouMean.closest(key.map(TranslationKey::value).orElse(link), keys)
                                    .map(k -> "did you mean '/" + k + ".md'?"));
                }
            }
        });
    }

    /**
     * A published role model names a person, their origin (a special category of personal data, Art. 9 GDPR) and
     * their story: it needs the date the person agreed. Drafts are left out (also when built with --drafts, which
     * previews them), so a portrait can be prepared first.
     */
    private static void checkConsent(Map<TranslationKey, Map<String, SourceDocument>> byKey, Problems problems) {
        for (Map<String, SourceDocument> versions : byKey.values()) {
            for (SourceDocument document : versions.values()) {
                if (document.frontMatter().data().orElse(null) instanceof RoleModel person
                        && person.consent().isEmpty()
                        && !document.frontMatter().draft()) {
                    problems.error(
                            document.file().position(1),
                            "a role model needs 'consent: DATE', the day the person agreed to the"
                                    + " publication of name, origin and story",
                            Optional.of(
                                    "origin is a special category of personal data"
                                            + " (Art. 9 GDPR): keep the written consent on file, then write its date; until then keep 'draft: true'"));
                }
            }
        }
    }

    /** Images named in front matter (project pictures, portraits) must exist like those in Markdown. */
    private static void checkPictures(List<SourceDocument> documents, Set<String> files, Problems problems) {
        for (SourceDocument document : documents) {
            List<Picture> pictures = document.frontMatter()
                    .data()
                    .map(d -> ContentTypes.of(d).pictures(d))
                    .orElse(List.of());
            for (Picture picture : pictures) {
                String path = picture.src().startsWith("/")
                        ? picture.src().substring(1)
                        : document.key().directory().map(d -> d + "/").orElse("") + picture.src();
                if (!files.contains(path)) {
                    problems.error(
                            picture.position(),
                            "image '" + picture.src() + "' not found",
                            Optional.of("put it next to the page or in assets/"));
                }
            }
        }
    }

    /** What each page's type checks against the build date (e.g. a measure's status left unchanged for a year). */
    private static void checkByType(List<SourceDocument> documents, java.time.LocalDate today, Problems problems) {
        for (SourceDocument document : documents) {
            document.frontMatter().data().ifPresent(d -> ContentTypes.of(d).check(d, today, problems));
        }
    }

    /** Taxonomy pages take addresses below each home; a content page there would be overwritten. */
    private static void checkTaxonomyClashes(
            List<Taxonomy.Index> taxonomies, Map<String, Map<TranslationKey, Page>> pages, Problems problems) {
        Map<String, Page> byPath = new HashMap<>();
        pages.values()
                .forEach(tree -> tree.values().forEach(p -> byPath.put(p.path().folded(), p)));
        for (Taxonomy.Index index : taxonomies) {
            List<SitePath> paths = new ArrayList<>();
            paths.add(index.path());
            index.terms().forEach(t -> paths.add(t.path()));
            for (SitePath path : paths) {
                Page page = byPath.get(path.folded());
                if (page != null && !page.isFallback()) {
                    problems.error(
                            page.source().position(1),
                            "has the address " + path + ", which the "
                                    + index.taxonomy().name() + " pages use",
                            Optional.of("move the page or give it another 'slug'"));
                }
            }
        }
    }

    /**
     * The address of the search page or the A–Z index below each home, its last segment a UI string ({@code
     * search.slug}), so that it reads in the tree's language: {@code /de/suche/}, {@code /ar/بحث/}.
     */
    private static Map<String, SitePath> findingPages(
            SiteConfig config, Map<String, Map<TranslationKey, Page>> pages, I18n i18n, String slugKey) {
        Map<String, SitePath> paths = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Page home = pages.get(language.code()).get(TranslationKey.HOME);
            if (home != null) {
                paths.put(
                        language.code(),
                        home.path()
                                .folder(SitePath.segmentOf(
                                        i18n.messages(language).format(slugKey))));
            }
        }
        return paths;
    }

    /** The search page and the A–Z index would overwrite a page at their address, or each other. */
    private static void checkFindingClashes(
            Map<String, SitePath> searchPages,
            Map<String, SitePath> keywordPages,
            Map<String, Map<TranslationKey, Page>> pages,
            Problems problems) {
        Map<String, Page> byPath = new HashMap<>();
        pages.values()
                .forEach(tree ->
                        tree.values().forEach(p -> byPath.putIfAbsent(p.path().folded(), p)));
        for (Map.Entry<String, SitePath> entry : new TreeMap<>(searchPages).entrySet()) {
            SitePath keywords = keywordPages.get(entry.getKey());
            if (entry.getValue().folded().equals(keywords.folded())) {
                problems.error(
                        SourcePosition.file(I18n.I18N_DIR + "/" + entry.getKey() + ".yaml"),
                        "'search.slug' and 'keywords.slug' give the search page "
                                + "and the A–Z index the same address " + keywords,
                        Optional.of("give them different slugs"));
            }
            for (SitePath path : List.of(entry.getValue(), keywords)) {
                Page page = byPath.get(path.folded());
                if (page != null) {
                    String what = path.equals(keywords) ? "A–Z index" : "search page";
                    problems.error(
                            page.source().position(1),
                            "has the address " + path + ", which the " + what + " uses",
                            Optional.of("move the page or give it another 'slug'"));
                }
            }
        }
    }

    /**
     * Per language, the words in the addresses of generated pages, UI strings ({@code pagination.slug}, {@code
     * slug.tags}, …) so that they read in the tree's language: {@code /de/schlagwoerter/familie/seite/2/},
     * {@code /ar/وسوم/…/صفحة/2/}.
     */
    private static Map<String, AddressWords> addressWords(SiteConfig config, I18n i18n, Problems problems) {
        Map<String, AddressWords> words = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            AddressWords own = AddressWords.of(i18n.messages(language), i18n.services(language));
            words.put(language.code(), own);
            // Two kinds of generated page under one word would overwrite each other's pages.
            for (List<String> group : List.of(
                    List.of(own.tags(), own.districts()),
                    List.of(own.level(), own.district(), own.weekday(), own.childcare(), own.archive()))) {
                if (new HashSet<>(group).size() < group.size()) {
                    problems.error(
                            SourcePosition.file(I18n.I18N_DIR + "/" + language.code() + ".yaml"),
                            "the 'slug' words give two kinds of page" + " the same address segment: "
                                    + String.join(", ", group),
                            Optional.of("give each 'slug.…' its own word"));
                }
            }
        }
        return words;
    }

    /** The pages of a split A–Z index lie below its address; a content page there would be overwritten. */
    private static void checkKeywordPartClashes(
            List<KeywordIndex> indexes, Map<String, Map<TranslationKey, Page>> pages, Problems problems) {
        Map<String, Page> byPath = new HashMap<>();
        pages.values()
                .forEach(tree ->
                        tree.values().forEach(p -> byPath.putIfAbsent(p.path().folded(), p)));
        for (KeywordIndex index : indexes) {
            for (KeywordIndex.Part part : index.parts()) {
                Page page = byPath.get(part.path().folded());
                if (page != null) {
                    problems.error(
                            page.source().position(1),
                            "has the address " + part.path() + ", which the A–Z index uses for the letter "
                                    + part.label(),
                            Optional.of("move the page or give it another 'slug'"));
                }
            }
        }
    }

    private List<Redirect> redirects(
            SiteConfig config, Map<String, Map<TranslationKey, Page>> pages, Problems problems) {
        Set<String> taken = new HashSet<>();
        pages.values()
                .forEach(tree -> tree.values().forEach(p -> taken.add(p.path().folded())));
        List<Redirect> redirects = new ArrayList<>();
        for (Language language : config.languages()) {
            for (Page page : pages.get(language.code()).values()) {
                if (page.isFallback()) {
                    continue; // aliases belong to the file that declares them, in its own language
                }
                for (Alias alias : page.frontMatter().aliases()) {
                    SitePath from = new SitePath(alias.path().substring(1));
                    if (!taken.add(from.folded())) {
                        problems.error(
                                page.source().position(1),
                                "alias '" + alias.path() + "' is already the address of another page or alias");
                        continue;
                    }
                    redirects.add(new Redirect(from, page, alias));
                }
            }
        }
        return redirects;
    }
}
