package dev.mosaik.pipeline;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.SiteLinks;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.I18n;
import dev.mosaik.output.OutputSafety;
import dev.mosaik.output.OutputTarget;
import dev.mosaik.output.StaticFiles;
import dev.mosaik.output.cache.CachedFrontMatter;
import dev.mosaik.output.offline.OfflineSite;
import dev.mosaik.output.offline.PackSizeGuess;
import dev.mosaik.pipeline.Stages.Assembled;
import dev.mosaik.pipeline.Stages.Loaded;
import dev.mosaik.pipeline.Stages.Read;
import dev.mosaik.pipeline.Stages.Rendered;
import dev.mosaik.pipeline.Stages.Renderers;
import dev.mosaik.render.ForeignRuns;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.RenderJob;
import dev.mosaik.render.SiteRenderer;
import dev.mosaik.render.StoredPages;
import dev.mosaik.render.Templates;
import dev.mosaik.site.AddressBook;
import dev.mosaik.site.AddressLinks;
import dev.mosaik.site.SiteAssembler;
import dev.mosaik.yaml.YamlTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The stages of a build, each a method that takes the records of the stages before it and returns its own
 * ({@link Stages}): load → read → assemble → renderers → render → commit. The pipeline keeps no state between
 * builds; {@link SiteBuilder} runs the stages once, {@link PreviewBuilds} again for what an edit affects.
 */
final class Pipeline {

    private final UnprintedSheets unprinted;

    Pipeline(UnprintedSheets unprinted) {
        this.unprinted = unprinted;
    }

