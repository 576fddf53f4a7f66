package dev.mosaik.output.offline;

import dev.mosaik.config.Language;
import dev.mosaik.output.OutputTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The output as it ends up: every file's final length, and the service worker's version. The last reading of the
 * output, once per page on all cores, puts each pack's size where pages offer the pack (where the size guessed
 * when the page was written was wrong, or there was none). Where every page was written with its pack's right size,
 * the lengths {@link ReadBack} read are the final ones and this reading is left out.
 *
 * <p>The version is a hash of what the output is made of rather than of its bytes: every file's path and the
 * hash of its bytes as rendered ({@link ReadBack}, which hashes them for the packs anyway), and each language's
 * text of its pack's size, which is all a page's final bytes add to those. The same output has the same version,
 * and any change to a file changes it. Hashing the final bytes again, in one stream in name order, took 7 % of a
 * cold build's time.
 *
 * @param version a hash over every file's path and bytes
 * @param sizes   every file's final length, by path
 */
record FinalPass(String version, Map<String, Long> sizes) {

    /**
     * Puts the pack's size into every page that does not show it right, and notes every file's final length.
     *
     * @param texts for a page, the text of its pack's size
     * @param guess how the pages were written: with a guessed size, or the marker
     */
    static Map<String, Long> fill(
            Path folder,
            List<String> files,
            Function<String, byte[]> texts,
            PackSizeGuess guess,
            OutputTarget out,
            ForkJoinPool pool) {
        Map<String, Long> lengths = new ConcurrentHashMap<>();
        pool.submit(() -> files.parallelStream()
                        .forEach(file -> lengths.put(file, (long) filledIn(folder, file, texts, guess, out).length)))
                .join();
        return lengths;
    }

    /**
     * The version of an output whose files, in name order, had {@code digests} as rendered, and whose pages show
     * the pack sizes {@code texts}.
     */
    static String version(List<String> files, Map<String, byte[]> digests, Map<Language, byte[]> texts) {
        MessageDigest digest = sha256();
        for (String file : files) {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(digests.get(file));
        }
        texts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.code().compareTo(b.code())))
                .forEach(text -> {
                    digest.update(text.getKey().code().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(text.getValue());
                    digest.update((byte) 0);
                });
        return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(), 8));
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
