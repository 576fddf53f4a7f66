package dev.mosaik.site;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.content.TypedData;
import dev.mosaik.content.TypedLink;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The links between typed pages, in both directions: whatever a page's type says it links to ({@code fields:},
 * {@code place:}, a measure's {@code projects:} …), each linked page knows too. Computed once per build from the
 * pages' data; a link to a missing page or to a page of the wrong type is an error at the line that names it.
 */
final class CrossLinks {

    /** The types the links were computed by: those of the build, which the site answers with. */
    private final ContentTypes types;

    private final Map<TranslationKey, TypedData> data;
    /** Both ends of every link, in the order the links were resolved (pages in key order, links in reading order). */
    private final Map<TranslationKey, Set<TranslationKey>> linked = new TreeMap<>();

    private CrossLinks(ContentTypes types, Map<TranslationKey, TypedData> data) {
        this.types = types;
        this.data = new TreeMap<>(data);
    }

    ContentTypes types() {
        return types;
    }

    /**
     * @param data       the typed data of every page, by key (taken from the default language where it exists)
     * @param unreadable pages with a source that could not be read: reported there, so a link to one is not reported too
     */
    static CrossLinks compute(
            ContentTypes types,
            Map<TranslationKey, TypedData> data,
            Set<TranslationKey> unreadable,
            Problems problems) {
        CrossLinks links = new CrossLinks(types, data);
        for (Map.Entry<TranslationKey, TypedData> entry : data.entrySet()) {
            TranslationKey key = entry.getKey();
            for (TypedLink link : types.of(entry.getValue()).links(entry.getValue())) {
                resolve(key, link, data, unreadable, problems).ifPresent(target -> links.link(key, target));
            }
        }
        return links;
    }

    /** The page a link names, if it is of a type the link accepts; else an error naming the closest such page. */
    private static Optional<TranslationKey> resolve(
            TranslationKey from,
            TypedLink link,
            Map<TranslationKey, TypedData> data,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Optional<TranslationKey> key = TranslationKey.ofLink(link.link(), from);
        TypedData found = key.map(data::get).orElse(null);
        if (found != null && link.accepts(found)) {
            return key;
        }
        if (found == null && key.filter(unreadable::contains).isPresent()) {
            return Optional.empty();
        }
        Collection<String> candidates = data.entrySet().stream()
                .filter(e -> link.accepts(e.getValue()))
                .map(e -> e.getKey().value())
                .toList();
        problems.error(
                link.position(),
                "'" + link.target() + "' is not " + link.what(),
                DidYouMean.closest(key.map(TranslationKey::value).orElse(link.target()), candidates)
                        .map(k -> "did you mean '/" + k + ".md'?")
                        .or(link::fallback));
        return Optional.empty();
    }

    private void link(TranslationKey from, TranslationKey to) {
        linked.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        linked.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
    }

    /** The pages of {@code type} that {@code page} links to or that link to it. */
    List<TranslationKey> linked(TranslationKey page, Class<? extends TypedData> type) {
        return linked.getOrDefault(page, Set.of()).stream()
                .filter(k -> type.isInstance(data.get(k)))
                .toList();
    }
}
