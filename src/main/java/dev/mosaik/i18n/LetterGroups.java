package dev.mosaik.i18n;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Groups words under the initial letters of a language's alphabet, as its dictionaries do: German Ä with A,
 * Turkish Ç, İ and Ş as letters of their own, Polish Ł after L, Arabic and Persian letters in their order
 * (ICU's {@link AlphabeticIndex} on CLDR data). Words in a second script — German titles in the Arabic tree —
 * get that script's letters after the language's own.
 */
public final class LetterGroups {

    /** One initial letter (or {@code 0–9}, {@code #} for what starts with no letter) and its words in collation order. */
    public record Group<T>(String label, List<T> items) {

        public Group {
            items = List.copyOf(items);
        }
    }

    private LetterGroups() {}

    /**
     * A section number before words ("8.2.3 Sprache und Bildung"): an index files the words, as a reader looks
     * them up, not the number of the plan's chapter. A name that is only a number ("2027") keeps it.
     */
    private static final java.util.regex.Pattern SECTION_NUMBER =
            java.util.regex.Pattern.compile("^\\p{Nd}+(?:[.\\-]\\p{Nd}+)*[.)]?\\s+(?=\\p{L})");

    /**
     * The name an entry is filed under: without leading quotation marks, brackets and other punctuation, as
     * printed indexes file them ("“Vielfalt in Wetzlar”" under V, not under #), and without a leading section
     * number ("8.2.3 Sprache und Bildung" under S, not under 0–9).
     */
    static String filingName(String name) {
        int start = 0;
        while (start < name.length()) {
            int c = name.codePointAt(start);
            if (Character.isLetterOrDigit(c)) {
                String rest = name.substring(start);
                return SECTION_NUMBER.matcher(rest).replaceFirst("");
            }
            start += Character.charCount(c);
        }
        return name;
    }

    static <T> List<Group<T>> group(
            ULocale locale, List<ULocale> otherScripts, Collection<T> items, Function<T, String> name) {
        AlphabeticIndex<T> index = new AlphabeticIndex<>(locale);
        otherScripts.forEach(index::addLabels);
        index.setMaxLabelCount(500);
        for (T item : items) {
            index.addRecord(filingName(name.apply(item)), item);
        }
        Collator collator = Collator.getInstance(locale);
        Comparator<String> order = collator::compare;
        List<Group<T>> groups = new ArrayList<>();
        for (AlphabeticIndex.Bucket<T> bucket : index) {
            if (bucket.size() == 0) {
                continue;
            }
            List<AlphabeticIndex.Record<T>> records = new ArrayList<>();
            bucket.forEach(records::add);
            // Ties under the collator (the same word twice) keep a stable, code-point order.
            records.sort(Comparator.comparing(
                            (AlphabeticIndex.Record<T> r) -> r.getName().toString(), order)
                    .thenComparing(r -> r.getName().toString()));
            String label = bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL
                    ? bucket.getLabel()
                    : records.stream()
                                    .allMatch(r -> Character.isDigit(
                                            r.getName().toString().codePointAt(0)))
                            ? "0–9"
                            : "#";
            groups.add(new Group<>(
                    label, records.stream().map(AlphabeticIndex.Record::getData).toList()));
        }
        return groups;
    }
}
