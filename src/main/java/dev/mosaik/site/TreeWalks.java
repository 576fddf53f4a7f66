package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.Newsletter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers that several outputs ask for and that cost a walk over a whole language tree: each is computed once, when
 * first asked, and kept for the life of the {@link Site} (shared by its recording views). Concurrent, because pages
 * are rendered in parallel.
 */
final class TreeWalks {

    /** The first page of a type in a tree, once asked for. */
    private record TypeInTree(Language language, String type) {}

    private final SiteParts parts;
    private final Map<Language, List<Page>> newsletterSections = new ConcurrentHashMap<>();
    private final Map<TypeInTree, Optional<Page>> pagesOfType = new ConcurrentHashMap<>();

    TreeWalks(SiteParts parts) {
        this.parts = parts;
    }

    /** The sections (and home pages) of a tree that list newsletter issues, in page order. */
    List<Page> newsletterSections(Language language) {
        return newsletterSections.computeIfAbsent(
                language,
                l -> parts.tree(language).values().stream()
                        .filter(p -> p.kind() != PageKind.PAGE
                                && parts.childrenOf(language, p.key()).stream()
                                        .anyMatch(c -> c.data().orElse(null) instanceof Newsletter))
                        .toList());
    }

    /** The first page of a tree, in page order, whose front matter names {@code type}. */
    Optional<Page> pageOfType(Language language, String type) {
        return pagesOfType.computeIfAbsent(
                new TypeInTree(language, type),
                k -> parts.tree(language).values().stream()
                        .filter(p -> p.frontMatter().type().filter(type::equals).isPresent())
                        .findFirst());
    }
}
