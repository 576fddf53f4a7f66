package dev.mosaik.output.offline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The first reading of the output: every file's hash ({@link dev.mosaik.output.cache.CacheKey#ALGORITHM}) as it was
 * rendered (a page with the marker where a guess was put in), which is what its pack entry, a language's whole pack
 * and the service worker's version are keyed by; and
 * every file's length as written, which is its final length when no page needs its pack's size put in or right (a
 * rebuild that leaves the packs' rounded sizes alone, the usual case), so that no file is read a second time. A page
 * taken from the build cache comes with both ({@link PackSizeGuess#known}) and is not read at all.
 *
 * @param digests  every file's {@link PackCache#digest} as it was rendered, by path
 * @param lengths  every file's length as written, by path
 * @param finished whether every page was written with a guessed size: none still has the marker
 */
record ReadBack(Map<String, byte[]> digests, Map<String, Long> lengths, boolean finished) {

    static ReadBack of(Path folder, List<String> all, PackSizeGuess guess, ForkJoinPool pool) {
        Map<String, byte[]> digests = new ConcurrentHashMap<>();
        Map<String, Long> lengths = new ConcurrentHashMap<>();
        AtomicBoolean unfinished = new AtomicBoolean();
        pool.submit(() -> all.parallelStream().forEach(file -> {
                    Optional<PackSizeGuess.Known> known = guess.known(file);
                    if (known.isPresent()) {
                        digests.put(file, known.get().digest());
                        lengths.put(file, known.get().length());
                        return;
                    }
                    byte[] bytes = OutputFiles.read(folder, file);
                    digests.put(file, PackCache.digest(guess.unfilled(file, bytes)));
                    lengths.put(file, (long) bytes.length);
                    if (file.endsWith(".html") && guess.hasMarker(file, bytes)) {
                        unfinished.set(true);
                    }
                }))
                .join();
        return new ReadBack(digests, lengths, !unfinished.get());
    }

    /**
     * Deflated page entries held in memory for writing the pack, at most: beyond, with a build cache, the pack takes
     * them from the cache again ({@link OfflinePack#zip}). At 100,000 pages a language's entries weigh 100 MB; a site
     * of 10,000 pages stays within.
     */
    static final long HELD = 32L << 20;

    /**
     * A language's pages made ready for its pack.
     *
     * @param entries their entries, by path, as far as they are held
     * @param links   the files they link to
     */
    record Packed(Map<String, PackEntry> entries, Set<String> links) {}

    /**
     * The entries of one language's pages made ready for its pack (read again, as rendered, where the cache does not
     * have them ready), as far as {@code budget} bytes hold them ({@link #HELD}); and the files they link to. Only
     * these are kept, not each page's links: at 100,000 pages a language's pages link to a million addresses, most of
     * them the same few.
     */
    Packed packed(
            Path folder,
            List<String> pages,
            long budget,
            Predicate<String> holds,
            OfflinePack packer,
            PackSizeGuess guess,
            ForkJoinPool pool) {
        Map<String, PackEntry> entries = new ConcurrentHashMap<>();
        Set<String> links = ConcurrentHashMap.newKeySet();
        AtomicLong held = new AtomicLong();
        pool.submit(() -> pages.parallelStream().forEach(file -> {
                    // Read only where the pack's cache does not hold the page's entry.
                    Supplier<byte[]> rendered = () -> guess.unfilled(file, OutputFiles.read(folder, file));
                    PackedPage page = packer.page(file, rendered, digests.get(file), holds);
                    if (!packer.stores() || held.addAndGet(page.entry().deflated().length) <= budget) {
                        entries.put(file, page.entry());
                    }
                    links.addAll(page.links());
                }))
                .join();
        return new Packed(entries, links);
    }
}
