package dev.mosaik.output.cache;

import dev.mosaik.yaml.YamlTrees;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Front matter parsed by earlier builds, kept in the build cache as one entry ({@value #KIND}, keyed by the cache's
 * stamp): for the hash ({@link CacheKey}) of each YAML text, the compact form of its node tree, which holds the lines
 * its keys and values stand on, relative to the text, so that a page read from here reports every problem where a
 * page parsed now does; a text that did not parse is never kept. One entry rather than one per page: a site's front
 * matter is a few megabytes, read in one go, where ten thousand small files would cost a cold build more to write
 * than parsing them.
 * A build that parsed a text anew, or no longer has one, writes the entry again with what it used.
 */
public final class CachedFrontMatter implements YamlTrees {

    static final String KIND = "front-matter";

    private final CacheFolder cache;
    private final String key;
    private final Map<String, byte[]> stored;
    private final Map<String, byte[]> used = new ConcurrentHashMap<>();
    private final AtomicBoolean added = new AtomicBoolean();

    public CachedFrontMatter(CacheFolder cache) {
        this.cache = cache;
        this.key = cache.key(KIND).hex();
        this.stored = cache.read(KIND, key).flatMap(CachedFrontMatter::decode).orElse(Map.of());
    }

    @Override
    public Optional<byte[]> find(String text) {
        String address = address(text);
        byte[] tree = stored.get(address);
        if (tree != null) {
            used.put(address, tree);
        }
        return Optional.ofNullable(tree);
    }

    @Override
    public void keep(String text, byte[] tree) {
        used.put(address(text), tree);
        added.set(true);
    }

    /** Writes the entry again where this build parsed a text anew or did not ask for one it holds. */
    @Override
    public void finish() {
        if (!added.get() && used.size() == stored.size()) {
            return;
        }
        Map<String, byte[]> sorted = new TreeMap<>(used);
        EntryData.Out out = new EntryData.Out().number(sorted.size());
        sorted.forEach((address, tree) -> out.string(address).blob(tree));
        cache.write(KIND, key, out.bytes());
    }

    private static String address(String text) {
        return CacheKey.of(KIND).add(text).hex();
    }

    private static Optional<Map<String, byte[]>> decode(byte[] data) {
        try {
            EntryData.In in = new EntryData.In(data);
            Map<String, byte[]> trees = new ConcurrentHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                trees.put(in.string(), in.blob());
            }
            in.end();
            return Optional.of(trees);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // checksummed, so only an entry of another format gets here: every text is parsed
        }
    }
}
