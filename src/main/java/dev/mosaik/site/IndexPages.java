package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.Pagination;
import dev.mosaik.content.TranslationKey;
import java.util.List;
import java.util.Optional;

/**
 * The generated pages that index a language tree — its search page, its A–Z index, its taxonomies and their terms,
 * its sections' listings split into pages — and their addresses. The {@link Site} asks these questions here and
 * notes them for the preview; kept apart so that the site's own class reads as the list of its questions.
 */
final class IndexPages {

    private final SiteParts parts;
    private final Pagination pagination;
    private final TaxonomyTerms terms;

    IndexPages(SiteParts parts, Pagination pagination) {
        this.parts = parts;
        this.pagination = pagination;
        this.terms = new TaxonomyTerms(parts.taxonomies());
    }

    Optional<SitePath> searchPage(Language language) {
        return Optional.ofNullable(parts.searchPages().get(language));
    }

    Optional<KeywordIndex> keywordIndex(Language language) {
        return parts.keywordIndex(language);
    }

    /** The letters of a split A–Z index; empty when the index is one page. */
    Optional<List<KeywordIndex.LetterSummary>> keywordOverview(Language language) {
        return keywordIndex(language).filter(KeywordIndex::split).map(KeywordIndex::overview);
    }

    Optional<KeywordIndex.PartPage> keywordPart(Language language, SitePath path) {
        return keywordIndex(language).flatMap(i -> i.page(path));
    }

    Optional<SitePath> taxonomyPath(Taxonomy taxonomy, Language language) {
        return parts.taxonomy(taxonomy, language).map(Taxonomy.Index::path);
    }

    Optional<SitePath> termPath(Taxonomy taxonomy, Language language, String name) {
        return terms.find(taxonomy, language, name).map(Taxonomy.Term::path);
    }

    Optional<ListingPage> termPage(Taxonomy taxonomy, Language language, String name, int number) {
        return terms.page(taxonomy, language, name, listingSegment(language), pagination, number);
    }

    Optional<Language> termLanguage(Taxonomy taxonomy, Language language, String name) {
        return terms.language(taxonomy, language, name);
    }

    /**
     * Page {@code number} of a section's listing; none for a section whose pages are of a type that lists them in
     * its own way (events, courses, newsletter issues: {@code ContentTypes.listItsOwnPages}).
     */
    Optional<ListingPage> sectionPage(Language language, TranslationKey section, int number) {
        return parts.find(language, section)
                .filter(p -> p.kind() == PageKind.SECTION)
                .flatMap(p -> {
                    List<Page> pages = parts.childrenOf(language, section);
                    return parts.crossLinks()
                                    .types()
                                    .listItsOwnPages(pages.stream().flatMap(pg -> pg.data().stream()))
                            ? Optional.empty()
                            : ListingPage.of(p.path(), listingSegment(language), pages, pagination, number);
                });
    }

    /** The words of a tree's generated addresses; the old German ones for a tree that names none. */
    AddressWords addressWords(Language language) {
        return parts.words().getOrDefault(language, AddressWords.LEGACY);
    }

    private String listingSegment(Language language) {
        return addressWords(language).page();
    }
}
