package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lists of a {@link ProseOverlay} (a field's measures, a project's images, a newsletter's sections): a translation
 * writes each entry's prose in the original's order, and its entries are matched to the original's by their place.
 */
final class ProseLists {

    private ProseLists() {}

    /** Entries of a list in the translation, or empty when the translation does not translate the list. */
    static <T> Optional<List<T>> entries(
            YamlMapping map, String key, List<String> allowed, Function<YamlMapping, T> read) {
        if (!map.has(key)) {
            return Optional.empty();
        }
        List<T> entries = new ArrayList<>();
        for (YamlMapping entry : map.mappings(key)) {
            entry.allowOnly(allowed, GermanKeys.SYNONYMS);
            entries.add(read.apply(entry));
        }
        return Optional.of(entries);
    }

    /** The translated list, if its length is the original's; else an error at the list and no translation. */
    static <T> Optional<List<T>> matching(
            Optional<List<T>> entries, int originalSize, String what, SourcePosition at, Problems problems) {
        if (entries.isPresent() && entries.get().size() != originalSize) {
            problems.error(
                    at,
                    "the original has " + originalSize + " " + what + ", this translation "
                            + entries.get().size(),
                    Optional.of("translate every entry, in the original's order; entries are matched by their place"));
            return Optional.empty();
        }
        return entries;
    }
}
