package dev.mosaik.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What may be one part of a web address and of a folder name in the output: letters of any script (with their
 * combining marks, which Hindi or Vietnamese need), digits, {@code _} and {@code -}, starting with a letter,
 * digit or {@code _}. Never {@code .} or {@code ..}, a slash, a backslash, a control or direction character,
 * so a name that passes can only ever name a folder below its parent. Names are compared in Unicode NFC, so
 * "ü" typed as one character and as "u" plus a combining mark (as some Macs store file names) are one name.
 */
public final class UrlSegment {

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{M}\\p{N}_-]*");
    /** Below the 255 bytes most file systems allow for a name, with room for the output's own suffixes. */
    static final int MAX_BYTES = 240;
    /** What editors are told: a number of characters, which is what they can count. */
    static final int MAX_CHARACTERS = 100;

    private UrlSegment() {}

    /** {@code name} in Unicode NFC. */
    public static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** Whether {@code name} (already normalised) may be a segment. */
    public static boolean isValid(String name) {
        return SEGMENT.matcher(name).matches();
    }

    /** Whether {@code name} fits a file name on every common file system. */
    public static boolean fits(String name) {
        return name.codePointCount(0, name.length()) <= MAX_CHARACTERS
                && name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** A valid segment close to {@code name}, to suggest in a message: {@code Über uns!} → {@code ueber-uns}. */
    public static String suggest(String name) {
        String lower = normalise(name)
                .toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String cleaned = lower.replaceAll("[^\\p{L}\\p{M}\\p{N}_-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-\\p{M}]+|-$", "");
        int end = cleaned.offsetByCodePoints(0, Math.min(MAX_CHARACTERS, cleaned.codePointCount(0, cleaned.length())));
        String shortened = cleaned.substring(0, end).replaceAll("-$", "");
        return shortened.isEmpty() || !isValid(shortened) || !fits(shortened) ? "seite" : shortened;
    }
}
