package dev.mosaik.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readability of German text: Flesch reading ease in Amstad's adaptation (0 very hard … 100 very easy) and the
 * first Wiener Sachtextformel (a school grade, 4 easy … 15 very hard). Syllables are counted as groups of
 * vowels, with German diphthongs as one: an approximation, as in every such tool, good enough to find the
 * paragraphs worth rewriting.
 */
public final class Readability {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\"„(])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");
    private static final Pattern VOWELS =
            Pattern.compile("(?:ei|ie|au|eu|äu|ai|[aeiouäöüy])", Pattern.CASE_INSENSITIVE);

    /** The scores of a text. */
    public record Score(int sentences, int words, double flesch, double wiener) {}

    private Readability() {}

    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static int syllables(String word) {
        Matcher matcher = VOWELS.matcher(word.toLowerCase(Locale.GERMAN));
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    public static Score score(String text) {
        List<String> sentences = sentences(text);
        List<String> words = words(text);
        if (sentences.isEmpty() || words.isEmpty()) {
            return new Score(0, 0, 100, 0);
        }
        int syllables = 0;
        int polysyllabic = 0;
        int monosyllabic = 0;
        int long6 = 0;
        for (String word : words) {
            int s = syllables(word);
            syllables += s;
            if (s >= 3) {
                polysyllabic++;
            }
            if (s == 1) {
                monosyllabic++;
            }
            if (word.length() > 6) {
                long6++;
            }
        }
        double asl = (double) words.size() / sentences.size();
        double asw = (double) syllables / words.size();
        double flesch = 180 - asl - 58.5 * asw;
        double ms = 100.0 * polysyllabic / words.size();
        double iw = 100.0 * long6 / words.size();
        double es = 100.0 * monosyllabic / words.size();
        double wiener = 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875;
        return new Score(sentences.size(), words.size(), flesch, wiener);
    }
}
