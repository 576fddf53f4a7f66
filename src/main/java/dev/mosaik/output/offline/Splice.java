package dev.mosaik.output.offline;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Bytes with some places replaced: every occurrence of a marker, or the places noted when it was replaced before.
 *
 * @param bytes  the result
 * @param places where the replacement stands in {@code bytes}, ascending
 */
record Splice(byte[] bytes, int[] places) {

    /** {@code bytes} with every {@code marker} replaced by {@code by}; no places when there is none. */
    static Splice replacing(byte[] bytes, byte[] marker, byte[] by) {
        int at = indexOf(bytes, marker, 0);
        if (at < 0) {
            return new Splice(bytes, new int[0]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + by.length);
        int[] places = new int[4];
        int count = 0;
        int from = 0;
        for (; at >= 0; at = indexOf(bytes, marker, from)) {
            out.write(bytes, from, at - from);
            if (count == places.length) {
                places = Arrays.copyOf(places, count * 2);
            }
            places[count++] = out.size();
            out.write(by, 0, by.length);
            from = at + marker.length;
        }
        out.write(bytes, from, bytes.length - from);
        return new Splice(out.toByteArray(), Arrays.copyOf(places, count));
    }

    /** {@code bytes} with the {@code length} bytes at each of {@code places} (ascending) replaced by {@code by}. */
    static byte[] at(byte[] bytes, int[] places, int length, byte[] by) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + places.length * (by.length - length));
        int from = 0;
        for (int place : places) {
            out.write(bytes, from, place - from);
            out.write(by, 0, by.length);
            from = place + length;
        }
        out.write(bytes, from, bytes.length - from);
        return out.toByteArray();
    }

    static boolean contains(byte[] bytes, byte[] marker) {
        return indexOf(bytes, marker, 0) >= 0;
    }

    boolean replacedAny() {
        return places.length > 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        byte first = needle[0];
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
