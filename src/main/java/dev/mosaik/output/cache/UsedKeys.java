package dev.mosaik.output.cache;

import java.util.HashSet;
import java.util.Set;

/**
 * The keys of one kind of entry a build used, which pruning must keep. A build of 100,000 pages uses some 280,000;
 * held as file paths in a concurrent set they took 73 MB, about a sixth of what such a build keeps alive. A key is 32
 * hexadecimal digits ({@link CacheKey}), so it is kept here as its two 64-bit halves in an open-addressing table:
 * 16 bytes a key, at most 32 with the table's free room. Anything else (no key this mosaik makes) is kept as text.
 * Synchronised: builds add a few thousand keys a second, far too few for the lock to be contended.
 */
final class UsedKeys {

    private static final int HEX_DIGITS = 32;

    /** Pairs of longs (high, low); a pair of zeros is a free slot, and the key of all zeros is {@link #zero}. */
    private long[] table = new long[2 * 64];

    private int size;
    private boolean zero;
    private final Set<String> other = new HashSet<>();

    synchronized void add(String key) {
        long[] halves = halves(key);
        if (halves == null) {
            other.add(key);
        } else if (halves[0] == 0 && halves[1] == 0) {
            zero = true;
        } else if (insert(table, halves[0], halves[1])) {
            size++;
            if (size * 2 > table.length / 2) {
                grow();
            }
        }
    }

    synchronized boolean contains(String key) {
        long[] halves = halves(key);
        if (halves == null) {
            return other.contains(key);
        }
        if (halves[0] == 0 && halves[1] == 0) {
            return zero;
        }
        int slot = find(table, halves[0], halves[1]);
        return table[2 * slot] != 0 || table[2 * slot + 1] != 0;
    }

    /** Adds the key unless present; the table has a free slot (it is kept at most half full). */
    private static boolean insert(long[] table, long high, long low) {
        int slot = find(table, high, low);
        if (table[2 * slot] != 0 || table[2 * slot + 1] != 0) {
            return false;
        }
        table[2 * slot] = high;
        table[2 * slot + 1] = low;
        return true;
    }

    /** The slot that holds the key, or else the free slot where it belongs. */
    private static int find(long[] table, long high, long low) {
        int slots = table.length / 2;
        int slot = slot(high, low, slots);
        while ((table[2 * slot] != 0 || table[2 * slot + 1] != 0)
                && (table[2 * slot] != high || table[2 * slot + 1] != low)) {
            slot = (slot + 1) % slots;
        }
        return slot;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != 0 || table[i + 1] != 0) {
                insert(bigger, table[i], table[i + 1]);
            }
        }
        table = bigger;
    }

    /** The keys are hashes already: their low bits spread well. */
    private static int slot(long high, long low, int slots) {
        return (int) (((low ^ high) & 0x7fffffffffffffffL) % slots);
    }

    /** The key's two halves; null when it is not 32 lower-case hexadecimal digits. */
    private static long[] halves(String key) {
        if (key.length() != HEX_DIGITS) {
            return null;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < HEX_DIGITS; i++) {
            char c = key.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return null;
            }
            if (i < HEX_DIGITS / 2) {
                high = high << 4 | digit;
            } else {
                low = low << 4 | digit;
            }
        }
        return new long[] {high, low};
    }
}
