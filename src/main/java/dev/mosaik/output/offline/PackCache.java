package dev.mosaik.output.offline;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.EntryData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The packs' entries in the build cache. A page ({@value #PAGES}) is keyed by its path, the base URL and its bytes,
 * and is taken only where the pack holds the same of its links' targets as when it was stored; any other file
 * ({@value #FILES}) by its bytes alone. A missing or damaged entry is a miss: the entry is made again.
 */
final class PackCache {

    static final String PAGES = "offline-pages";
    static final String FILES = "offline-files";

    private final Optional<CacheFolder> cache;

    PackCache(Optional<CacheFolder> cache) {
        this.cache = cache;
    }

    PackedPage page(String file, BaseUrl base, byte[] bytes, Predicate<String> holds, Supplier<PackedPage> make) {
        if (cache.isEmpty()) {
            return make.get();
        }
        String key =
                cache.get().key(PAGES).add(file).add(base.toString()).add(bytes).hex();
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
