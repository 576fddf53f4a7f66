package dev.mosaik.pipeline;

import dev.mosaik.content.ContentType;
import dev.mosaik.render.TypedViewSource;

/**
 * A content type as one object to register: its reading side ({@link ContentType}: keys, record, checks, links,
 * search facts, template name) and its view ({@link TypedViewSource}). mosaik's own types are listed in
 * {@code ContentTypes.shipped()} and {@code TypedViewSources.shipped()}; a type of its own, in a jar beside
 * mosaik's or in a test's classes, is found through {@link java.util.ServiceLoader}: the jar names its
 * implementation in {@code META-INF/services/dev.mosaik.pipeline.TypeModule} and carries its template as
 * {@code theme/templates/NAME.html} (and, for {@code mosaik new}, {@code ui/scaffold/LANG/NAME.txt}).
 * Implementations need a public constructor without arguments and keep no state.
 */
public interface TypeModule {

    /** The type's reading side; its {@link ContentType#name()} is the name in front matter. */
    ContentType type();

    /** The type's view; answers to the same name as {@link #type()}. */
    TypedViewSource view();
}
