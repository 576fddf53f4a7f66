package dev.mosaik.build;

import dev.mosaik.config.BaseUrl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param baseUrl overrides site.yaml's baseUrl (the preview server sets its own address)
 * @param write   false to run every stage and report problems without touching the output folder
 */
public record BuildOptions(Path source, Path output, boolean drafts, Optional<BaseUrl> baseUrl, boolean write) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, false, Optional.empty(), true);
    }

    public BuildOptions withDrafts(boolean includeDrafts) {
        return new BuildOptions(source, output, includeDrafts, baseUrl, write);
    }

    public BuildOptions withBaseUrl(BaseUrl url) {
        return new BuildOptions(source, output, drafts, Optional.of(url), write);
    }

    public BuildOptions dryRun() {
        return new BuildOptions(source, output, drafts, baseUrl, false);
    }
}
