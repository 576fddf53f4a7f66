package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.TranslationKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Collects the tags and districts of every language tree into taxonomy pages, once per build. */
final class TaxonomyBuilder {

    private TaxonomyBuilder() {}

    /** @param types the content types of the build, which name the district a page is listed under */
    static List<Taxonomy.Index> build(
            ContentTypes types,
            List<Language> languages,
            Map<Language, Map<TranslationKey, Page>> pages,
            Function<Language, Comparator<String>> collation,
            Map<Language, AddressWords> words) {
        List<Taxonomy.Index> indexes = new ArrayList<>();
        for (Language language : languages) {
            Map<TranslationKey, Page> tree = pages.get(language);
            Page home = tree.get(TranslationKey.HOME);
            if (home == null) {
                continue;
            }
            for (Taxonomy taxonomy : Taxonomy.all()) {
                Map<String, List<Page>> byTerm = new TreeMap<>(collation.apply(language));
                for (Page page : tree.values()) {
                    for (String term : termsOf(types, taxonomy, page)) {
                        byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(page);
                    }
                }
                if (byTerm.isEmpty()) {
                    continue;
                }
                SitePath indexPath = home.path()
                        .folder(words.getOrDefault(language, AddressWords.LEGACY)
                                .taxonomy(taxonomy));
                Map<String, String> slugs = new LinkedHashMap<>();
                List<Taxonomy.Term> terms = new ArrayList<>();
                for (Map.Entry<String, List<Page>> entry : byTerm.entrySet()) {
                    String slug = uniqueSlug(slugOf(entry.getKey()), slugs);
                    slugs.put(slug, entry.getKey());
                    List<Page> sorted = entry.getValue().stream()
                            .sorted(Comparator.comparing(Page::title, collation.apply(language))
                                    .thenComparing(Page::key))
                            .toList();
                    terms.add(new Taxonomy.Term(taxonomy, language, entry.getKey(), indexPath.folder(slug), sorted));
                }
                indexes.add(new Taxonomy.Index(taxonomy, language, indexPath, terms));
            }
        }
        return indexes;
    }

    private static List<String> termsOf(ContentTypes types, Taxonomy taxonomy, Page page) {
        if (taxonomy.equals(Taxonomy.TAGS)) {
            return page.frontMatter().tags().stream()
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .distinct()
                    .toList();
        }
        Optional<String> district = page.data().flatMap(data -> types.of(data).district(data));
        return district.map(String::strip).filter(d -> !d.isEmpty()).stream().toList();
    }

    static String slugOf(String term) {
        return SitePath.segmentOf(term);
    }

    private static String uniqueSlug(String slug, Map<String, String> taken) {
        String candidate = slug;
        for (int n = 2; taken.containsKey(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
