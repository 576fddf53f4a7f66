package dev.mosaik.output.cache;

import dev.mosaik.yaml.YamlTrees;
import java.util.Optional;

/**
 * Front matter parsed by earlier builds, kept in the build cache ({@value #KIND}): the compact form of each YAML
 * text's node tree, keyed by the cache's stamp and the text itself. The tree holds the lines the text's keys and
 * values stand on, relative to the text, so that a page read from here reports every problem where a page parsed
 * now does; a text that did not parse is never kept.
 */
public final class CachedFrontMatter implements YamlTrees {

    static final String KIND = "front-matter";

    private final CacheFolder cache;

    public CachedFrontMatter(CacheFolder cache) {
        this.cache = cache;
    }

    @Override
    public Optional<byte[]> find(String text) {
        return cache.read(KIND, key(text));
    }

    @Override
    public void keep(String text, byte[] tree) {
        cache.write(KIND, key(text), tree);
    }

    private String key(String text) {
        return cache.key(KIND).add(text).hex();
    }
}
