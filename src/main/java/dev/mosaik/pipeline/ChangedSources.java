package dev.mosaik.pipeline;

import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.SourceHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What an incremental rebuild of the preview reads: the changed sources anew, the others as the last build had them. */
final class ChangedSources {

    private ChangedSources() {}

    /** The sources of {@code scan}: the changed ones read anew, the others as the snapshot holds them. */
    static List<SourceDocument> read(
            ContentScanner.Scan scan,
            PreviewSnapshot snapshot,
            Set<Path> changed,
            BuildOptions options,
            Map<Path, SourceDocument> documents,
            BuildRun run) {
        ContentReader reader =
                new ContentReader(snapshot.assembled().loaded().modules().types(), !options.drafts());
        List<SourceDocument> all = new ArrayList<>();
        for (SourceFile file : scan.sources()) {
            Path path = file.path().toAbsolutePath().normalize();
            SourceDocument known =
                    changed.contains(path) ? null : snapshot.documents().get(path);
            Optional<SourceDocument> document =
                    known != null && known.file().equals(file) ? Optional.of(known) : reader.read(file, run.problems());
            document.ifPresent(d -> {
                all.add(d);
                documents.put(path, d);
            });
        }
        return all;
    }

    /**
     * Whether a changed path is a published file (now or before): a changed image may have a new size, which
     * bodies carry, so then no body is reused. (Other paths are sources, folders, or an editor's temporary files.)
     */
    static boolean touchStaticFiles(Set<Path> changed, ContentScanner.Scan now, ContentScanner.Scan before) {
        Set<Path> statics = new HashSet<>();
        for (ContentScanner.Scan scan : List.of(now, before)) {
            scan.staticFiles()
                    .forEach(f -> statics.add(f.path().toAbsolutePath().normalize()));
        }
        return changed.stream().anyMatch(statics::contains);
    }

    /** The documents by their normalised absolute path. */
    static Map<Path, SourceDocument> byPath(List<SourceDocument> documents) {
        Map<Path, SourceDocument> byPath = new HashMap<>();
        documents.forEach(d -> byPath.put(d.file().path().toAbsolutePath().normalize(), d));
        return byPath;
    }

    /** Whether a translation recorded the fingerprint of this text: its "outdated" notice changes with the text. */
    static boolean fingerprintRecorded(PreviewSnapshot snapshot, SourceDocument old, SourceDocument fresh) {
        return !SourceHash.of(fresh).equals(SourceHash.of(old))
                && snapshot.documents().values().stream()
                        .anyMatch(d -> d.key().equals(old.key())
                                && d != old
                                && d.frontMatter().translated().sourceHash().isPresent());
    }
}
