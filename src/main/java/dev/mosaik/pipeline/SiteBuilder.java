package dev.mosaik.pipeline;

import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.output.OutputFolder;
import dev.mosaik.output.OutputTarget;
import dev.mosaik.output.SyncedFolder;
import dev.mosaik.output.cache.CachedBodies;
import dev.mosaik.output.cache.CachedPages;
import dev.mosaik.pipeline.Stages.Assembled;
import dev.mosaik.pipeline.Stages.Loaded;
import dev.mosaik.pipeline.Stages.Rendered;
import dev.mosaik.pipeline.Stages.Renderers;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.StoredPages;
import dev.mosaik.site.SiteAssembler;
import dev.mosaik.site.StoredBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A one-off build ({@code mosaik build}, {@code check}, {@code translations}): the {@link Pipeline}'s stages once, in
 * order. Stops before writing anything when the input has errors, so the published site stays as it was. Keeps
 * nothing between builds; the preview's rebuilds are {@link PreviewBuilds}.
 */
public final class SiteBuilder {

    /** Opens the folder a publishing build writes: a staged {@link OutputFolder}; tests wrap it to make writes fail. */
    interface OutputOpener {
        OutputTarget open(Path folder) throws IOException;
    }

    /** Thread-safe and costly to create, so shared by the builds of one builder. */
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** The stage that finds out whether a build has anything to do, as {@code --timings} names it. */
    static final String UP_TO_DATE = "up to date";

    private final Pipeline pipeline = new Pipeline(UnprintedSheets.NONE);
    private final OutputOpener opener;
    private final BuildCache cache;

    public SiteBuilder() {
        this(BuildCache.NONE);
    }

    /** A builder that keeps results in {@code cache} for the next build, and takes them from there. */
    public SiteBuilder(BuildCache cache) {
        this(OutputFolder::begin, cache);
    }

    SiteBuilder(OutputOpener opener) {
        this(opener, BuildCache.NONE);
    }

    SiteBuilder(OutputOpener opener, BuildCache cache) {
        this.opener = opener;
        this.cache = cache;
    }

    public BuildResult build(BuildOptions options) {
        return build(options, (file, bytes) -> {});
    }

    /**
     * Builds; a dry run ({@link BuildOptions#dryRun()}) hands the rendered pages to {@code dryRunSink} instead of
     * writing them, so that {@code mosaik check} can look at the finished HTML.
     */
    public BuildResult build(BuildOptions options, PageSink dryRunSink) {
        try (BuildRun run = new BuildRun()) {
            Optional<Loaded> loaded = pipeline.load(options, run);
            if (loaded.isEmpty()) {
                return run.failed(0);
            }
            if (!run.hasErrors()) {
                // Only a build that was accepted (a site, an output folder it may replace) gets a cache folder.
                run.useCache(cache.open(options));
            }
            Optional<UpToDate> upToDate = run.cache()
                    .flatMap(folder ->
                            run.timed(UP_TO_DATE, () -> UpToDate.of(folder, options, loaded.get(), run.pool())));
            Optional<dev.mosaik.output.cache.BuildRecord> earlier = upToDate.filter(u -> cache.skipsUnchanged())
                    .flatMap(u -> run.timed(UP_TO_DATE, () -> u.earlier(options.output())));
            if (earlier.isPresent()) {
                return run.unchanged(earlier.get());
            }
            SiteAssembler assembler = new SiteAssembler(
                    markdown, run.cache().<StoredBodies>map(CachedBodies::new).orElse(StoredBodies.NONE));
            Assembled assembled =
                    pipeline.assemble(options, loaded.get(), pipeline.read(options, loaded.get(), run), assembler, run);
            if (run.hasErrors()) {
                return run.failed(assembled.languages());
            }
            Renderers renderers = pipeline.renderers(
                    options,
                    assembled,
                    run.cache().<StoredPages>map(CachedPages::new).orElse(StoredPages.NONE));
            if (!options.write()) {
                int pages = pipeline.check(options, assembled, renderers, dryRunSink, run);
                return run.finished(pages, assembled, false, List.of(), List.of());
            }
            return publish(options, assembled, renderers, upToDate, run);
        }
    }

    /** The site read and assembled, and the templates to render it with: for an output made on its own. */
    record Model(dev.mosaik.i18n.I18n i18n, dev.mosaik.site.Site site, dev.mosaik.render.Templates templates) {}

    /**
     * Reads and assembles the site without rendering it, for an output made on its own (a newsletter's e-mail
     * edition): the pipeline's first stages. Empty when the site has errors, which are added to {@code problems}.
     */
    Optional<Model> model(BuildOptions options, dev.mosaik.diag.Problems problems) {
        try (BuildRun run = new BuildRun()) {
            Optional<Loaded> loaded = pipeline.load(options.dryRun(), run);
            Optional<Model> model = loaded.map(l -> pipeline.assemble(
                            options, l, pipeline.read(options, l, run), new SiteAssembler(markdown), run))
                    .filter(assembled -> !run.hasErrors())
                    .map(assembled -> new Model(
                            assembled.i18n(),
                            assembled.site(),
                            pipeline.renderers(options, assembled).templates()));
            problems.addAll(run.problems());
            return model;
        }
    }

    private BuildResult publish(
            BuildOptions options, Assembled assembled, Renderers renderers, Optional<UpToDate> upToDate, BuildRun run) {
        Rendered rendered;
        List<String> changed;
        try (OutputTarget output =
                options.inPlace() ? new SyncedFolder(options.output()) : opener.open(options.output())) {
            rendered =
                    pipeline.render(options, assembled, renderers, output, OutputGraph.empty(), file -> {}, false, run);
            if (run.hasErrors()) {
                return run.failed(assembled.languages());
            }
            pipeline.commit(output, run);
            // Only after a build that succeeded: a failed one did not ask for everything the next one will. This
            // build's record, written below, is spared; those of earlier inputs go.
            upToDate.ifPresent(UpToDate::spare);
            run.cache().ifPresent(folder -> run.timed("cache", folder::prune));
            changed = output.changed();
            // The previous folder is removed in the background meanwhile; waiting for it belongs to publishing.
            run.timed("publish", output::close);
        } catch (IOException | UncheckedIOException e) {
            return run.writeFailed(options.output(), e, assembled.languages());
        }
        // Recorded once the output is closed, which waits until the previous folder is gone: removing it changes the
        // status time of every file the two versions shared, which the record holds.
        upToDate.ifPresent(u -> run.timed(
                "cache",
                () -> u.keep(
                        rendered.run().pages(),
                        assembled.languages(),
                        run.problems().all(),
                        options.output())));
        return run.finished(rendered.run().pages(), assembled, true, changed, List.of());
    }
}
