package dev.mosaik.output.offline;

import dev.mosaik.render.PageSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The last reading of the output, once per file: puts each pack's size where pages offer the pack, and hashes every
 * file (as it ends up) for the service worker's version. Files are read and filled in on all cores, a batch at a
 * time, and hashed in name order.
 *
 * @param version a hash over every file's path and bytes
 * @param sizes   every file's final length, by path
 */
record FinalPass(String version, Map<String, Long> sizes) {

    private static final int BATCH = 256;

    /**
     * @param marker      what stands in a page where its pack's size belongs
     * @param replacement for a page, what replaces the marker
     */
    static FinalPass run(
            Path folder,
            List<String> files,
            byte[] marker,
            Function<String, byte[]> replacement,
            PageSink sink,
            ForkJoinPool pool) {
        MessageDigest digest = sha256();
        Map<String, Long> sizes = new HashMap<>();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<String> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<byte[]> contents = pool.submit(() -> batch.parallelStream()
                            .map(file -> filledIn(folder, file, marker, replacement, sink))
                            .toList())
                    .join();
            for (int i = 0; i < batch.size(); i++) {
                digest.update(batch.get(i).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(contents.get(i));
                digest.update((byte) 0);
                sizes.put(batch.get(i), (long) contents.get(i).length);
            }
        }
        return new FinalPass(HexFormat.of().formatHex(Arrays.copyOf(digest.digest(), 8)), sizes);
    }

    private static byte[] filledIn(
            Path folder, String file, byte[] marker, Function<String, byte[]> replacement, PageSink sink) {
        byte[] bytes = OutputFiles.read(folder, file);
        if (!file.endsWith(".html")) {
            return bytes;
        }
        Optional<byte[]> replaced = replaceAll(bytes, marker, () -> replacement.apply(file));
        if (replaced.isEmpty()) {
            return bytes;
        }
        try {
            // The file may be a hard link to the published version's: a new file, never a write through the link.
            Files.delete(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
        sink.write(file, replaced.get());
        return replaced.get();
    }

    /** {@code bytes} with every {@code marker} replaced; empty when there is none. */
    static Optional<byte[]> replaceAll(byte[] bytes, byte[] marker, java.util.function.Supplier<byte[]> by) {
        int at = indexOf(bytes, marker, 0);
        if (at < 0) {
            return Optional.empty();
        }
        byte[] replacement = by.get();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + replacement.length);
        int from = 0;
        for (; at >= 0; at = indexOf(bytes, marker, from)) {
            out.write(bytes, from, at - from);
            out.write(replacement, 0, replacement.length);
            from = at + marker.length;
        }
        out.write(bytes, from, bytes.length - from);
        return Optional.of(out.toByteArray());
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
