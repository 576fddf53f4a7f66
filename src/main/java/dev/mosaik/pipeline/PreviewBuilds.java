package dev.mosaik.pipeline;

import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Severity;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.output.SyncedFolder;
import dev.mosaik.pipeline.Stages.Assembled;
import dev.mosaik.pipeline.Stages.Loaded;
import dev.mosaik.pipeline.Stages.Read;
import dev.mosaik.pipeline.Stages.Rendered;
import dev.mosaik.pipeline.Stages.Renderers;
import dev.mosaik.render.SiteRenderer;
import dev.mosaik.site.AddressLinks;
import dev.mosaik.site.Page;
import dev.mosaik.site.RenderedBodies;
import dev.mosaik.site.Site;
import dev.mosaik.site.SiteAssembler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The preview's builds: a first full build into the output folder in place, then rebuilds of what each edit
 * affects. Between builds it keeps a {@link PreviewSnapshot} of the last one (its sources, site, theme, dependency graph);
 * one build runs at a time (the methods are synchronized), and the snapshot changes in one place ({@link #advance}).
 */
public final class PreviewBuilds {

    /** Thread-safe and costly to create, so shared by all builds of the preview. */
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private final Pipeline pipeline;
    private PreviewSnapshot last;

    /** @param unprinted told of every sheet a build leaves unprinted; the preview prints one when a browser asks for it */
    public PreviewBuilds(UnprintedSheets unprinted) {
        this.pipeline = new Pipeline(unprinted);
    }

    public PreviewBuilds() {
        this(UnprintedSheets.NONE);
    }

    /** Builds everything into {@code options.output()} in place, writing only the files whose bytes changed. */
    public synchronized BuildResult build(BuildOptions options) {
        return advance(full(options, List.of()));
    }

    /**
     * Rebuilds after {@code changed} files changed. A change to content is incremental: only the changed files are
     * read, only their bodies rendered, and only the outputs whose inputs or answers from the site changed are
     * rendered again ({@link OutputGraph}). A change to the configuration, the UI strings or the theme builds
     * everything (and writes only what changed).
     */
    public synchronized BuildResult rebuild(BuildOptions options, Set<Path> changed) {
        PreviewSnapshot snapshot = last;
        Set<Path> paths =
                changed.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        Path content = options.source()
                .resolve(ContentScanner.CONTENT_DIR)
                .toAbsolutePath()
                .normalize();
        if (snapshot == null
                || !snapshot.options().equals(options)
                || paths.isEmpty()
                || !paths.stream().allMatch(p -> p.startsWith(content))) {
            return build(options);
        }
        if (paths.size() == 1 && snapshot.unsettled().isEmpty()) {
            Optional<PreviewStep> body =
                    rewriteBody(snapshot, options, paths.iterator().next());
            if (body.isPresent()) {
                return advance(body.get());
            }
        }
        Set<Path> all = new HashSet<>(paths);
        all.addAll(snapshot.unsettled());
        return advance(incremental(snapshot, options, all));
    }

    private BuildResult advance(PreviewStep step) {
        last = step.next().orElse(null);
        return step.result();
    }

    /** The stages once, as {@link SiteBuilder} runs them, keeping what the next rebuild needs; {@code earlier} problems are reported first. */
    private PreviewStep full(BuildOptions options, List<Problem> earlier) {
        try (BuildRun run = new BuildRun()) {
            earlier.forEach(run.problems()::add);
            Optional<Loaded> loaded = pipeline.load(options, run);
            if (loaded.isEmpty()) {
                return PreviewStep.failed(run.failed(0));
            }
            Read read = pipeline.read(options, loaded.get(), run);
            RenderedBodies bodies = new RenderedBodies();
            Assembled assembled = pipeline.assemble(
                    options, loaded.get(), read, new SiteAssembler(markdown, RenderedBodies.none(), bodies), run);
            if (run.hasErrors()) {
                return PreviewStep.failed(run.failed(assembled.languages()));
            }
            Renderers renderers = pipeline.renderers(options, assembled);
            try (SyncedFolder output = new SyncedFolder(options.output())) {
                Rendered rendered = pipeline.render(
                        options, assembled, renderers, output, OutputGraph.empty(), file -> {}, true, run);
                if (run.hasErrors()) {
                    return PreviewStep.failed(run.failed(assembled.languages()));
                }
                pipeline.commit(output, run);
                BuildResult result = run.finished(rendered.run().pages(), assembled, true, output.changed(), List.of());
                return new PreviewStep(
                        result,
                        Optional.of(new PreviewSnapshot(
                                options,
                                assembled,
                                ChangedSources.byPath(read.documents()),
                                renderers,
                                new PreviewSnapshot.Outputs(
                                        rendered.run().graph(), output.produced(), rendered.addresses(), bodies),
                                result.translations(),
                                Set.of())));
            } catch (IOException | UncheckedIOException e) {
                return PreviewStep.failed(run.writeFailed(options.output(), e, assembled.languages()));
            }
        }
    }

    /**
     * The fastest path, for the most common edit: only the body of one page changed (same front matter, and no
     * translation records a fingerprint of it). Its page is rendered again in every tree that shows it; listings
     * show only front matter, so nothing else changes. Empty when the edit is not of that kind.
     */
    private Optional<PreviewStep> rewriteBody(PreviewSnapshot snapshot, BuildOptions options, Path path) {
        SourceDocument old = snapshot.documents().get(path);
        if (old == null || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (BuildRun run = new BuildRun()) {
            Optional<SourceDocument> fresh = run.timed(
                    "read",
                    () -> new ContentReader(
                                    snapshot.assembled().loaded().modules().types(), !options.drafts())
                            .read(old.file(), run.problems()));
            if (fresh.isEmpty()
                    || run.hasErrors()
                    || !fresh.get().frontMatter().equals(old.frontMatter())
                    || ChangedSources.fingerprintRecorded(snapshot, old, fresh.get())) {
                return Optional.empty();
            }
            int languages = snapshot.assembled().languages();
            List<Page> replaced = run.timed("assemble", () -> rerendered(snapshot, path, fresh.get(), run));
            // The edit changed no front matter, so every address is where the last build claimed it.
            AddressLinks.check(replaced, snapshot.outputs().addresses(), run.problems());
            if (run.hasErrors()) {
                return Optional.of(
                        new PreviewStep(run.failed(languages), Optional.of(snapshot.unsettled(Set.of(path)))));
            }
            Site site = snapshot.site().withPages(replaced);
            try {
                SyncedFolder output = new SyncedFolder(options.output());
                run.timed(
                        "render",
                        () -> snapshot.renderers().renderer().renderPages(site, replaced, output, run.problems()));
                Map<Path, SourceDocument> documents = new HashMap<>(snapshot.documents());
                documents.put(path, fresh.get());
                BuildResult result = new BuildResult(
                        run.problems().all(),
                        replaced.size(),
                        languages,
                        true,
                        run.timings(),
                        snapshot.translations(),
                        Optional.of(site),
                        output.changed(),
                        output.rendered());
                return Optional.of(new PreviewStep(result, Optional.of(snapshot.withSite(site, documents))));
            } catch (IOException | UncheckedIOException e) {
                // Not swallowed: said, and everything written again by a full build.
                return Optional.of(fullAfterWriteFailure(options, e));
            }
        }
    }

    /** The pages of {@code path} in every tree that shows it, their bodies rendered from {@code fresh}. */
    private List<Page> rerendered(PreviewSnapshot snapshot, Path path, SourceDocument fresh, BuildRun run) {
        SiteAssembler assembler = new SiteAssembler(markdown);
        return snapshot.site().pages().stream()
                .filter(p -> p.source().path().toAbsolutePath().normalize().equals(path))
                .map(p -> assembler.rerender(
                        snapshot.site(),
                        p,
                        fresh,
                        snapshot.assembled().loaded().scan(),
                        snapshot.assembled().i18n(),
                        run.problems()))
                .toList();
    }

    /** Reads the changed sources again, reassembles (reusing unaffected bodies) and runs the affected outputs. */
    private PreviewStep incremental(PreviewSnapshot snapshot, BuildOptions options, Set<Path> changed) {
        Loaded before = snapshot.assembled().loaded();
        int languages = before.languages();
        try (BuildRun run = new BuildRun()) {
            ContentScanner.Scan scan = run.timed(
                    "scan", () -> new ContentScanner().scan(options.source(), before.config(), run.problems()));
            Map<Path, SourceDocument> documents = new HashMap<>();
            List<SourceDocument> read =
                    run.timed("read", () -> ChangedSources.read(scan, snapshot, changed, options, documents, run));
            if (run.hasErrors()) {
                return new PreviewStep(run.failed(languages), Optional.of(snapshot.unsettled(changed)));
            }
            Loaded loaded = new Loaded(before.config(), scan, before.modules());
            RenderedBodies bodies = new RenderedBodies();
            RenderedBodies reusable = ChangedSources.touchStaticFiles(changed, scan, before.scan())
                    ? RenderedBodies.none()
                    : snapshot.outputs().bodies();
            Assembled assembled = pipeline.assemble(
                    options,
                    loaded,
                    new Read(read, snapshot.assembled().i18n()),
                    new SiteAssembler(markdown, reusable, bodies),
                    run);
            if (run.hasErrors()) {
                return new PreviewStep(run.failed(languages), Optional.of(snapshot.unsettled(changed)));
            }
            return renderAffected(snapshot, options, assembled, documents, bodies, run);
        }
    }

    /** Renders the outputs an incremental rebuild's changes affect, and makes the result the next snapshot. */
    private PreviewStep renderAffected(
            PreviewSnapshot snapshot,
            BuildOptions options,
            Assembled assembled,
            Map<Path, SourceDocument> documents,
            RenderedBodies bodies,
            BuildRun run) {
        int languages = assembled.languages();
        Renderers renderers = new Renderers(
                snapshot.renderers().templates(),
                new SiteRenderer(snapshot.renderers().templates(), assembled.i18n(), options.today()));
        try {
            SyncedFolder output =
                    new SyncedFolder(options.output(), snapshot.outputs().published());
            Rendered rendered = pipeline.render(
                    options, assembled, renderers, output, snapshot.outputs().graph(), output::keep, true, run);
            if (run.hasErrors()) {
                // Some outputs were written for a site the graph does not describe: the next rebuild does all.
                return PreviewStep.failed(run.failed(languages));
            }
            pipeline.commit(output, run);
            BuildResult result =
                    run.finished(rendered.run().pages(), assembled, true, output.changed(), output.rendered());
            return new PreviewStep(
                    result,
                    Optional.of(new PreviewSnapshot(
                            options,
                            assembled,
                            documents,
                            renderers,
                            new PreviewSnapshot.Outputs(
                                    rendered.run().graph(), output.produced(), rendered.addresses(), bodies),
                            result.translations(),
                            Set.of())));
        } catch (IOException | UncheckedIOException e) {
            return fullAfterWriteFailure(options, e);
        }
    }

    /**
     * After an incremental rebuild could not write the output folder: the failure is reported as a warning, and a full
     * build writes every file anew (it fails with the same error if the folder is still unwritable).
     */
    private PreviewStep fullAfterWriteFailure(BuildOptions options, Exception e) {
        Problem warning = new Problem(
                Severity.WARNING,
                SourcePosition.file(options.output().toString()),
                "an incremental rebuild could not write the output folder, so everything was built again: "
                        + e.getMessage(),
                Optional.empty());
        return full(options, List.of(warning));
    }
}
