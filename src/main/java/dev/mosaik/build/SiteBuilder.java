package dev.mosaik.build;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.I18n;
import dev.mosaik.output.Calendar;
import dev.mosaik.output.Feeds;
import dev.mosaik.output.OutputFolder;
import dev.mosaik.output.OutputSafety;
import dev.mosaik.content.SiteLinks;
import dev.mosaik.output.OutputTarget;
import dev.mosaik.output.SyncedFolder;
import dev.mosaik.output.Sitemap;
import dev.mosaik.output.StatusExport;
import dev.mosaik.output.pdf.PdfPrinter;
import dev.mosaik.output.search.SearchIndex;
import dev.mosaik.render.SheetRenderer;
import dev.mosaik.output.StaticFiles;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.SiteRenderer;
import dev.mosaik.render.Templates;
import dev.mosaik.site.AddressBook;
import dev.mosaik.site.AddressLinks;
import dev.mosaik.site.Site;
import dev.mosaik.site.SiteAssembler;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.SourceHash;
import dev.mosaik.render.RenderJob;
import dev.mosaik.site.Page;
import dev.mosaik.site.RenderedBodies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * The orchestrator and the only place that wires the stages together:
 * config → scan → read → i18n → assemble → render → publish. Stops before writing anything when the input
 * has errors, so the published site stays as it was.
 */
public final class SiteBuilder {

    /** Thread-safe and costly to create, so shared by all builds of a process (the preview rebuilds often). */
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Opens the folder a publishing build writes: a staged {@link OutputFolder}; tests wrap it to make writes fail. */
    interface OutputOpener {
        OutputTarget open(Path folder) throws IOException;
    }

    private final OutputOpener opener;

    /**
     * Told of every course sheet a build leaves unprinted ({@code withPdf(false)}), with the address its PDF would have:
     * the preview prints one when a browser asks for it, from the same print HTML, title and language a build uses.
     */
    public interface UnprintedSheets {
        void offer(String pdfPath, SheetRenderer.Sheet sheet);
    }

    private final UnprintedSheets unprinted;

    public SiteBuilder() {
        this(OutputFolder::begin, (path, sheet) -> { });
    }

    public SiteBuilder(UnprintedSheets unprinted) {
        this(OutputFolder::begin, unprinted);
    }

    SiteBuilder(OutputOpener opener) {
        this(opener, (path, sheet) -> { });
    }

    private SiteBuilder(OutputOpener opener, UnprintedSheets unprinted) {
        this.opener = opener;
        this.unprinted = unprinted;
    }

    /** What the last in-place build produced, so that the next one can redo only what an edit affects (the preview). */
    private record Snapshot(BuildOptions options, SiteConfig config, ContentScanner.Scan scan, Map<Path, SourceDocument> documents,
            I18n i18n, Site site, Templates templates, SiteRenderer renderer, RenderedBodies bodies, OutputGraph graph,
            Optional<TranslationReport> translations, Set<Path> unsettled, Set<String> published, AddressBook addresses) {

        Snapshot withSite(Site site, Map<Path, SourceDocument> documents) {
            return new Snapshot(options, config, scan, documents, i18n, site, templates, renderer, bodies, graph, translations, unsettled,
                    published, addresses);
        }

        /** After a failed rebuild: the files it read are not what the snapshot holds, so the next rebuild reads them again. */
        Snapshot unsettled(Set<Path> paths) {
            Set<Path> all = new java.util.HashSet<>(unsettled);
            all.addAll(paths);
            return new Snapshot(options, config, scan, documents, i18n, site, templates, renderer, bodies, graph, translations, Set.copyOf(all),
                    published, addresses);
        }
    }

    private volatile Snapshot last;

