package dev.mosaik.output.offline;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.CacheKey;
import dev.mosaik.output.cache.EntryData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The packs' entries in the build cache. A page ({@value #PAGES}) is keyed by its path, the base URL and the hash
 * of its bytes, and is taken only where the pack holds the same of its links' targets as when it was stored; any other
 * file ({@value #FILES}) by its bytes alone. A missing or damaged entry is a miss: the entry is made again. Each
 * instance notes the entries it used, so that a pack made of them can keep them ({@link KeptPacks}).
 */
final class PackCache {

    static final String PAGES = "offline-pages";
    static final String FILES = "offline-files";

    private final Optional<CacheFolder> cache;
    private final Set<String> pagesUsed = ConcurrentHashMap.newKeySet();
    private final Set<String> filesUsed = ConcurrentHashMap.newKeySet();

    PackCache(Optional<CacheFolder> cache) {
        this.cache = cache;
    }

    /** Whether the entries made are kept in the build cache, where they can be read again. */
    boolean stores() {
        return cache.isPresent();
    }

    /** The hash of {@code bytes} ({@link CacheKey#ALGORITHM}): what a page's entry is keyed by. */
    static byte[] digest(byte[] bytes) {
        return CacheKey.hash(bytes);
    }

    /** @param digest the {@link #digest} of the page's bytes */
    PackedPage page(String file, BaseUrl base, byte[] digest, Predicate<String> holds, Supplier<PackedPage> make) {
        if (cache.isEmpty()) {
            return make.get();
        }
        String key = cache.get()
                .key(PAGES)
                .add(file)
                .add(base.toString())
                .add(digest)
                .hex();
        pagesUsed.add(key);
        Optional<PackedPage> stored =
                cache.get().read(PAGES, key).flatMap(PackCache::page).filter(p -> p.fits(holds));
        if (stored.isPresent()) {
            return stored.get();
        }
        PackedPage made = make.get();
        EntryData.Out out = new EntryData.Out().number(made.links().size());
        made.links().forEach(out::string);
        out.number(made.answers().size());
        new java.util.TreeMap<>(made.answers())
                .forEach((target, held) -> out.string(target).number(held ? 1 : 0));
        entry(out, made.entry());
        cache.get().write(PAGES, key, out.bytes());
        return made;
    }

    PackEntry file(byte[] bytes) {
        if (cache.isEmpty()) {
            return PackEntry.of(bytes);
        }
        String key = cache.get().key(FILES).add(bytes).hex();
        filesUsed.add(key);
        Optional<PackEntry> stored = cache.get()
                .read(FILES, key)
                .flatMap(data -> decode(data, in -> {
                    PackEntry entry = entry(in);
                    in.end();
                    return entry;
                }));
        if (stored.isPresent()) {
            return stored.get();
        }
        PackEntry made = PackEntry.of(bytes);
        EntryData.Out out = new EntryData.Out();
        entry(out, made);
        cache.get().write(FILES, key, out.bytes());
        return made;
    }

    /** The keys of the page entries this instance read or wrote, sorted. */
    List<String> pagesUsed() {
        return new TreeSet<>(pagesUsed).stream().toList();
    }

    /** The keys of the other entries this instance read or wrote, sorted. */
    List<String> filesUsed() {
        return new TreeSet<>(filesUsed).stream().toList();
    }

    private static Optional<PackedPage> page(byte[] data) {
        return decode(data, in -> {
            List<String> links = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                links.add(in.string());
            }
            Map<String, Boolean> answers = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                answers.put(in.string(), in.number() == 1);
            }
            PackEntry entry = entry(in);
            in.end();
            return new PackedPage(links, answers, entry);
        });
    }

    private static void entry(EntryData.Out out, PackEntry entry) {
        out.number(entry.crc()).number(entry.size()).blob(entry.deflated());
    }

    private static PackEntry entry(EntryData.In in) throws IOException {
        return new PackEntry(in.number(), in.number(), in.blob());
    }

    private interface Reading<T> {
        T read(EntryData.In in) throws IOException;
    }

    private static <T> Optional<T> decode(byte[] data, Reading<T> reading) {
        try {
            return Optional.of(reading.read(new EntryData.In(data)));
        } catch (IOException | RuntimeException e) {
            // Checksummed, so only an entry of another format gets here: a miss.
            return Optional.empty();
        }
    }
}
