package dev.mosaik.output.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A content address: the SHA-256 of a sequence of parts, each prefixed with its length, so that no two different
 * sequences ("ab", "c" and "a", "bc") hash alike. Not thread-safe; one per key.
 */
public final class CacheKey {

    private final MessageDigest digest;

    private CacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A key that starts with {@code kind}, so that two kinds of entry never share an address. */
    public static CacheKey of(String kind) {
        return new CacheKey().add(kind);
    }

    public CacheKey add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKey add(byte[] part) {
        digest.update(new byte[] {
            (byte) (part.length >>> 24), (byte) (part.length >>> 16), (byte) (part.length >>> 8), (byte) part.length
        });
        digest.update(part);
        return this;
    }

    public CacheKey add(long number) {
        return add(Long.toString(number));
    }

    /** The address in hexadecimal; the key is used up. */
    public String hex() {
        return HexFormat.of().formatHex(digest());
    }

    /** The address as bytes, to add to another key; the key is used up. */
    public byte[] digest() {
        return digest.digest();
    }
}