    /**
     * Rebuilds the preview after {@code changed} files changed. A change to content is incremental: only the
     * changed files are read, only their bodies rendered, and only the outputs whose inputs or answers from the
     * site changed are rendered again ({@link OutputGraph}). A change to the configuration, the UI strings or the
     * theme builds everything (and writes only what changed).
     */
    public BuildResult rebuild(BuildOptions options, Set<Path> changed) {
        Snapshot snapshot = last;
        Set<Path> paths = changed.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        Path content = options.source().resolve(ContentScanner.CONTENT_DIR).toAbsolutePath().normalize();
        if (snapshot == null || !snapshot.options().equals(options) || paths.isEmpty() || !paths.stream().allMatch(p -> p.startsWith(content))) {
            return build(options);
        }
        if (paths.size() == 1 && snapshot.unsettled().isEmpty()) {
            Optional<BuildResult> body = rewriteBody(snapshot, options, paths.iterator().next());
            if (body.isPresent()) {
                if (!body.get().published() && last == snapshot) {
                    last = snapshot.unsettled(paths);
                }
                return body.get();
            }
        }
        Set<Path> all = new java.util.HashSet<>(paths);
        all.addAll(snapshot.unsettled());
        BuildResult result = incremental(snapshot, options, all);
        if (!result.published() && last == snapshot) {
            last = snapshot.unsettled(all);
        }
        return result;
    }

