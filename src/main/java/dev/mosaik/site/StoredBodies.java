package dev.mosaik.site;

import dev.mosaik.content.LinkTargets;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.diag.Problems;

/**
 * Where an assembly's bodies come from: rendered now, or taken from a store of earlier builds' bodies (the build
 * cache) when nothing they depend on has changed. A body from a store reports the problems it reported when it was
 * rendered.
 */
public interface StoredBodies {

    /** Renders a body with the link targets given, reporting into the problems given. */
    interface Rendering {
        RenderedMarkdown render(LinkTargets targets, Problems problems);
    }

    /** Renders every body. */
    StoredBodies NONE = (source, tree, targets, rendering, problems) -> rendering.render(targets, problems);

    /**
     * The body of {@code source} in the language tree {@code tree}, whose links resolve against {@code targets}.
     */
    RenderedMarkdown body(
            SourceDocument source, String tree, LinkTargets targets, Rendering rendering, Problems problems);
}
