package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.StaticFile;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.content.TypedData;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The assembled site: every page of every language tree and the relations between them, computed once per
 * build so that rendering a page never searches the whole site.
 */
public final class Site {

    private final SiteConfig config;
    private final SiteParts parts;
    private final IndexPages indexes;
    private final TreeWalks walks;
    /** The site without recording, which answers the questions; {@code this} unless this is a recording view. */
    private final Site plain;
    /** Where a recording view notes what it was asked; null for the plain site. */
    private final SiteReads reads;

    Site(SiteConfig config, SiteParts parts) {
        this.config = config;
        this.parts = parts;
        this.indexes = new IndexPages(parts, config.pagination());
        this.walks = new TreeWalks(parts);
        this.plain = this;
        this.reads = null;
    }

    private Site(Site plain, SiteReads reads) {
        this.config = plain.config;
        this.parts = plain.parts;
        this.indexes = plain.indexes;
        this.walks = plain.walks;
        this.plain = plain;
        this.reads = reads;
    }

    /**
     * This site, noting in {@code reads} every question asked of it about pages, taxonomies, menus and redirects
     * with its answer. The configuration is not noted: a change to it rebuilds everything.
     */
    public Site recordingInto(SiteReads reads) {
        return new Site(plain, reads);
    }

    private <T> T noted(Function<Site, T> question) {
        T answer = question.apply(plain);
        if (reads != null) {
            reads.add(question, answer);
        }
        return answer;
    }

    /** The address of the search page of a language tree (none for a tree without a home page). */
    public Optional<SitePath> searchPage(Language language) {
        return noted(s -> s.indexes.searchPage(language));
    }

    /** The A–Z index of a language tree. */
    public Optional<KeywordIndex> keywordIndex(Language language) {
        return noted(s -> s.indexes.keywordIndex(language));
    }

    /**
     * The address of a language tree's A–Z index: all that the links to it need, so that they do not depend on
     * the keywords in it (every page links to it; a new title must not render them all again).
     */
    public Optional<SitePath> keywordIndexPath(Language language) {
        return noted(s -> s.indexes.keywordIndex(language).map(KeywordIndex::path));
    }

    /**
     * The letters of a language tree's A–Z index when it is split into pages: what its overview shows, without
     * the keywords (a new title changes the overview only when it changes a letter's count or pages). Empty when
     * the index is one page.
     */
    public Optional<List<KeywordIndex.LetterSummary>> keywordOverview(Language language) {
        return noted(s -> s.indexes.keywordOverview(language));
    }

    /** The page at {@code path} of a language tree's split A–Z index, with the links it needs; empty when there is none. */
    public Optional<KeywordIndex.PartPage> keywordPart(Language language, SitePath path) {
        return noted(s -> s.indexes.keywordPart(language, path));
    }

    /** Tag and district indexes of every language tree. */
    public List<Taxonomy.Index> taxonomies() {
        return noted(s -> s.parts.taxonomies());
    }

    /**
     * The address of a term's page (a tag, a district): all that a link to it needs. Asking for the term itself
     * would make every page with a tag depend on every page with the same tag.
     */
    public Optional<SitePath> termPath(Taxonomy taxonomy, Language language, String name) {
        return noted(s -> s.indexes.termPath(taxonomy, language, name));
    }

    /**
     * Page {@code number} of a term's listing: its share of the term's pages and how many pages there are, which
     * is all that page shows of the term. Empty when the term has no such page.
     */
    public Optional<ListingPage> termPage(Taxonomy taxonomy, Language language, String name, int number) {
        return noted(s -> s.indexes.termPage(taxonomy, language, name, number));
    }

    /**
     * The language a term is written in: that of the first page that carries it. An untranslated page in the
     * Arabic tree brings its German tags along, and "Familie" must be read with a German voice there.
     */
    public Optional<Language> termLanguage(Taxonomy taxonomy, Language language, String name) {
        return noted(s -> s.indexes.termLanguage(taxonomy, language, name));
    }

    /**
     * Page {@code number} of a section's listing of its pages: its share of them and how many pages there are.
     * Empty when there is no such page, and for a section of events, courses or newsletter issues: those have
     * listings of their own (upcoming and past, the course finder, the archive by year), which are not split.
     */
    public Optional<ListingPage> sectionPage(Language language, TranslationKey section, int number) {
        return noted(s -> s.indexes.sectionPage(language, section, number));
    }

    /** The words in the addresses of a language tree's generated pages: taxonomies, the course finder, listing pages. */
    public AddressWords addressWords(Language language) {
        return indexes.addressWords(language);
    }

    /** The address of a taxonomy's index page in a language tree. */
    public Optional<SitePath> taxonomyPath(Taxonomy taxonomy, Language language) {
        return noted(s -> s.indexes.taxonomyPath(taxonomy, language));
    }

