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
 * The first reading of the output: every page of every language's tree made ready for its pack. Where the pages
 * were written with a guessed pack size, the same reading hashes every file for the service worker's version: when
 * the guesses turn out right (a rebuild that leaves the packs' rounded sizes alone, the usual case), that is the
 * last pass's result, and no file is read a second time.
 *
 * @param pages     the language trees' pages, by path
 * @param asWritten the last pass's result, should no page need its size put in or right
 */
record ReadBack(Map<String, PackedPage> pages, Optional<FinalPass> asWritten) {

    /**
     * @param held for a page of a language's tree, what its pack holds of the files it links to; null for any other
     *             file
     */
    static ReadBack of(
            Path folder,
            List<String> all,
            Function<String, Predicate<String>> held,
            OfflinePack packer,
            PackSizeGuess guess,
            ForkJoinPool pool) {
        Map<String, PackedPage> pages = new ConcurrentHashMap<>();
        if (!guess.guessedAny()) {
            // Every page still has the marker (a first build): the last pass reads them all anyway.
            pool.submit(() -> all.parallelStream().forEach(file -> {
                        Predicate<String> holds = held.apply(file);
                        if (holds != null) {
                            pages.put(file, packer.page(file, OutputFiles.read(folder, file), holds));
                        }
                    }))
                    .join();
            return new ReadBack(pages, Optional.empty());
        }
        AtomicBoolean unfinished = new AtomicBoolean();
        Function<String, byte[]> read = file -> {
            byte[] bytes = OutputFiles.read(folder, file);
            Predicate<String> holds = held.apply(file);
            if (holds != null) {
                pages.put(file, packer.page(file, guess.unfilled(file, bytes), holds));
            }
            if (file.endsWith(".html") && guess.hasMarker(file, bytes)) {
                unfinished.set(true);
            }
            return bytes;
        };
        FinalPass hashed = FinalPass.over(all, read, pool);
        return new ReadBack(pages, unfinished.get() ? Optional.empty() : Optional.of(hashed));
    }
}