    /**
     * The fastest path, for the most common edit: only the body of one page changed (same front matter, and no
     * translation records a fingerprint of it). Its page is rendered again in every tree that shows it; listings
     * show only front matter, so nothing else changes.
     */
    private Optional<BuildResult> rewriteBody(Snapshot snapshot, BuildOptions options, Path path) {
        SourceDocument old = snapshot.documents().get(path);
        if (old == null || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Map<String, Duration> stages = new LinkedHashMap<>();
        Problems problems = new Problems();
        Optional<SourceDocument> fresh = timed(stages, "read", () -> new ContentReader(!options.drafts()).read(old.file(), problems));
        // A translation that recorded this text's fingerprint changes its "outdated" notice when the fingerprint changes.
        boolean translationsAffected = fresh.isPresent() && !SourceHash.of(fresh.get()).equals(SourceHash.of(old))
                && snapshot.documents().values().stream()
                        .anyMatch(d -> d.key().equals(old.key()) && d != old && d.frontMatter().sourceHash().isPresent());
        if (fresh.isEmpty() || problems.hasErrors() || !fresh.get().frontMatter().equals(old.frontMatter()) || translationsAffected) {
            return Optional.empty();
        }
        SiteAssembler assembler = new SiteAssembler(markdown);
        List<Page> replaced = timed(stages, "assemble", () -> snapshot.site().pages().stream()
                .filter(p -> p.source().path().toAbsolutePath().normalize().equals(path))
                .map(p -> assembler.rerender(snapshot.site(), p, fresh.get(), snapshot.scan(), snapshot.i18n(), problems)).toList());
        // The edit changed no front matter, so every address is where the last build claimed it.
        AddressLinks.check(replaced, snapshot.addresses(), problems);
        if (problems.hasErrors()) {
            return Optional.of(BuildResult.failed(problems.all(), snapshot.site().languages().size(), stages));
        }
        Site site = snapshot.site().withPages(replaced);
        try {
            SyncedFolder output = new SyncedFolder(options.output());
            timed(stages, "render", () -> {
                snapshot.renderer().renderPages(site, replaced, output, problems);
                return null;
            });
            Map<Path, SourceDocument> documents = new HashMap<>(snapshot.documents());
            documents.put(path, fresh.get());
            last = snapshot.withSite(site, documents);
            return Optional.of(new BuildResult(problems.all(), replaced.size(), site.languages().size(), true, stages, snapshot.translations(),
                    Optional.of(site), output.changed(), output.rendered()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Reads the changed sources again, reassembles (reusing unaffected bodies) and runs the affected outputs. */
    private BuildResult incremental(Snapshot snapshot, BuildOptions options, Set<Path> changed) {
        Map<String, Duration> stages = new LinkedHashMap<>();
        Problems problems = new Problems();
        SiteConfig config = snapshot.config();
        int languages = config.languages().size();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            ContentScanner.Scan scan = timed(stages, "scan", () -> new ContentScanner().scan(options.source(), config, problems));
            Map<Path, SourceDocument> documents = new HashMap<>();
            List<SourceDocument> read = timed(stages, "read", () -> {
                ContentReader reader = new ContentReader(!options.drafts());
                List<SourceDocument> all = new ArrayList<>();
                for (SourceFile file : scan.sources()) {
                    Path path = file.path().toAbsolutePath().normalize();
                    SourceDocument known = changed.contains(path) ? null : snapshot.documents().get(path);
                    Optional<SourceDocument> document = known != null && known.file().equals(file) ? Optional.of(known) : reader.read(file, problems);
                    document.ifPresent(d -> {
                        all.add(d);
                        documents.put(path, d);
                    });
                }
                return all;
            });
            if (problems.hasErrors()) {
                return BuildResult.failed(problems.all(), languages, stages);
            }
            RenderedBodies bodies = new RenderedBodies();
            // A changed image may have a new size, which bodies carry: then no body is reused. (Other paths are
            // sources, folders, or an editor's temporary files, gone by now.)
            Set<Path> statics = new java.util.HashSet<>();
            for (ContentScanner.Scan known : List.of(scan, snapshot.scan())) {
                known.staticFiles().forEach(f -> statics.add(f.path().toAbsolutePath().normalize()));
            }
            RenderedBodies reusable = changed.stream().anyMatch(statics::contains) ? RenderedBodies.none() : snapshot.bodies();
            Site site = timed(stages, "assemble", () -> new SiteAssembler(markdown, reusable, bodies)
                    .assemble(config, read, scan, snapshot.i18n(), options.drafts(), options.today(), pool, problems));
            if (problems.hasErrors()) {
                return BuildResult.failed(problems.all(), languages, stages);
            }
            SiteRenderer renderer = new SiteRenderer(snapshot.templates(), snapshot.i18n(), options.today());
            SyncedFolder output = new SyncedFolder(options.output(), snapshot.published());
            AddressBook addresses = AddressBook.of(site, scan);
            copyStatic(scan, output, addresses, stages);
            OutputGraph.Run run = timed(stages, "render", () -> snapshot.graph().run(site,
                    ClaimedJobs.of(jobs(options, site, renderer, snapshot.templates(), snapshot.i18n()), addresses), output, (job, file) -> {
                        addresses.claim(file, ClaimedJobs.claimantOf(job));
                        output.keep(file);
                    }, pool, problems, true));
            addresses.report(problems);
            AddressLinks.check(site.pages(), addresses, problems);
            if (problems.hasErrors()) {
                // Some outputs were written for a site the graph does not describe: the next rebuild does all.
                last = null;
                return BuildResult.failed(problems.all(), languages, stages);
            }
            commit(output, stages);
            Optional<TranslationReport> translations = Optional.of(TranslationReport.of(site, snapshot.i18n()));
            last = new Snapshot(options, config, scan, documents, snapshot.i18n(), site, snapshot.templates(), renderer, bodies, run.graph(),
                    translations, Set.of(), output.produced(), addresses);
            return new BuildResult(problems.all(), run.pages(), languages, true, stages, translations, Optional.of(site), output.changed(),
                    output.rendered());
        } catch (IOException | UncheckedIOException e) {
            return build(options);
        } finally {
            pool.shutdown();
        }
    }

    public BuildResult build(BuildOptions options) {
        return build(options, (file, bytes) -> { });
    }

    /**
     * Builds; a dry run ({@link BuildOptions#dryRun()}) hands the rendered pages to {@code dryRunSink} instead of
     * writing them, so that {@code mosaik check} can look at the finished HTML.
     */
    public BuildResult build(BuildOptions options, PageSink dryRunSink) {
        last = null;
        PageSink sink = dryRunSink;
        Problems problems = new Problems();
        Map<String, Duration> stages = new LinkedHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            if (options.write() && !options.inPlace()) {
                // Checked first and reported with the content's problems: the build replaces this folder as a whole.
                OutputSafety.refusal(options.source(), options.output()).ifPresent(reason -> problems.error(
                        SourcePosition.file(options.output().toString()), reason));
            }
            // A link out of the site in the configuration, the UI strings or the theme would publish (or print in an
            // error) a file of the computer that builds: nothing of them is read then. content/ and assets/ are
            // checked as they are scanned.
            if (!SiteLinks.checkReadable(options.source(), List.of(SiteConfigReader.FILE_NAME, I18n.I18N_DIR, Templates.THEME_DIR), problems)) {
                return BuildResult.failed(problems.all(), 0, stages);
            }
            Optional<SiteConfig> read = timed(stages, "config", () -> new SiteConfigReader().read(options.source(), problems));
            if (read.isEmpty()) {
                return BuildResult.failed(problems.all(), 0, stages);
            }
            SiteConfig config = options.baseUrl().map(read.get()::withBaseUrl).orElse(read.get());
            ContentScanner.Scan scan = timed(stages, "scan", () -> new ContentScanner().scan(options.source(), config, problems));
            Map<Path, SourceDocument> documents = new HashMap<>();
            RenderedBodies bodies = new RenderedBodies();
            Assembled assembled = readAndAssemble(options, config, scan, pool, problems, stages, documents, bodies);
            I18n i18n = assembled.i18n();
            Site site = assembled.site();
            if (problems.hasErrors()) {
                return BuildResult.failed(problems.all(), config.languages().size(), stages);
            }
            Templates templates = new Templates(options.source(), code -> i18n.messages(config.language(code).orElseThrow()),
                    code -> i18n.services(config.language(code).orElseThrow()), dev.mosaik.render.ForeignRuns.of(config, i18n));
            SiteRenderer renderer = new SiteRenderer(templates, i18n, options.today());
            if (!options.write()) {
                // The check claims what it renders and the theme's files, so that it finds the clashes a build would.
                AddressBook addresses = AddressBook.of(site, scan);
                StaticFiles.themeFiles().forEach(file -> addresses.claim(file, AddressBook.Claimant.theme(file)));
                List<RenderJob> jobs = ClaimedJobs.of(renderer.jobs(site), addresses);
                // The generated files are rendered only for their addresses, which links may name; none is printed.
                List<RenderJob> generated = ClaimedJobs.of(generatedJobs(options.withPdf(false), site, templates, i18n), addresses);
                PageSink discard = (file, bytes) -> { };
                int pages = timed(stages, "render", () -> pool.submit(() -> {
                    generated.parallelStream().forEach(job -> job.run(site, discard, problems));
                    return jobs.parallelStream().mapToInt(job -> job.run(site, sink, problems)).sum();
                }).join());
                addresses.report(problems);
                AddressLinks.check(site.pages(), addresses, problems);
                return new BuildResult(problems.all(), pages, config.languages().size(), false, stages,
                        Optional.of(TranslationReport.of(site, i18n)), Optional.of(site), List.of(), List.of());
            }
            return publish(options, config, scan, documents, bodies, site, renderer, templates, i18n, pool, problems, stages);
        } finally {
            pool.shutdown();
        }
    }

    private record Assembled(I18n i18n, Site site) {
    }

    /** The site read and assembled, and the templates to render it with: for an output made on its own. */
    record Model(I18n i18n, Site site, Templates templates) {
    }

    /**
     * Reads and assembles the site without rendering it, for an output made on its own (a newsletter's e-mail
     * edition). Empty when the site has errors, which are in {@code problems}.
     */
    Optional<Model> model(BuildOptions options, Problems problems) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            if (!SiteLinks.checkReadable(options.source(), List.of(SiteConfigReader.FILE_NAME, I18n.I18N_DIR, Templates.THEME_DIR), problems)) {
                return Optional.empty();
            }
            Optional<SiteConfig> read = new SiteConfigReader().read(options.source(), problems);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            SiteConfig config = options.baseUrl().map(read.get()::withBaseUrl).orElse(read.get());
            ContentScanner.Scan scan = new ContentScanner().scan(options.source(), config, problems);
            Assembled assembled = readAndAssemble(options, config, scan, pool, problems, new LinkedHashMap<>(), new HashMap<>(),
                    new RenderedBodies());
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            I18n i18n = assembled.i18n();
            return Optional.of(new Model(i18n, assembled.site(), new Templates(options.source(), code -> i18n.messages(config.language(code).orElseThrow()),
                    code -> i18n.services(config.language(code).orElseThrow()), dev.mosaik.render.ForeignRuns.of(config, i18n))));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Reads the sources and assembles the site. The sources' text and rendered bodies are kept (in {@code keep}
     * and {@code bodies}) only for the preview's incremental rebuilds; a one-off build lets them go before
     * rendering, which large sites need: at 100,000 pages the text alone is some 600 MB.
     */
    private Assembled readAndAssemble(BuildOptions options, SiteConfig config, ContentScanner.Scan scan, ForkJoinPool pool,
            Problems problems, Map<String, Duration> stages, Map<Path, SourceDocument> keep, RenderedBodies bodies) {
        List<SourceDocument> documents = timed(stages, "read", () -> new ContentReader(!options.drafts()).read(scan.sources(), pool, problems));
        I18n i18n = timed(stages, "i18n", () -> I18n.load(options.source(), config, problems));
        SiteAssembler assembler = options.inPlace() ? new SiteAssembler(markdown, RenderedBodies.none(), bodies) : new SiteAssembler(markdown);
        Site site = timed(stages, "assemble", () -> assembler.assemble(config, documents, scan, i18n, options.drafts(), options.today(), pool,
                problems));
        if (options.inPlace()) {
            documents.forEach(d -> keep.put(d.file().path().toAbsolutePath().normalize(), d));
        }
        return new Assembled(i18n, site);
    }

    /** Every output of the site, as jobs the dependency graph can skip: the renderer's, the course sheets, and the site-wide files. */
    private List<RenderJob> jobs(BuildOptions options, Site site, SiteRenderer renderer, Templates templates, I18n i18n) {
        List<RenderJob> jobs = new ArrayList<>(renderer.jobs(site));
        jobs.addAll(generatedJobs(options, site, templates, i18n));
        return jobs;
    }

    /** The outputs beyond the renderer's pages: course sheets, sitemap, calendars, status export, feeds, search index. */
    private List<RenderJob> generatedJobs(BuildOptions options, Site site, Templates templates, I18n i18n) {
        List<RenderJob> jobs = new ArrayList<>();
        // Course sheets as print-ready HTML and, unless switched off, as PDF (cached by content in .mosaik/cache/pdf).
        PdfPrinter printer = new PdfPrinter(Optional.of(options.source().resolve(CACHE_DIR).resolve("pdf")));
        jobs.addAll(new SheetRenderer(templates, i18n, options.today()).jobs(site, (sheet, sink) -> {
            sink.write(sheet.path() + ".html", sheet.html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (options.pdf()) {
                sink.write(sheet.path() + ".pdf", printer.print(sheet.printHtml(), sheet.title(), sheet.language(), options.stamp()));
            } else {
                sink.reserve(sheet.path() + ".pdf");
                unprinted.offer(sheet.path() + ".pdf", sheet);
            }
        }));
        jobs.add(new RenderJob("sitemap.xml", null, (s, sink, problems) -> {
            Sitemap sitemap = new Sitemap();
            sitemap.files(s).forEach(sink::write);
            sink.write("robots.txt", sitemap.robots(s));
            return 0;
        }));
        jobs.add(new RenderJob("calendars", null, (s, sink, problems) -> {
            new Calendar().write(s, options.today(), sink);
            return 0;
        }));
        jobs.add(new RenderJob("status", null, (s, sink, problems) -> {
            new StatusExport().write(s, options.today(), sink);
            return 0;
        }));
        jobs.add(new RenderJob("feeds", null, (s, sink, problems) -> {
            new Feeds().write(s, sink);
            return 0;
        }));
        jobs.addAll(new SearchIndex(i18n).jobs(site));
        return jobs;
    }

    private static void commit(OutputTarget output, Map<String, Duration> stages) {
        timed(stages, "publish", () -> {
            try {
                output.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void copyStatic(ContentScanner.Scan scan, OutputTarget output, AddressBook addresses, Map<String, Duration> stages) {
        timed(stages, "static", () -> {
            try {
                new StaticFiles().copy(scan.assets(), scan.staticFiles(), output, addresses);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private BuildResult publish(BuildOptions options, SiteConfig config, ContentScanner.Scan scan, Map<Path, SourceDocument> documents,
            RenderedBodies bodies, Site site, SiteRenderer renderer, Templates templates, I18n i18n, ForkJoinPool pool, Problems problems,
            Map<String, Duration> stages) {
        int languages = site.languages().size();
        try (OutputTarget output = options.inPlace() ? new SyncedFolder(options.output()) : opener.open(options.output())) {
            AddressBook addresses = AddressBook.of(site, scan);
            copyStatic(scan, output, addresses, stages);
            OutputGraph.Run run;
            try {
                run = timed(stages, "render", () -> OutputGraph.empty().run(site,
                        ClaimedJobs.of(jobs(options, site, renderer, templates, i18n), addresses), output, (job, file) -> { }, pool, problems,
                        options.inPlace()));
            } catch (RuntimeException e) {
                // A failed write ends the run while other pages may still be rendering: let them finish before the
                // staging folder is removed, or they would create it again.
                pool.awaitQuiescence(1, java.util.concurrent.TimeUnit.MINUTES);
                throw e;
            }
            addresses.report(problems);
            AddressLinks.check(site.pages(), addresses, problems);
            if (problems.hasErrors()) {
                return BuildResult.failed(problems.all(), languages, stages);
            }
            commit(output, stages);
            Optional<TranslationReport> translations = Optional.of(TranslationReport.of(site, i18n));
            if (options.inPlace()) {
                last = new Snapshot(options, config, scan, documents, i18n, site, templates, renderer, bodies, run.graph(), translations,
                        Set.of(), ((SyncedFolder) output).produced(), addresses);
            }
            return new BuildResult(problems.all(), run.pages(), languages, true, stages, translations, Optional.of(site), output.changed(),
                    List.of());
        } catch (IOException | UncheckedIOException e) {
            // An UncheckedIOException names the file, its cause what went wrong ("No space left on device").
            String reason = e instanceof UncheckedIOException && e.getCause() != null && e.getCause().getMessage() != null
                    && !e.getMessage().contains(e.getCause().getMessage()) ? e.getMessage() + ": " + e.getCause().getMessage() : e.getMessage();
            problems.error(SourcePosition.file(options.output().toString()), "cannot write the output folder: " + reason,
                    Optional.of("check that the folder is writable and the disk not full"));
            return BuildResult.failed(problems.all(), languages, stages);
        }
    }

    /** Where mosaik keeps what it can compute again (printed PDFs), inside the site folder. */
    public static final String CACHE_DIR = ".mosaik/cache";

    private static <T> T timed(Map<String, Duration> stages, String name, Supplier<T> stage) {
        long start = System.nanoTime();
        try {
            return stage.get();
        } finally {
            stages.merge(name, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }
}
