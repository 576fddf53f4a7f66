package dev.mosaik.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept for later, as UTF-8 and, when long, deflated. A large site holds every page's source and rendered
 * body between reading and rendering: at 100,000 pages the bodies were 600 MB as Java strings (two bytes per
 * character once a text holds one „ or –), 200 MB as UTF-8, and are some 60 MB deflated — which decides whether
 * such a build fits in 1 GB. Deflating at the fastest level and inflating again costs some 20 µs per page, against
 * the milliseconds a page takes to render. The bytes are a pure function of the text (zlib is deterministic), so
 * equal texts are equal objects.
 */
public final class Utf8Text {

    /** Shorter texts gain too little to be worth the work. */
    private static final int DEFLATE_FROM = 512;
    /** zlib's state is some 300 KB of native memory: one per thread, reused, rather than one per page. */
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private final byte[] bytes;
    /** The length of the UTF-8 text when {@code bytes} holds it deflated, else -1. */
    private final int inflatedLength;

    private final int hash;

    private Utf8Text(byte[] bytes, int inflatedLength) {
        this.bytes = bytes;
        this.inflatedLength = inflatedLength;
        this.hash = 31 * Arrays.hashCode(bytes) + inflatedLength;
    }

    public static Utf8Text of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < DEFLATE_FROM) {
            return new Utf8Text(utf8, -1);
        }
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 3);
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        byte[] deflated = out.toByteArray();
        return deflated.length < utf8.length ? new Utf8Text(deflated, utf8.length) : new Utf8Text(utf8, -1);
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /**
     * The text as kept here, for a key made of it without inflating it: equal texts give equal bytes, and different
     * texts different ones (the first four bytes tell a deflated text from one kept as it is).
     */
    public byte[] identity() {
        return ByteBuffer.allocate(Integer.BYTES + bytes.length)
                .putInt(inflatedLength)
                .put(bytes)
                .array();
    }

    /** How many bytes the text takes here, for tests and measurements. */
    int storedBytes() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8Text text
                && hash == text.hash
                && inflatedLength == text.inflatedLength
                && Arrays.equals(bytes, text.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The text. */
    @Override
    public String toString() {
        if (inflatedLength < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(bytes);
        byte[] utf8 = new byte[inflatedLength];
        try {
            int read = 0;
            while (read < inflatedLength) {
                int n = inflater.inflate(utf8, read, inflatedLength - read);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                read += n;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("text deflated by this class does not inflate", e);
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
