package dev.mosaik.output.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;

/**
 * Shapes Arabic-script text (Arabic, Persian, Urdu letters) into the Unicode presentation forms that the embedded
 * font draws, so that letters join without an OpenType shaping engine: neither openhtmltopdf nor PDFBox applies a
 * font's Arabic GSUB features, and the ICU {@code ArabicShaping} that openhtmltopdf calls maps only to
 * Presentation Forms-B, which has no forms for ک گ ی پ چ ژ; those stayed isolated between joined letters.
 *
 * <p>The forms are found from Unicode itself: every character of Presentation Forms-A and -B whose compatibility
 * decomposition is {@code <initial>}, {@code <medial>}, {@code <final>} or {@code <isolated>} of one letter (or of
 * lam + alef, the obligatory ligature). Which form a letter takes follows its Unicode joining type, skipping
 * transparent marks such as damma. A text layer keeps the forms; NFKC folds them back to the letters.
 */
final class ArabicPresentationForms {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final char LAM = '\u0644';

    /** (letter << 2 | form) → presentation form. */
    private final Map<Integer, Character> forms = new HashMap<>();
    /** (alef << 2 | form) → lam-alef ligature, form ISOLATED or FINAL. */
    private final Map<Integer, Character> lamAlef = new HashMap<>();

    ArabicPresentationForms() {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        for (int cp = 0xFB50; cp <= 0xFEFC; cp++) {
            if (cp > 0xFDFF && cp < 0xFE70) {
                continue;
            }
            int form = switch (UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) {
                case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
                case UCharacter.DecompositionType.FINAL -> FINAL;
                case UCharacter.DecompositionType.INITIAL -> INITIAL;
                case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
                default -> -1;
            };
            String raw = nfkd.getRawDecomposition(cp);
            if (form < 0 || raw == null) {
                continue;
            }
            if (raw.length() == 1) {
                forms.putIfAbsent(raw.charAt(0) << 2 | form, (char) cp);
            } else if (raw.length() == 2
                    && raw.charAt(0) == LAM
                    && joiningType(raw.charAt(1)) == UCharacter.JoiningType.RIGHT_JOINING) {
                lamAlef.putIfAbsent(raw.charAt(1) << 2 | form, (char) cp);
            }
        }
    }

    /** {@code text} with its Arabic-script letters in their contextual forms; other characters unchanged. */
    String shape(String text) {
        if (text.chars().noneMatch(ArabicPresentationForms::isArabicLetter)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int type = joiningType(c);
            if (!isArabicLetter(c)
                    || !(type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING)) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsTowardsNext(previousJoining(text, i));
            int next = nextJoining(text, i);
            if (c == LAM && next >= 0) {
                Character ligature = lamAlef.get(text.charAt(next) << 2 | (joinsBefore ? FINAL : ISOLATED));
                if (ligature != null) {
                    // Marks between lam and alef (a fatha on the lam) follow the ligature.
                    out.append(ligature).append(text, i + 1, next);
                    i = next;
                    continue;
                }
            }
            boolean joinsAfter =
                    type == UCharacter.JoiningType.DUAL_JOINING && next >= 0 && joinsTowardsPrevious(text.charAt(next));
            int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            Character shaped = forms.get(c << 2 | form);
            out.append(shaped != null ? shaped : c);
        }
        return out.toString();
    }

    private static boolean isArabicLetter(int c) {
        return c >= 0x0620 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F;
    }

    private static int joiningType(int c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
    }

    /** The character before {@code i} that is not a transparent mark, or -1. */
    private static int previousJoining(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (joiningType(text.charAt(j)) != UCharacter.JoiningType.TRANSPARENT) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    /** The index of the character after {@code i} that is not a transparent mark, or -1. */
    private static int nextJoining(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (joiningType(text.charAt(j)) != UCharacter.JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }

    /** Whether {@code c} (before a letter) connects to the letter after it: a dual-joining letter, tatweel, ZWJ. */
    private static boolean joinsTowardsNext(int c) {
        if (c < 0) {
            return false;
        }
        int type = joiningType(c);
        return type == UCharacter.JoiningType.DUAL_JOINING
                || type == UCharacter.JoiningType.LEFT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Whether {@code c} (after a letter) connects to the letter before it. */
    private static boolean joinsTowardsPrevious(int c) {
        int type = joiningType(c);
        return type == UCharacter.JoiningType.DUAL_JOINING
                || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }
}
