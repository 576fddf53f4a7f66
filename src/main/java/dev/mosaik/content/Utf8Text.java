package dev.mosaik.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text kept for later as UTF-8. A large site holds every page's source and rendered body between reading and
 * rendering, and a Java string of German or Russian text takes two bytes per character (one „ or – is enough
 * to leave the one-byte form): as UTF-8 the Latin-script text of 100,000 pages takes half the memory. Decoded
 * on each read, which costs microseconds against the milliseconds a page takes to render.
 */
public final class Utf8Text {

    private final byte[] bytes;
    private final int hash;

    private Utf8Text(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    public static Utf8Text of(String text) {
        return new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8Text text && hash == text.hash && Arrays.equals(bytes, text.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The text. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
