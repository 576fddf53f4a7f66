package dev.mosaik.pipeline;

import dev.mosaik.content.SourceDocument;
import dev.mosaik.pipeline.Stages.Assembled;
import dev.mosaik.pipeline.Stages.Renderers;
import dev.mosaik.site.AddressBook;
import dev.mosaik.site.RenderedBodies;
import dev.mosaik.site.Site;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the preview's last build produced and the next rebuild starts from ({@link PreviewBuilds}). */
record PreviewSnapshot(
        BuildOptions options,
        Assembled assembled,
        Map<Path, SourceDocument> documents,
        Renderers renderers,
        Outputs outputs,
        Optional<TranslationReport> translations,
        Set<Path> unsettled) {

    Site site() {
        return assembled.site();
    }

    PreviewSnapshot withSite(Site site, Map<Path, SourceDocument> documents) {
        return new PreviewSnapshot(
                options,
                new Assembled(assembled.loaded(), assembled.i18n(), site),
                documents,
                renderers,
                outputs,
                translations,
                unsettled);
    }

    /** After a failed rebuild: the files it read are not what the snapshot holds, so the next rebuild reads them again. */
    PreviewSnapshot unsettled(Set<Path> paths) {
        Set<Path> all = new HashSet<>(unsettled);
        all.addAll(paths);
        return new PreviewSnapshot(options, assembled, documents, renderers, outputs, translations, Set.copyOf(all));
    }

    /** What the last build left in the output folder, and how it came to be there. */
    record Outputs(OutputGraph graph, Set<String> published, AddressBook addresses, RenderedBodies bodies) {}
}
