package dev.mosaik.pipeline;

import java.util.Optional;

/** A preview build's result and the snapshot the next rebuild starts from (none: the next one builds everything). */
record PreviewStep(BuildResult result, Optional<PreviewSnapshot> next) {
    static PreviewStep failed(BuildResult result) {
        return new PreviewStep(result, Optional.empty());
    }
}
