package dev.mosaik.output.cache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x64 128 (Austin Appleby's, seed 0), fed in pieces: the hash the build cache addresses its entries by.
 * Its bytes are those of Guava's {@code Hashing.murmur3_128()} and of the reference C code, h1 then h2, each little
 * endian.
 *
 * <p>Why not SHA-2: a build hashes every page several times (its view, its text, its entry in the offline pack).
 * The batch JVM compiles with C1 only, which has no intrinsic for SHA; there SHA-512/256 hashed 100 MB in 0.66 s and
 * was the largest single cost of a build (a tenth of a cold build's processor time, an eighth of a one-page edit's).
 * This loop of multiplications hashes the same in 0.07 s. The cache needs no protection against someone who
 * crafts collisions: whoever can write the site's sources can publish anything anyway. Against chance, 128 bits
 * suffice: among ten million entries the odds of two alike are below 1 in 10^22.
 *
 * <p>Not thread-safe; one per hash.
 */
public final class Murmur3 {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long length;
    /** Bytes of a block begun by one update and not yet finished by the next. */
    private final byte[] pending = new byte[16];

    private int pendingCount;

    /** The hash of {@code bytes} alone. */
    public static byte[] hash(byte[] bytes) {
        return new Murmur3().update(bytes, 0, bytes.length).digest();
    }

    public Murmur3 update(byte[] bytes, int offset, int count) {
        length += count;
        int at = offset;
        int end = offset + count;
        if (pendingCount > 0) {
            int taken = Math.min(16 - pendingCount, count);
            System.arraycopy(bytes, at, pending, pendingCount, taken);
            pendingCount += taken;
            at += taken;
            if (pendingCount < 16) {
                return this;
            }
            block((long) LONG.get(pending, 0), (long) LONG.get(pending, 8));
            pendingCount = 0;
        }
        for (; end - at >= 16; at += 16) {
            block((long) LONG.get(bytes, at), (long) LONG.get(bytes, at + 8));
        }
        System.arraycopy(bytes, at, pending, 0, end - at);
        pendingCount = end - at;
        return this;
    }

    /** The 16 bytes of the hash; this hash is used up. */
    public byte[] digest() {
        long k1 = 0;
        long k2 = 0;
        for (int i = pendingCount - 1; i >= 8; i--) {
            k2 = (k2 << 8) | (pending[i] & 0xff);
        }
        for (int i = Math.min(pendingCount, 8) - 1; i >= 0; i--) {
            k1 = (k1 << 8) | (pending[i] & 0xff);
        }
        h1 ^= mixK1(k1);
        h2 ^= mixK2(k2);
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix64(h1);
        h2 = fmix64(h2);
        h1 += h2;
        h2 += h1;
        byte[] out = new byte[16];
        LONG.set(out, 0, h1);
        LONG.set(out, 8, h2);
        return out;
    }

    private void block(long k1, long k2) {
        h1 ^= mixK1(k1);
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(k2);
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long mixK1(long k1) {
        return Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mixK2(long k2) {
        return Long.rotateLeft(k2 * C2, 33) * C1;
    }

    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
