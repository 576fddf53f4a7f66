package dev.mosaik.yaml;

import java.util.Optional;

/**
 * Parsed YAML kept between builds: the compact form of a text's node tree, found by the text (the build cache keeps
 * front matter so). A tree from here reads exactly as one parsed now, with the same lines; only a text that parsed
 * without a problem is kept.
 */
public interface YamlTrees {

    /** Keeps nothing: every text is parsed. */
    YamlTrees NONE = new YamlTrees() {
        @Override
        public Optional<byte[]> find(String text) {
            return Optional.empty();
        }

        @Override
        public void keep(String text, byte[] tree) {}
    };

    /** The compact form kept for {@code text}, if any. */
    Optional<byte[]> find(String text);

    /** Keeps the compact form of the tree {@code text} parsed into. */
    void keep(String text, byte[] tree);

    /** Called once every text of a build has been read: a store that writes in one go writes now. */
    default void finish() {}
}
