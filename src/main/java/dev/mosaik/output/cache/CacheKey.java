package dev.mosaik.output.cache;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A content address: the {@value #ALGORITHM} ({@link Murmur3}) of a sequence of parts, each prefixed with its length,
 * so that no two different sequences ("ab", "c" and "a", "bc") hash alike. Not thread-safe; one per key.
 */
public final class CacheKey {

    /** The hash's name, as the documentation gives it: 128 bits, written as 32 hexadecimal digits. */
    public static final String ALGORITHM = "MurmurHash3 x64 128";

    private final Murmur3 digest = new Murmur3();
    private final byte[] prefix = new byte[4];

    private CacheKey() {}

    /** The {@value #ALGORITHM} of {@code bytes} alone, without a length prefix. */
    public static byte[] hash(byte[] bytes) {
        return Murmur3.hash(bytes);
    }

    /** A key that starts with {@code kind}, so that two kinds of entry never share an address. */
    public static CacheKey of(String kind) {
        return new CacheKey().add(kind);
    }

    public CacheKey add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKey add(byte[] part) {
        prefix[0] = (byte) (part.length >>> 24);
        prefix[1] = (byte) (part.length >>> 16);
        prefix[2] = (byte) (part.length >>> 8);
        prefix[3] = (byte) part.length;
        digest.update(prefix, 0, 4);
        digest.update(part, 0, part.length);
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
