package dev.mosaik.output.offline;

import java.util.Arrays;

/**
 * Bytes with some places replaced: every occurrence of a marker, or the places noted when it was replaced before. The
 * result is made in one array of its final length (every page of a build passes here as it is written).
 *
 * @param bytes  the result
 * @param places where the replacement stands in {@code bytes}, ascending
 */
record Splice(byte[] bytes, int[] places) {

    /** {@code bytes} with every {@code marker} replaced by {@code by}; the same array and no places when there is none. */
    static Splice replacing(byte[] bytes, byte[] marker, byte[] by) {
        int[] found = new int[4];
        int count = 0;
        for (int at = indexOf(bytes, marker, 0); at >= 0; at = indexOf(bytes, marker, at + marker.length)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
        }
        if (count == 0) {
            return new Splice(bytes, new int[0]);
        }
        int[] at = Arrays.copyOf(found, count);
        byte[] result = at(bytes, at, marker.length, by);
        int[] places = new int[count];
        for (int i = 0; i < count; i++) {
            places[i] = at[i] + i * (by.length - marker.length);
        }
        return new Splice(result, places);
    }

    /** {@code bytes} with the {@code length} bytes at each of {@code places} (ascending) replaced by {@code by}. */
    static byte[] at(byte[] bytes, int[] places, int length, byte[] by) {
        byte[] result = new byte[bytes.length + places.length * (by.length - length)];
        int from = 0;
        int to = 0;
        for (int place : places) {
            System.arraycopy(bytes, from, result, to, place - from);
            to += place - from;
            System.arraycopy(by, 0, result, to, by.length);
            to += by.length;
            from = place + length;
        }
        System.arraycopy(bytes, from, result, to, bytes.length - from);
        return result;
    }

    static boolean contains(byte[] bytes, byte[] marker) {
        return indexOf(bytes, marker, 0) >= 0;
    }

    boolean replacedAny() {
        return places.length > 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        byte first = needle[0];
        int last = haystack.length - needle.length;
        for (int i = from; i <= last; i++) {
            if (haystack[i] == first && Arrays.equals(haystack, i + 1, i + needle.length, needle, 1, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
