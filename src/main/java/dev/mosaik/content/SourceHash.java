package dev.mosaik.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of what a translator translates: title, summary and body of the original. A
 * translation records it as {@code sourceHash}; when the original's fingerprint changes, the translation
 * may be outdated. Changes to other front matter (dates, weight) do not count.
 */
public final class SourceHash {

    private static final int LENGTH = 12;

    private SourceHash() {}

    public static String of(SourceDocument document) {
        String text = document.frontMatter().title() + "\n"
                + document.frontMatter().summary().orElse("") + "\n"
                + document.body().strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
