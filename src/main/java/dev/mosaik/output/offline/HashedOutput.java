package dev.mosaik.output.offline;

import dev.mosaik.output.cache.Murmur3;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that hashes ({@link PackCache#digest}'s hash) and counts what passes through it: a pack written as it is
 * made is keyed in the build cache by its hash and length, which no copy of it in memory is left to give.
 */
final class HashedOutput extends FilterOutputStream {

    private final Murmur3 hash = new Murmur3();
    private final byte[] one = new byte[1];
    private long length;

    HashedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        out.write(bytes, offset, count);
        hash.update(bytes, offset, count);
        length += count;
    }

    /** The hash of everything written, as {@link PackCache#digest} gives it; the stream is used up. */
    byte[] digest() {
        return hash.digest();
    }

    long length() {
        return length;
    }
}
