package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies rendered by one assembly, kept for the next one in the preview: an edit to one file then
 * renders one body, not all of them. A body depends on its source and on the addresses its links resolve
 * to and on the size of its images, so a tree's bodies are reused only while every page of every tree keeps its
 * address and the published files stay the same (the caller starts afresh when a file's content changes). Bodies that reported a problem are not kept, so the problem is reported again.
 */
public final class RenderedBodies {

    /**
     * A source in a tree, by identity: the preview hands unchanged sources from one assembly to the next as the
     * same objects and reads changed ones anew, so identity is exactly "unchanged", and it costs nothing to test
     * (a record's own equality would walk the whole front matter for every page).
     */
    private static final class Body {
        private final SourceDocument source;
        private final Language tree;

        Body(SourceDocument source, Language tree) {
            this.source = source;
            this.tree = tree;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Body body && body.source == source && body.tree.equals(tree);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(source) * 31 + tree.hashCode();
        }
    }

    /** What the links of a tree's bodies resolved against: the addresses of every tree (links may name any). */
    private record Targets(
            Map<Language, Map<TranslationKey, SitePath>> addresses, Map<String, java.nio.file.Path> files) {}

    /** Whether a tree's targets are still the same, decided once per assembly asking (by the identity of its maps). */
    private record Verdict(
            Map<Language, Map<TranslationKey, SitePath>> addresses,
            Map<String, java.nio.file.Path> files,
            boolean same) {}

    private final Map<Body, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
    private final Map<Language, Targets> targets = new ConcurrentHashMap<>();
    private final Map<Language, Verdict> verdicts = new ConcurrentHashMap<>();

    public static RenderedBodies none() {
        return new RenderedBodies();
    }

    Optional<RenderedMarkdown> find(
            SourceDocument source,
            Language tree,
            Map<Language, Map<TranslationKey, SitePath>> addresses,
            Map<String, java.nio.file.Path> files) {
        // Comparing a tree's addresses costs as much as the tree is large: once per tree, not once per page.
        Verdict verdict = verdicts.compute(
                tree,
                (language, known) -> known != null && known.addresses() == addresses && known.files() == files
                        ? known
                        : new Verdict(addresses, files, sameTargets(language, addresses, files)));
        if (!verdict.same()) {
            return Optional.empty();
        }
        return Optional.ofNullable(bodies.get(new Body(source, tree)));
    }

    private boolean sameTargets(
            Language tree,
            Map<Language, Map<TranslationKey, SitePath>> addresses,
            Map<String, java.nio.file.Path> files) {
        Targets then = targets.get(tree);
        return then != null
                && then.addresses().equals(addresses)
                && then.files().equals(files);
    }

    void keep(
            SourceDocument source,
            Language tree,
            Map<Language, Map<TranslationKey, SitePath>> addresses,
            Map<String, java.nio.file.Path> files,
            RenderedMarkdown body) {
        targets.putIfAbsent(tree, new Targets(addresses, files));
        bodies.put(new Body(source, tree), body);
    }

    public int size() {
        return bodies.size();
    }
}
