package dev.mosaik.output.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Splits text into words with ICU's word segmentation for the language (which knows Arabic, Persian with its
 * zero-width non-joiner, Cyrillic, Turkish suffixes after an apostrophe, and numbers such as 8.2.3) and gives
 * the terms the index holds for each word. A word is indexed folded ({@link Normaliser}) and also in its parts
 * where an apostrophe or a zero-width non-joiner joins them ({@code Wetzlar'da} → {@code wetzlarda},
 * {@code wetzlar}, {@code da}; {@code حوزه‌های} → {@code حوزههای}, {@code حوزه}, {@code های}); a German word
 * with umlauts also spelt out ({@code Büro} → {@code buro}, {@code buero}), as readers without a German keyboard
 * type it. The browser looks up a query word folded and without apostrophes, so any of these finds the word.
 * Not thread-safe (the break iterator keeps state): one per worker.
 */
final class Terms {

    /** Longer "words" are addresses, hashes or noise nobody types. */
    static final int MAX_WORD_LENGTH = 64;

    /** Apostrophes and the zero-width non-joiner, which join the parts of a word. */
    private static final Pattern JOINERS = Pattern.compile("['\u2019\u02BC\u200C]");
    /**
     * A site's vocabulary is small next to its text, so most words were seen before: their terms are looked up,
     * not folded again (folding was a fifth of a 10,000-page build). Bounded, for sites with huge vocabularies.
     */
    private static final int MAX_CACHED_WORDS = 200_000;

    private final BreakIterator words;
    private final Normaliser normaliser;
    private final Map<String, List<String>> seen = new HashMap<>();

    /**
     * Terms for one index, each used by one thread at a time (it keeps a word iterator and a cache of its own) and
     * gone with the index. Kept per thread instead, they outlived it in the pool's threads: 19 MB of words at 100,000
     * pages while the offline copies were made.
     */
    static final class Pool {
        private final Supplier<Terms> fresh;
        private final Queue<Terms> idle = new ConcurrentLinkedQueue<>();

        Pool(Supplier<Terms> fresh) {
            this.fresh = fresh;
        }

        /** What {@code use} makes with a {@code Terms} no other thread uses meanwhile. */
        <T> T with(Function<Terms, T> use) {
            Terms terms = idle.poll();
            if (terms == null) {
                terms = fresh.get();
            }
            try {
                return use.apply(terms);
            } finally {
                idle.add(terms);
            }
        }
    }

    Terms(ULocale locale, Normaliser normaliser) {
        this.words = BreakIterator.getWordInstance(locale);
        this.normaliser = normaliser;
    }

    /** Calls {@code term} with the terms of every word of {@code text}, in order, each word's terms distinct. */
    void of(String text, Consumer<String> term) {
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE && end - start <= MAX_WORD_LENGTH) {
                String word = text.substring(start, end);
                List<String> known = seen.get(word);
                if (known == null) {
                    if (seen.size() >= MAX_CACHED_WORDS) {
                        seen.clear();
                    }
                    known = List.copyOf(termsOfWord(word));
                    seen.put(word, known);
                }
                known.forEach(term);
            }
        }
    }

    /** The terms of one word, the whole folded word first. */
    Set<String> termsOfWord(String word) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> forms = new ArrayList<>(List.of(word));
        String[] parts = JOINERS.split(word);
        if (parts.length > 1) {
            forms.addAll(List.of(parts));
        }
        for (String form : forms) {
            add(terms, normaliser.normalise(form).replace("'", ""));
        }
        for (String form : forms) {
            String lower = java.text.Normalizer.normalize(form, java.text.Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT);
            if (lower.indexOf('ä') >= 0 || lower.indexOf('ö') >= 0 || lower.indexOf('ü') >= 0) {
                add(
                        terms,
                        normaliser
                                .normalise(lower.replace("ä", "ae")
                                        .replace("ö", "oe")
                                        .replace("ü", "ue"))
                                .replace("'", ""));
            }
        }
        return terms;
    }

    private static void add(Set<String> terms, String term) {
        if (term.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(term);
        }
    }
}
