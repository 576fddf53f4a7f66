package dev.mosaik.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one, the way compilers and git do. */
public final class DidYouMean {

    private DidYouMean() {}

    /** A hint such as {@code did you mean 'title'?}, or empty when nothing is close enough to help. */
    public static Optional<String> hint(String input, Collection<String> candidates) {
        return closest(input, candidates).map(c -> "did you mean '" + c + "'?");
    }

    /** The same hint as {@link #hint}, to be shown in the editor's language. */
    public static Optional<UiText> suggest(String input, Collection<String> candidates) {
        return closest(input, candidates).map(c -> UiText.of("hint.didYouMean", c));
    }

    /**
     * Like {@link #suggest}, but a word in {@code synonyms} (e.g. German names of keys: {@code zeitraum → period})
     * suggests its meaning even where it is spelt nothing alike.
     */
    public static Optional<UiText> suggest(
            String input, Collection<String> candidates, java.util.Map<String, String> synonyms) {
        String meant = synonyms.get(input.toLowerCase(Locale.ROOT));
        if (meant != null && candidates.contains(meant)) {
            return Optional.of(UiText.of("hint.didYouMean", meant));
        }
        Optional<String> close =
                closest(input, synonyms.keySet()).map(synonyms::get).filter(candidates::contains);
        return suggest(input, candidates).or(() -> close.map(c -> UiText.of("hint.didYouMean", c)));
    }

    public static Optional<String> closest(String input, Collection<String> candidates) {
        String needle = input.toLowerCase(Locale.ROOT);
        // Allow roughly one typo per three letters, but at least one and at most three.
        int limit = Math.max(1, Math.min(3, needle.length() / 3));
        return candidates.stream()
                .map(c -> new Scored(c, distance(needle, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= limit)
                .min(Comparator.comparingInt((Scored s) -> s.distance).thenComparing(s -> s.candidate))
                .map(s -> s.candidate);
    }

    private record Scored(String candidate, int distance) {}

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("titel" → "title"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
