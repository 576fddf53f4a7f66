package dev.mosaik.render;

import dev.mosaik.diag.Problems;
import dev.mosaik.site.Site;

/**
 * One unit of output: a page, a listing, a file about the whole site. A job renders from what it was created
 * with ({@code inputs}) and from the site it is handed, nothing else; so the preview can skip it after an edit
 * when its inputs are equal to last time and the site answers its questions as before
 * ({@link dev.mosaik.site.SiteReads}).
 *
 * @param id     a name that stays the same from build to build (for a page, its output file)
 * @param inputs what the job was created with, compared with the previous build's; null when it has none
 */
public record RenderJob(String id, Object inputs, Body body) {

    /** The work of a job. */
    @FunctionalInterface
    public interface Body {

        /** @return the number of pages written, for the build summary */
        int run(Site site, PageSink sink, Problems problems);
    }

    public int run(Site site, PageSink sink, Problems problems) {
        return body.run(site, sink, problems);
    }
}