    /**
     * The configuration and the files below the site; empty when the configuration cannot be read (its problems
     * are in {@code run}). Nothing of the configuration, the UI strings or the theme is read when one of them links
     * out of the site: it would publish (or print in an error) a file of the computer that builds. content/ and
     * assets/ are checked as they are scanned.
     */
    Optional<Loaded> load(BuildOptions options, BuildRun run) {
        if (options.write() && !options.inPlace()) {
            // Checked first and reported with the content's problems: the build replaces this folder as a whole.
            OutputSafety.refusal(options.source(), options.output())
                    .ifPresent(reason -> run.problems()
                            .error(SourcePosition.file(options.output().toString()), reason));
        }
        if (!SiteLinks.checkReadable(
                options.source(),
                List.of(SiteConfigReader.FILE_NAME, I18n.I18N_DIR, Templates.THEME_DIR),
                run.problems())) {
            return Optional.empty();
        }
        Optional<SiteConfig> read =
                run.timed("config", () -> new SiteConfigReader().read(options.source(), run.problems()));
        // The content types are checked before any page is read: a type without its template fails the build
        // here, not at its first page.
        Optional<TypeModules> modules =
                TypeModules.discover(run.problems()).filter(m -> m.checkTemplates(options.source(), run.problems()));
        if (read.isEmpty() || modules.isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = options.baseUrl().map(read.get()::withBaseUrl).orElse(read.get());
        ContentScanner.Scan scan =
                run.timed("scan", () -> new ContentScanner().scan(options.source(), config, run.problems()));
        return Optional.of(new Loaded(config, scan, modules.get()));
    }

    /** Every source read and its front matter parsed, in parallel; and the UI strings. */
    Read read(BuildOptions options, Loaded loaded, BuildRun run) {
        List<dev.mosaik.content.SourceDocument> documents = run.timed(
                "read",
                () -> new ContentReader(
                                loaded.modules().types(),
                                !options.drafts(),
                                run.cache()
                                        .<YamlTrees>map(CachedFrontMatter::new)
                                        .orElse(YamlTrees.NONE))
                        .read(loaded.scan().sources(), run.pool(), run.problems()));
        I18n i18n = run.timed("i18n", () -> I18n.load(options.source(), loaded.config(), run.problems()));
        return new Read(documents, i18n);
    }

    /**
     * The site assembled from what was read. A one-off build lets the sources' text go after this stage (the
     * caller keeps no {@link Read}), which large sites need: at 100,000 pages the text alone is some 600 MB.
     */
    Assembled assemble(BuildOptions options, Loaded loaded, Read read, SiteAssembler assembler, BuildRun run) {
        return new Assembled(
                loaded,
                read.i18n(),
                run.timed(
                        "assemble",
                        () -> assembler.assemble(
                                loaded.modules().types(),
                                loaded.config(),
                                read.documents(),
                                loaded.scan(),
                                read.i18n(),
                                options.drafts(),
                                options.day().today(loaded.config().timeZone()),
                                run.pool(),
                                run.problems())));
    }

    /** The theme compiled for the site's languages, and the renderer of its pages, which renders every page. */
    Renderers renderers(BuildOptions options, Assembled assembled) {
        return renderers(options, assembled, StoredPages.NONE);
    }

    /**
     * The theme compiled for the site's languages, and the renderer of its pages, which takes pages from
     * {@code stored} where it holds them (the build cache).
     */
    Renderers renderers(BuildOptions options, Assembled assembled, StoredPages stored) {
        SiteConfig config = assembled.loaded().config();
        I18n i18n = assembled.i18n();
        Templates templates = new Templates(
                options.source(),
                code -> i18n.messages(config.language(code).orElseThrow()),
                code -> i18n.services(config.language(code).orElseThrow()),
                ForeignRuns.of(config, i18n));
        // The offline copies belong to the published site: not to the preview (no service worker there), nor to the
        // check.
        return new Renderers(
                templates,
                new SiteRenderer(
                        templates.storingPages(stored),
                        i18n,
                        options.day().today(config.timeZone()),
                        offline(options),
                        assembled.loaded().modules().views()));
    }

    /** Every output of the site as a job: the renderer's pages, then the generated files. */
    List<RenderJob> jobs(BuildOptions options, Assembled assembled, Renderers renderers, BuildRun run) {
        List<RenderJob> jobs = new ArrayList<>(renderers.renderer().jobs(assembled.site()));
        jobs.addAll(OutputJobs.of(
                options, assembled.site(), renderers.templates(), assembled.i18n(), unprinted, run.cache()));
        return jobs;
    }

    /**
     * Renders without writing ({@code mosaik check}): the pages go to {@code sink}, the generated files are made only
     * for their addresses, which links may name (none is printed). Claims what it renders and the theme's files,
     * so that it finds the clashes a build would.
     */
    int check(BuildOptions options, Assembled assembled, Renderers renderers, PageSink sink, BuildRun run) {
        AddressBook addresses =
                AddressBook.of(assembled.site(), assembled.loaded().scan());
        StaticFiles.themeFiles().forEach(file -> addresses.claim(file, AddressBook.Claimant.theme(file)));
        List<RenderJob> pages = ClaimedJobs.of(renderers.renderer().jobs(assembled.site()), addresses);
        List<RenderJob> generated = ClaimedJobs.of(
                OutputJobs.of(
                        options.withPdf(false),
                        assembled.site(),
                        renderers.templates(),
                        assembled.i18n(),
                        unprinted,
                        run.cache()),
                addresses);
        PageSink discard = (file, bytes) -> {};
        int rendered = run.timed(
                "render",
                () -> run.pool()
                        .submit(() -> {
                            generated.parallelStream()
                                    .forEach(job -> job.run(assembled.site(), discard, run.problems()));
                            return pages.parallelStream()
                                    .mapToInt(job -> job.run(assembled.site(), sink, run.problems()))
                                    .sum();
                        })
                        .join());
        addresses.report(run.problems());
        AddressLinks.check(assembled.site().pages(), addresses, run.problems());
        return rendered;
    }

    /**
     * Copies the static files and renders every output into {@code output}, skipping the jobs {@code graph} shows
     * unaffected (their files are claimed again and handed to {@code kept}); then reports address clashes and
     * links to addresses nothing claimed.
     *
     * @param record whether the returned graph notes what each job read (the preview's next rebuild needs it)
     */
    Rendered render(
            BuildOptions options,
            Assembled assembled,
            Renderers renderers,
            OutputTarget output,
            OutputGraph graph,
            Consumer<String> kept,
            boolean record,
            BuildRun run) {
        AddressBook addresses =
                AddressBook.of(assembled.site(), assembled.loaded().scan());
        run.timed(
                "static",
                () -> new StaticFiles()
                        .copy(
                                assembled.loaded().scan().assets(),
                                assembled.loaded().scan().staticFiles(),
                                output,
                                addresses));
        Optional<PackSizeGuess> guess = sizeGuess(options, assembled, output);
        OutputGraph.Run done;
        try {
            // The jobs are made here, not held in a variable: the offline stage then has their memory (at 100,000 pages
            // some 30 MB with their ids and claimants) to itself.
            done = run.timed(
                    "render",
                    () -> graph.run(
                            assembled.site(),
                            ClaimedJobs.of(jobs(options, assembled, renderers, run), addresses),
                            guess.<PageSink>map(g -> g).orElse(output),
                            (job, file) -> {
                                addresses.claim(file, ClaimedJobs.claimantOf(job));
                                kept.accept(file);
                            },
                            run.pool(),
                            run.problems(),
                            record));
        } catch (RuntimeException e) {
            // A failed write ends the run while other pages may still be rendering: let them finish before the
            // staging folder is removed, or they would create it again.
            run.pool().awaitQuiescence(1, TimeUnit.MINUTES);
            throw e;
        }
        if (guess.isPresent() && !run.hasErrors()) {
            writeOffline(assembled, output, guess.get(), addresses, options, run);
        }
        addresses.report(run.problems());
        AddressLinks.check(assembled.site().pages(), addresses, run.problems());
        return new Rendered(done, addresses);
    }

    /**
     * For a published build, the pages get their offline pack's size as it was last published; the offline stage
     * puts it right where the new pack's size reads otherwise.
     */
    private static Optional<PackSizeGuess> sizeGuess(BuildOptions options, Assembled assembled, OutputTarget output) {
        return offline(options)
                ? Optional.of(PackSizeGuess.around(output, assembled.loaded().config(), output.published()))
                : Optional.empty();
    }

    /** The offline copies of the written site (packs, manifests, service worker), their files claimed. */
    private static void writeOffline(
            Assembled assembled,
            OutputTarget output,
            PackSizeGuess guess,
            AddressBook addresses,
            BuildOptions options,
            BuildRun run) {
        output.written()
                .ifPresent(folder -> run.timed(
                        "offline",
                        () -> new OfflineSite(
                                        assembled.loaded().config(),
                                        options.day()
                                                .stamp(assembled
                                                        .loaded()
                                                        .config()
                                                        .timeZone()))
                                .write(
                                        folder,
                                        output,
                                        guess,
                                        file -> addresses.claim(file, AddressBook.Claimant.generated("offline")),
                                        run.pool(),
                                        run.cache(),
                                        run.problems())));
    }

    /** Whether the build makes the offline copies (packs, manifests, service worker): a published build only. */
    private static boolean offline(BuildOptions options) {
        return options.write() && !options.inPlace();
    }

    /** Makes the output folder hold this build: the staged folder swapped in, or the in-place folder's leftovers removed. */
    void commit(OutputTarget output, BuildRun run) {
        run.timed("publish", output::commit);
    }
}
