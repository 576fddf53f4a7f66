package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.Pagination;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every term by taxonomy, language and name: each page of each term's listing looks its term up. */
final class TaxonomyTerms {

    /** A term's name in one taxonomy of one tree. */
    private record Name(Taxonomy taxonomy, Language language, String name) {}

    private final Map<Name, Taxonomy.Term> terms;

    TaxonomyTerms(List<Taxonomy.Index> taxonomies) {
        Map<Name, Taxonomy.Term> byName = new HashMap<>();
        taxonomies.forEach(index -> index.terms()
                .forEach(term -> byName.put(new Name(index.taxonomy(), index.language(), term.name()), term)));
        this.terms = Map.copyOf(byName);
    }

    /** The term named {@code name} (surrounding spaces do not count). */
    Optional<Taxonomy.Term> find(Taxonomy taxonomy, Language language, String name) {
        return Optional.ofNullable(terms.get(new Name(taxonomy, language, name.strip())));
    }

    /** Page {@code number} of a term's listing, below the term's address. */
    Optional<ListingPage> page(
            Taxonomy taxonomy, Language language, String name, String segment, Pagination pagination, int number) {
        return find(taxonomy, language, name)
                .flatMap(t -> ListingPage.of(t.path(), segment, t.pages(), pagination, number));
    }

    /** The language a term is written in: that of the first page that carries it. */
    Optional<Language> language(Taxonomy taxonomy, Language language, String name) {
        return find(taxonomy, language, name)
                .map(t -> t.pages().isEmpty() ? language : t.pages().get(0).contentLanguage());
    }
}
