package dev.mosaik.output.offline;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.CacheKey;
import dev.mosaik.output.cache.EntryData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whole packs in the build cache ({@value #KIND}). A language's pack is keyed by everything it is made of: the cache's
 * stamp, the entries' date, the base URL, the language's folder, and the path and hash (as rendered) of every file
 * it could hold — the language's tree and every file outside the languages' trees. The entry holds the hash and
 * length of the pack, the files it holds and the keys of the entries it was made of. A build whose language has the
 * same key takes the published pack, where it still has that hash, instead of putting it together again; and keeps
 * the entries it was made of, which a later build that changes one page of the language needs.
 */
final class KeptPacks {

    static final String KIND = "offline-packs";

    /**
     * What a pack was made into.
     *
     * @param hash   the {@link PackCache#digest} of the pack's bytes
     * @param files  the files it holds, sorted
     * @param pages  the keys of the page entries ({@value PackCache#PAGES}) it was made of
     * @param others the keys of its other entries ({@value PackCache#FILES})
     */
    record Kept(byte[] hash, long length, List<String> files, List<String> pages, List<String> others) {}

    private final Optional<CacheFolder> cache;
    private final BaseUrl base;
    private final Instant stamp;

    KeptPacks(Optional<CacheFolder> cache, BaseUrl base, Instant stamp) {
        this.cache = cache;
        this.base = base;
        this.stamp = stamp;
    }

    /**
     * The key of the pack of the language in folder {@code prefix}; empty without a cache.
     *
     * @param all     every file of the site, sorted
     * @param digests their hashes as rendered
     */
    Optional<String> key(String prefix, Set<String> otherPrefixes, List<String> all, Map<String, byte[]> digests) {
        if (cache.isEmpty()) {
            return Optional.empty();
        }
        CacheKey key =
                cache.get().key(KIND).add(stamp.toString()).add(base.toString()).add(prefix);
        for (String file : all) {
            int slash = file.indexOf('/');
            // A file in another language's tree is never in this pack, nor does its being there change a link.
            if (file.startsWith(prefix + "/") || slash < 0 || !otherPrefixes.contains(file.substring(0, slash))) {
                key.add(file).add(digests.get(file));
            }
        }
        return Optional.of(key.hex());
    }

    Optional<Kept> find(String key) {
        return cache.flatMap(c -> c.read(KIND, key)).flatMap(KeptPacks::decode);
    }

    /** The published pack's bytes, where it is the pack {@code kept} describes. */
    static Optional<byte[]> published(Kept kept, Optional<Path> folder, String pack) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.get().resolve(pack);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != kept.length()) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return MessageDigest.isEqual(PackCache.digest(bytes), kept.hash()) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // gone or unreadable: the pack is put together again
        }
    }

    /** Keeps the entries {@code kept} was made of from being pruned, as this build did not read them. */
    void keep(Kept kept) {
        cache.ifPresent(c -> {
            kept.pages().forEach(key -> c.keep(PackCache.PAGES, key));
            kept.others().forEach(key -> c.keep(PackCache.FILES, key));
        });
    }

    /**
     * @param hash   the {@link PackCache#digest} of the pack as written
     * @param length its length
     */
    void store(String key, byte[] hash, long length, LanguageFiles files, PackCache entries) {
        if (cache.isEmpty()) {
            return;
        }
        EntryData.Out out = new EntryData.Out().blob(hash).number(length);
        strings(out, new ArrayList<>(files.files()));
        strings(out, entries.pagesUsed());
        strings(out, entries.filesUsed());
        cache.get().write(KIND, key, out.bytes());
    }

    private static void strings(EntryData.Out out, List<String> strings) {
        out.number(strings.size());
        strings.forEach(out::string);
    }

    private static Optional<Kept> decode(byte[] data) {
        try {
            EntryData.In in = new EntryData.In(data);
            Kept kept = new Kept(in.blob(), in.number(), strings(in), strings(in), strings(in));
            in.end();
            return Optional.of(kept);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // checksummed, so only an entry of another format gets here: a miss
        }
    }

    private static List<String> strings(EntryData.In in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            strings.add(in.string());
        }
        return strings;
    }
}
