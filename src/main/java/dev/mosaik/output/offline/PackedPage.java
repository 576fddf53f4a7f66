package dev.mosaik.output.offline;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One page made ready for a pack, from one reading of it: the site's files it links to or loads (which decide what
 * else the pack holds), and its entry, its links made relative where the pack holds their target.
 *
 * @param links   the files the page as written points to
 * @param answers for each file a link of the page leads to, whether the pack holds it: the entry is right for every
 *                pack that answers alike
 */
record PackedPage(List<String> links, Map<String, Boolean> answers, PackEntry entry) {

    PackedPage {
        links = List.copyOf(links);
        answers = Map.copyOf(answers);
    }

    /** Whether the entry is right for a pack that holds what {@code holds} says. */
    boolean fits(Predicate<String> holds) {
        return answers.entrySet().stream().allMatch(a -> holds.test(a.getKey()) == a.getValue());
    }
}
