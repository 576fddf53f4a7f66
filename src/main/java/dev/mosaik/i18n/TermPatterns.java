package dev.mosaik.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the glossary recognises a term in running text: on word boundaries, ignoring case, and with the simple
 * inflections a page uses without anyone listing them.
 *
 * <p>A German term matches with the usual noun and adjective endings on each of its words (Integrationskurs,
 * Integrationskurse, Integrationskursen; Frühe Hilfen, Frühen Hilfen); irregular forms (Ämter) are listed in the
 * glossary. A rendering matches each of its words by its stem — the word without its last letters — followed by
 * any ending, because Russian, Polish or Turkish pages decline what the glossary writes in the nominative
 * (интеграционный курс, интеграционного курса); a word of Arabic script may carry an attached article or
 * preposition (الـ، و، ب، ل). Anything further away is listed in the glossary as another form.
 */
final class TermPatterns {

    private static final String LETTER = "[\\p{L}\\p{M}\\p{N}]";
    private static final String START = "(?<!" + LETTER + ")";
    private static final String END = "(?!" + LETTER + ")";
    private static final Pattern TOKEN = Pattern.compile(LETTER + "+");
    /** Noun and adjective endings of German, longest first so that stripping takes the whole ending. */
    private static final List<String> GERMAN_ENDINGS = List.of("es", "en", "em", "er", "e");

    private static final String GERMAN_SUFFIX = "(?:e|en|em|er|ern|ers|es|n|ns|s)?";
    /** Articles, conjunctions and prepositions written together with the next word in Arabic (وباللغة: و + بال). */
    private static final String ARABIC_CLITICS = "(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل|ك){0,2}";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private TermPatterns() {}

    /** The German term with simple inflections, and {@code extraForms} literally. */
    static Pattern german(String term, List<String> extraForms) {
        List<String> alternatives = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String word : term.strip().split("[\\s\\u00a0]+")) {
            words.add(Pattern.quote(germanStem(word)) + (isWord(word) ? GERMAN_SUFFIX : ""));
        }
        alternatives.add(String.join("[\\s\\u00a0]+", words));
        extraForms.forEach(form -> alternatives.add(Pattern.quote(form.strip()).replace(" ", "\\E[\\s\\u00a0]+\\Q")));
        return Pattern.compile(START + "(?:" + String.join("|", alternatives) + ")" + END, FLAGS);
    }

    /** Any of the forms of a rendering, each word by its stem. */
    static Pattern rendering(List<String> forms) {
        List<String> alternatives = new ArrayList<>();
        for (String form : forms) {
            List<String> tokens = new ArrayList<>();
            Matcher token = TOKEN.matcher(form);
            while (token.find()) {
                tokens.add(token.group());
            }
            if (tokens.isEmpty()) {
                alternatives.add(Pattern.quote(form.strip()));
                continue;
            }
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i);
                if (i > 0) {
                    // Spaces, hyphens, quotation marks, a zero-width non-joiner (Persian) or nothing at all.
                    regex.append("[^\\p{L}\\p{M}\\p{N}]{0,3}");
                }
                if (isArabicScript(word)) {
                    String bare = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
                    regex.append(ARABIC_CLITICS).append(Pattern.quote(stem(bare)));
                } else {
                    regex.append(Pattern.quote(stem(word)));
                }
                regex.append(LETTER).append('*');
            }
            alternatives.add(regex.toString());
        }
        return Pattern.compile(START + "(?:" + String.join("|", alternatives) + ")", FLAGS);
    }

    /**
     * A word without the ending it may change when declined: four letters off words of ten or more (Ukrainian
     * відкритість, відкритості), three off words of eight or nine, two off words of six or seven, one off five-letter
     * words, none off short ones.
     */
    static String stem(String word) {
        int length = word.codePointCount(0, word.length());
        int drop = length >= 10 ? 4 : length >= 8 ? 3 : length >= 6 ? 2 : length == 5 ? 1 : 0;
        return word.substring(0, word.offsetByCodePoints(0, length - drop));
    }

    private static String germanStem(String word) {
        if (!isWord(word)) {
            return word;
        }
        for (String ending : GERMAN_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static boolean isWord(String word) {
        return word.codePoints().allMatch(Character::isLetter);
    }

    private static boolean isArabicScript(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }
}
