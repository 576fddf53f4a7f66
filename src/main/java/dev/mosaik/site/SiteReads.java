package dev.mosaik.site;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * What one output read from the site while it was rendered: every question asked of the {@link Site} with the
 * answer it got. After an edit, the preview asks the same questions of the new site; when every answer is equal,
 * the output would come out the same and is not rendered again. These are the edges of the dependency graph,
 * recorded rather than declared, so a template that starts reading something new cannot be forgotten.
 */
public final class SiteReads {

    private record Read<T>(Function<Site, T> question, T answer) {

        boolean holdsIn(Site site) {
            return Objects.equals(question.apply(site), answer);
        }
    }

    /** Concurrent: one output may read from several threads (the course sheets are printed in parallel). */
    private final Queue<Read<?>> reads = new ConcurrentLinkedQueue<>();

    <T> void add(Function<Site, T> question, T answer) {
        reads.add(new Read<>(question, answer));
    }

    /** True when every question gets the same answer from {@code site} as it did when recorded. */
    public boolean holdIn(Site site) {
        for (Read<?> read : reads) {
            if (!read.holdsIn(site)) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return reads.size();
    }
}
