package dev.mosaik.output.offline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The first reading of the output: every file's SHA-256 as it was rendered (a page with the marker where a guess was
 * put in), which is what its pack entry and a language's whole pack are keyed by. Where the pages were written with a
 * guessed pack size, the same reading hashes every file for the service worker's version: when the guesses turn out
 * right (a rebuild that leaves the packs' rounded sizes alone, the usual case), that is the last pass's result, and
 * no file is read a second time for it.
 *
 * @param digests   every file's {@link PackCache#digest} as it was rendered, by path
 * @param asWritten the last pass's result, should no page need its size put in or right
 */
record ReadBack(Map<String, byte[]> digests, Optional<FinalPass> asWritten) {

    static ReadBack of(Path folder, List<String> all, PackSizeGuess guess, ForkJoinPool pool) {
        Map<String, byte[]> digests = new ConcurrentHashMap<>();
        if (!guess.guessedAny()) {
            // Every page still has the marker (a first build): the last pass reads and hashes them all anyway.
            pool.submit(() -> all.parallelStream()
                            .forEach(file -> digests.put(file, PackCache.digest(OutputFiles.read(folder, file)))))
                    .join();
            return new ReadBack(digests, Optional.empty());
        }
        AtomicBoolean unfinished = new AtomicBoolean();
        Function<String, byte[]> read = file -> {
            byte[] bytes = OutputFiles.read(folder, file);
            digests.put(file, PackCache.digest(guess.unfilled(file, bytes)));
            if (file.endsWith(".html") && guess.hasMarker(file, bytes)) {
                unfinished.set(true);
            }
            return bytes;
        };
        FinalPass hashed = FinalPass.over(all, read, pool);
        return new ReadBack(digests, unfinished.get() ? Optional.empty() : Optional.of(hashed));
    }

    /**
     * The pages of one language's tree made ready for its pack (read again, as rendered), by path.
     *
     * @param pages the language's pages
     * @param holds what its pack holds of the files they link to
     */
    Map<String, PackedPage> packed(
            Path folder,
            List<String> pages,
            Predicate<String> holds,
            OfflinePack packer,
            PackSizeGuess guess,
            ForkJoinPool pool) {
        Map<String, PackedPage> packed = new ConcurrentHashMap<>();
        pool.submit(() -> pages.parallelStream().forEach(file -> {
                    byte[] rendered = guess.unfilled(file, OutputFiles.read(folder, file));
                    packed.put(file, packer.page(file, rendered, digests.get(file), holds));
                }))
                .join();
        return packed;
    }
}