    /**
     * The pages of {@code type} linked with {@code page} in its language's tree: those it names (a project's fields
     * of action, a course's place) and those that name it (a field's projects and events), in the order written.
     */
    public List<Page> linked(Page page, Class<? extends TypedData> type) {
        return noted(s -> s.inTree(page.language(), s.parts.crossLinks().linked(page.key(), type)));
    }

    /** {@link #linked(Page, Class)}, each page made into {@code as} (e.g. an entry of a view's list). */
    public <V> List<V> linked(Page page, Class<? extends TypedData> type, Function<Page, V> as) {
        return linked(page, type).stream().map(as).toList();
    }

    /** The first page of {@code type} linked with {@code page}, e.g. the place a course meets at. */
    public Optional<Page> firstLinked(Page page, Class<? extends TypedData> type) {
        return linked(page, type).stream().findFirst();
    }

    /** The typed data of {@code page} if it is of {@code type}. */
    public static <T extends TypedData> Optional<T> dataOf(Page page, Class<T> type) {
        return page.data().filter(type::isInstance).map(type::cast);
    }

    private List<Page> inTree(Language language, List<TranslationKey> keys) {
        return keys.stream()
                .map(k -> parts.find(language, k))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * This site with some pages replaced by new versions of themselves (same key, language and address, new
     * text): the preview's fast path after an edit that changed only a page's body.
     */
    public Site withPages(List<Page> replacements) {
        return new Site(config, parts.withPages(replacements));
    }

    public SiteConfig config() {
        return config;
    }

    /** The content types of the build (those the cross-links were computed by). */
    public ContentTypes types() {
        return parts.crossLinks().types();
    }

    public List<Language> languages() {
        return config.languages();
    }

    /** All pages, language by language in configured order, each language's pages by key. */
    public List<Page> pages() {
        return noted(s -> s.parts.all());
    }

    /** The head of a page: enough to link to it. */
    public Optional<PageHead> head(Language language, TranslationKey key) {
        return noted(s -> s.parts.find(language, key).map(PageHead::of));
    }

    /** The heads of a section's pages, in display order: enough to list them. */
    public List<PageHead> childHeads(Language language, TranslationKey section) {
        return noted(s ->
                s.parts.childrenOf(language, section).stream().map(PageHead::of).toList());
    }

    /** The heads of the pages above {@code page}, home first: enough for a breadcrumb trail. */
    public List<PageHead> ancestorHeads(Page page) {
        return ancestorHeads(page.language(), page.key());
    }

    /** The heads of the pages above the page {@code key} of a tree, home first. */
    public List<PageHead> ancestorHeads(Language language, TranslationKey key) {
        return noted(s ->
                s.parts.ancestorPages(language, key).stream().map(PageHead::of).toList());
    }

    /** The pages of one language tree, by key: what an output about that tree reads, so that it does not depend on the others. */
    public List<Page> pagesIn(Language language) {
        return noted(s -> List.copyOf(s.parts.tree(language).values()));
    }

    public Optional<Page> page(Language language, TranslationKey key) {
        return noted(s -> s.parts.find(language, key));
    }

    public Optional<Page> home(Language language) {
        return page(language, TranslationKey.HOME);
    }

    /** The same page in every language, in configured order; a language without it is skipped. */
    public List<Page> translations(Page page) {
        return noted(s -> s.parts.translations(page.key()));
    }

    /** The pages of a section (or of the home page: the top level), in display order. */
    public List<Page> children(Page section) {
        return noted(s -> s.parts.childrenOf(section.language(), section.key()));
    }

    /** The pages above {@code page}, home first, not including the page itself. */
    public List<Page> ancestors(Page page) {
        return noted(s -> s.parts.ancestorPages(page.language(), page.key()));
    }

    /**
     * Whether pages of {@code language} take part in {@code hreflang} alternates. Two languages of the site
     * may share one {@code lang} (German and Leichte Sprache, both "de"); {@code hreflang} values must be
     * unique, so only the first of them in configured order takes part.
     */
    public boolean carriesHreflang(Language language) {
        for (Language other : config.languages()) {
            if (other.htmlLang().equals(language.htmlLang())) {
                return other.code().equals(language.code());
            }
        }
        return false;
    }

    public List<MenuEntry> menu(Language language) {
        return noted(s -> s.parts.menus().getOrDefault(language, List.of()));
    }

    public List<Redirect> redirects() {
        return noted(s -> s.parts.redirects());
    }

    /**
     * The sections (and home pages) of a language that list newsletter issues, in page order: each has its own
     * feeds, linked from every page of the language.
     */
    public List<Page> newsletterSections(Language language) {
        return noted(s -> s.walks.newsletterSections(language));
    }

    /** The first page of a language tree, in page order, whose front matter names {@code type} (e.g. the status dashboard). */
    public Optional<Page> pageOfType(Language language, String type) {
        return noted(s -> s.walks.pageOfType(language, type));
    }

    public List<StaticFile> staticFiles() {
        return noted(s -> s.parts.staticFiles());
    }
}
