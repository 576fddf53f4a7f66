package dev.mosaik.pipeline;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.RenderJob;
import dev.mosaik.site.Site;
import dev.mosaik.site.SiteReads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The preview's dependency graph: for every output job of the last build, what it was created with, what it
 * asked of the site and got as answers, the files it wrote and the problems it reported. After an edit, a job
 * runs again only when its inputs differ or one of its questions gets a different answer from the new site;
 * the others keep their files and report their problems again. So an edit to a page's title renders the page,
 * its translations (their switchers name it), the section and term listings, menus and feeds that show it, and
 * nothing else.
 */
final class OutputGraph {

    private record Node(Object inputs, SiteReads reads, List<String> files, List<Problem> problems, int pages) {}

    /** What a run did. */
    record Run(OutputGraph graph, int pages, int rendered, int reused) {}

    private static final OutputGraph EMPTY = new OutputGraph(Map.of());

    private final Map<String, Node> nodes;

    private OutputGraph(Map<String, Node> nodes) {
        this.nodes = nodes;
    }

    static OutputGraph empty() {
        return EMPTY;
    }

    int size() {
        return nodes.size();
    }

    /**
     * Runs {@code jobs} against {@code site}, in parallel, skipping those this graph shows to be unaffected;
     * {@code keep} is told the files of every skipped job.
     *
     * @param record whether to note what each job reads (the preview); a one-off build has no next build to serve
     */
    Run run(
            Site site,
            List<RenderJob> jobs,
            PageSink sink,
            BiConsumer<RenderJob, String> keep,
            ForkJoinPool pool,
            Problems problems,
            boolean record) {
        Map<String, Node> next = new ConcurrentHashMap<>();
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        pool.submit(() -> jobs.parallelStream().forEach(job -> {
                    Node old = nodes.get(job.id());
                    if (old != null
                            && Objects.equals(old.inputs(), job.inputs())
                            && old.reads().holdIn(site)) {
                        old.files().forEach(file -> keep.accept(job, file));
                        old.problems().forEach(problems::add);
                        pages.addAndGet(old.pages());
                        next.put(job.id(), old);
                        return;
                    }
                    rendered.incrementAndGet();
                    if (!record) {
                        pages.addAndGet(job.run(site, sink, problems));
                        return;
                    }
                    Node node = recorded(job, site, sink, problems);
                    pages.addAndGet(node.pages());
                    next.put(job.id(), node);
                }))
                .join();
        return new Run(
                record ? new OutputGraph(Map.copyOf(next)) : EMPTY,
                pages.get(),
                rendered.get(),
                jobs.size() - rendered.get());
    }

    /** Runs {@code job}, noting what it asks of the site, the files it writes or reserves and the problems it reports. */
    private static Node recorded(RenderJob job, Site site, PageSink sink, Problems problems) {
        SiteReads reads = new SiteReads();
        List<String> files = Collections.synchronizedList(new ArrayList<>());
        Problems own = new Problems();
        // A reserved file is kept like a written one, so that a skipped job still holds its addresses.
        int written = job.run(
                site.recordingInto(reads),
                new PageSink() {
                    @Override
                    public void write(String file, byte[] bytes) {
                        files.add(file);
                        sink.write(file, bytes);
                    }

                    @Override
                    public void write(String file, byte[] bytes, byte[] digest) {
                        files.add(file);
                        sink.write(file, bytes, digest);
                    }

                    @Override
                    public void reserve(String file) {
                        files.add(file);
                        sink.reserve(file);
                    }
                },
                own);
        problems.addAll(own);
        return new Node(job.inputs(), reads, List.copyOf(files), own.all(), written);
    }
}
