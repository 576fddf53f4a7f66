package dev.mosaik.output.offline;

import dev.mosaik.output.OutputTarget;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * The last reading of the output, once per file: puts each pack's size where pages offer the pack (where the size
 * guessed when the page was written was wrong, or there was none), and hashes every file (as it ends up) for the
 * service worker's version. Files are read and filled in on all cores, a batch at a time, and hashed in name order.
 * Where every page was written with its pack's right size, the reading that made the packs' pages hashed them
 * already ({@link ReadBack}), and this pass is left out.
 *
 * @param version a hash over every file's path and bytes
 * @param sizes   every file's final length, by path
 */
record FinalPass(String version, Map<String, Long> sizes) {

    private static final int BATCH = 256;

    /**
     * @param texts for a page, the text of its pack's size
     * @param guess how the pages were written: with a guessed size, or the marker
     */
    static FinalPass run(
            Path folder,
            List<String> files,
            Function<String, byte[]> texts,
            PackSizeGuess guess,
            OutputTarget out,
            ForkJoinPool pool) {
        return over(files, file -> filledIn(folder, file, texts, guess, out), pool);
    }

    /**
     * Hashes what {@code bytes} gives for each file, in name order; {@code bytes} runs on all cores, a batch at a
     * time, the next batch while the last is hashed.
     */
    static FinalPass over(List<String> files, Function<String, byte[]> bytes, ForkJoinPool pool) {
        MessageDigest digest = sha256();
        Map<String, Long> lengths = new HashMap<>();
        ForkJoinTask<List<byte[]>> next = batch(files, 0, bytes, pool);
        for (int from = 0; from < files.size(); from += BATCH) {
            List<byte[]> contents = next.join();
            if (from + BATCH < files.size()) {
                next = batch(files, from + BATCH, bytes, pool);
            }
            for (int i = 0; i < contents.size(); i++) {
                String file = files.get(from + i);
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(contents.get(i));
                digest.update((byte) 0);
                lengths.put(file, (long) contents.get(i).length);
            }
        }
        return new FinalPass(HexFormat.of().formatHex(Arrays.copyOf(digest.digest(), 8)), lengths);
    }

    private static ForkJoinTask<List<byte[]>> batch(
            List<String> files, int from, Function<String, byte[]> bytes, ForkJoinPool pool) {
        List<String> batch = files.subList(from, Math.min(files.size(), from + BATCH));
        return pool.submit(() -> batch.parallelStream().map(bytes).toList());
    }

    private static byte[] filledIn(
            Path folder, String file, Function<String, byte[]> texts, PackSizeGuess guess, OutputTarget out) {
        byte[] bytes = OutputFiles.read(folder, file);
        if (!file.endsWith(".html")) {
            return bytes;
        }
        Optional<byte[]> corrected = guess.corrected(file, bytes, texts.apply(file));
        // The file may be a hard link to the published version's: the target never writes through the link.
        corrected.ifPresent(filled -> out.rewrite(file, filled));
        return corrected.orElse(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
