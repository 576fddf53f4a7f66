package dev.mosaik.output.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums;
import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds a word to the form the search compares, so that readers find what they mean however they type it:
 * without accents or umlaut dots, Turkish İ, I, ı and i alike, ß as ss, and Arabic and Persian letter variants
 * (ي and ی, ك and ک, ة and ه, أ and ا) and digits as one. The steps are described in {@code fold.txt}; the
 * search script in the browser runs the same steps with the same table, which the index carries.
 */
public final class Normaliser {

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final Normaliser STANDARD = new Normaliser(readTable());

    /** By code point; sorted, so that the table is written the same way every time. */
    private final Map<Integer, String> fold;

    private Normaliser(Map<Integer, String> fold) {
        this.fold = Collections.unmodifiableMap(new TreeMap<>(fold));
    }

    public static Normaliser standard() {
        return STANDARD;
    }

    public String normalise(String word) {
        String decomposed = NFKD.normalize(word);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = UCharacter.getType(c);
            if (type != UCharacterEnums.ECharacterCategory.NON_SPACING_MARK
                    && type != UCharacterEnums.ECharacterCategory.FORMAT) {
                kept.appendCodePoint(c);
            }
        });
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            String replacement = fold.get(c);
            if (replacement == null) {
                folded.appendCodePoint(c);
            } else {
                folded.append(replacement);
            }
        });
        return folded.toString();
    }

    /** The table of step 4, by code point, for the search index. */
    public Map<Integer, String> table() {
        return fold;
    }

    private static Map<Integer, String> readTable() {
        Map<Integer, String> table = new TreeMap<>();
        try (InputStream in = Normaliser.class.getResourceAsStream("fold.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\\s+");
                StringBuilder replacement = new StringBuilder();
                for (int i = 1; i < fields.length && fields[i].matches("\\p{XDigit}{4,6}|-"); i++) {
                    if (!fields[i].equals("-")) {
                        replacement.appendCodePoint(Integer.parseInt(fields[i], 16));
                    }
                }
                table.put(Integer.parseInt(fields[0], 16), replacement.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's search folding table is unreadable", e);
        }
        return table;
    }
}
