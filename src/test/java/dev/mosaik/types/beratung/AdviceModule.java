package dev.mosaik.types.beratung;

import dev.mosaik.content.ContentType;
import dev.mosaik.pipeline.TypeModule;
import dev.mosaik.render.TypedViewSource;

/**
 * {@code type: beratung} as one object, registered only in {@code META-INF/services/dev.mosaik.pipeline.TypeModule}
 * of the test resources: nothing in mosaik names it.
 */
public final class AdviceModule implements TypeModule {

    @Override
    public ContentType type() {
        return new AdviceType();
    }

    @Override
    public TypedViewSource view() {
        return new AdviceViewSource();
    }
}
