package dev.mosaik.site;

import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies rendered by one assembly, kept for the next one in the preview: an edit to one file then
 * renders one body, not all of them. A body depends on its source and on the addresses its links resolve
 * to and on the size of its images, so a tree's bodies are reused only while every page of that tree keeps its
 * address and the published files stay the same (the caller starts afresh when a file's content changes). Bodies that reported a problem are not kept, so the problem is reported again.
 */
public final class RenderedBodies {

    private record Body(SourceDocument source, String tree) {
    }

    /** What the links of a tree's bodies resolved against. */
    private record Targets(Map<TranslationKey, SitePath> addresses, Map<String, java.nio.file.Path> files) {
    }

    private final Map<Body, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Targets> targets = new ConcurrentHashMap<>();

    public static RenderedBodies none() {
        return new RenderedBodies();
    }

    Optional<String> find(SourceDocument source, String tree, Map<TranslationKey, SitePath> addresses, Map<String, java.nio.file.Path> files) {
        Targets then = targets.get(tree);
        if (then == null || !then.addresses().equals(addresses) || !then.files().equals(files)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bodies.get(new Body(source, tree)));
    }

    void keep(SourceDocument source, String tree, Map<TranslationKey, SitePath> addresses, Map<String, java.nio.file.Path> files, String html) {
        targets.putIfAbsent(tree, new Targets(addresses, files));
        bodies.put(new Body(source, tree), html);
    }

    public int size() {
        return bodies.size();
    }
}
