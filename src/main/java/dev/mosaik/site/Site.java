package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.StaticFile;
import dev.mosaik.content.TranslationKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assembled site: every page of every language tree and the relations between them, computed once per
 * build so that rendering a page never searches the whole site.
 */
public final class Site {

    private final SiteConfig config;
    private final Map<String, Map<TranslationKey, Page>> pagesByLanguage;
    private final Map<String, Map<TranslationKey, List<Page>>> children;
    private final Map<String, List<MenuEntry>> menus;
    private final List<Redirect> redirects;
    private final List<StaticFile> staticFiles;
    private final CrossLinks crossLinks;
    private final List<Taxonomy.Index> taxonomies;
    private final Map<String, SitePath> searchPages;
    private final List<KeywordIndex> keywordIndexes;

    Site(SiteConfig config, Map<String, Map<TranslationKey, Page>> pagesByLanguage, Map<String, Map<TranslationKey, List<Page>>> children,
            Map<String, List<MenuEntry>> menus, List<Redirect> redirects, List<StaticFile> staticFiles, CrossLinks crossLinks,
            List<Taxonomy.Index> taxonomies, Map<String, SitePath> searchPages, List<KeywordIndex> keywordIndexes) {
        this.config = config;
        this.pagesByLanguage = pagesByLanguage;
        this.children = children;
        this.menus = menus;
        this.redirects = List.copyOf(redirects);
        this.staticFiles = List.copyOf(staticFiles);
        this.crossLinks = crossLinks;
        this.taxonomies = List.copyOf(taxonomies);
        this.searchPages = Map.copyOf(searchPages);
        this.keywordIndexes = List.copyOf(keywordIndexes);
    }

    /** The address of the search page of a language tree (none for a tree without a home page). */
    public Optional<SitePath> searchPage(Language language) {
        return Optional.ofNullable(searchPages.get(language.code()));
    }

    /** The A–Z index of a language tree. */
    public Optional<KeywordIndex> keywordIndex(Language language) {
        return keywordIndexes.stream().filter(i -> i.language().equals(language)).findFirst();
    }

    public List<KeywordIndex> keywordIndexes() {
        return keywordIndexes;
    }

    /** Tag and district indexes of every language tree. */
    public List<Taxonomy.Index> taxonomies() {
        return taxonomies;
    }

    public Optional<Taxonomy.Index> taxonomy(Taxonomy taxonomy, Language language) {
        return taxonomies.stream().filter(i -> i.taxonomy().equals(taxonomy) && i.language().equals(language)).findFirst();
    }

    /** The page of a term (a tag, a district) in a language tree. */
    public Optional<Taxonomy.Term> term(Taxonomy taxonomy, Language language, String name) {
        return taxonomy(taxonomy, language).flatMap(i -> i.terms().stream().filter(t -> t.name().equals(name.strip())).findFirst());
    }

    /** The projects of a field of action, in its language's tree. */
    public List<Page> projectsOf(Page field) {
        return inTree(field.language(), crossLinks.projectsOf(field.key()));
    }

    /** The fields of action a project belongs to. */
    public List<Page> fieldsOf(Page project) {
        return inTree(project.language(), crossLinks.fieldsOf(project.key()));
    }

    /** The fields of action an event belongs to. */
    public List<Page> fieldsOfEvent(Page event) {
        return inTree(event.language(), crossLinks.fieldsOfEvent(event.key()));
    }

    /** The events of a field of action. */
    public List<Page> eventsOf(Page field) {
        return inTree(field.language(), crossLinks.eventsOf(field.key()));
    }

    private List<Page> inTree(Language language, List<TranslationKey> keys) {
        return keys.stream().map(k -> page(language, k)).flatMap(Optional::stream).toList();
    }

    /**
     * This site with some pages replaced by new versions of themselves (same key, language and address, new
     * text): the preview's fast path after an edit that changed only a page's body.
     */
    public Site withPages(List<Page> replacements) {
        Map<String, Map<TranslationKey, Page>> pages = new java.util.LinkedHashMap<>();
        pagesByLanguage.forEach((code, tree) -> pages.put(code, new java.util.TreeMap<>(tree)));
        for (Page page : replacements) {
            pages.get(page.language().code()).put(page.key(), page);
        }
        return new Site(config, pages, children, menus, redirects, staticFiles, crossLinks, taxonomies, searchPages, keywordIndexes);
    }

    public SiteConfig config() {
        return config;
    }

    public List<Language> languages() {
        return config.languages();
    }

    /** All pages, language by language in configured order, each language's pages by key. */
    public List<Page> pages() {
        List<Page> all = new ArrayList<>();
        for (Language language : config.languages()) {
            all.addAll(pagesByLanguage.getOrDefault(language.code(), Map.of()).values());
        }
        return all;
    }

    public Optional<Page> page(Language language, TranslationKey key) {
        return Optional.ofNullable(pagesByLanguage.getOrDefault(language.code(), Map.of()).get(key));
    }

    public Optional<Page> home(Language language) {
        return page(language, TranslationKey.HOME);
    }

    /** The same page in every language, in configured order; a language without it is skipped. */
    public List<Page> translations(Page page) {
        List<Page> result = new ArrayList<>();
        for (Language language : config.languages()) {
            page(language, page.key()).ifPresent(result::add);
        }
        return result;
    }

    /** The pages of a section (or of the home page: the top level), in display order. */
    public List<Page> children(Page section) {
        return children.getOrDefault(section.language().code(), Map.of()).getOrDefault(section.key(), List.of());
    }

    /** The pages above {@code page}, home first, not including the page itself. */
    public List<Page> ancestors(Page page) {
        List<Page> chain = new ArrayList<>();
        Optional<TranslationKey> parent = page.key().parent();
        while (parent.isPresent()) {
            page(page.language(), parent.get()).ifPresent(p -> chain.add(0, p));
            parent = parent.get().parent();
        }
        return chain;
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
        return menus.getOrDefault(language.code(), List.of());
    }

    public List<Redirect> redirects() {
        return redirects;
    }

    public List<StaticFile> staticFiles() {
        return staticFiles;
    }
}
