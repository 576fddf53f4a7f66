package dev.mosaik.output.cache;

import dev.mosaik.content.LinkTargets;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.Severity;
import dev.mosaik.site.StoredBodies;
import java.io.IOException;
import java.util.Optional;

/**
 * Bodies kept in the build cache. The key holds everything a body is made of besides the site's answers to its
 * questions: the cache's stamp (mosaik, theme, configuration, UI strings), the source's text, file, key, language and
 * first line of the body, and the tree it is rendered into. The answers are kept in the entry and asked again
 * ({@link RecordingTargets}).
 */
public final class CachedBodies implements StoredBodies {

    static final String KIND = "bodies";

    private final CacheFolder cache;

    public CachedBodies(CacheFolder cache) {
        this.cache = cache;
    }

    @Override
    public RenderedMarkdown body(
            SourceDocument source, String tree, LinkTargets targets, Rendering rendering, Problems problems) {
        String key = cache.key(KIND)
                .add(source.file().relative())
                .add(source.key().value())
                .add(source.file().language().code())
                .add(source.bodyFirstLine())
                .add(tree)
                .add(source.text().identity())
                .hex();
        Optional<BodyEntry> stored = stored(key).filter(e -> RecordingTargets.sameAnswers(e.questions(), targets));
        if (stored.isPresent()) {
            stored.get().warnings().forEach(problems::add);
            return stored.get().body();
        }
        RecordingTargets recording = new RecordingTargets(targets);
        Problems own = new Problems();
        RenderedMarkdown body = rendering.render(recording, own);
        if (!own.hasErrors()) {
            new BodyEntry(
                            recording.questions(),
                            body,
                            own.all().stream()
                                    .filter(p -> p.severity() == Severity.WARNING)
                                    .toList())
                    .encode()
                    .ifPresent(bytes -> cache.write(KIND, key, bytes));
        }
        problems.addAll(own);
        return body;
    }

    private Optional<BodyEntry> stored(String key) {
        return cache.read(KIND, key).flatMap(bytes -> {
            try {
                return Optional.of(BodyEntry.decode(bytes));
            } catch (IOException | RuntimeException e) {
                // Checksummed, so only an entry of another format gets here: a miss.
                return Optional.empty();
            }
        });
    }
}
