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
import dev.mosaik.output.OutputTarget;
import dev.mosaik.output.SyncedFolder;
import dev.mosaik.output.Sitemap;
import dev.mosaik.output.StatusExport;
import dev.mosaik.output.pdf.PdfPrinter;
import dev.mosaik.render.SheetRenderer;
import dev.mosaik.output.StaticFiles;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.SiteRenderer;
import dev.mosaik.render.Templates;
import dev.mosaik.site.Site;
import dev.mosaik.site.SiteAssembler;
import java.io.IOException;
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

    /** What the last in-place build produced, so that the next one can redo only a page (the preview). */
    private record Snapshot(BuildOptions options, ContentScanner.Scan scan, Map<java.nio.file.Path, SourceDocument> documents, I18n i18n,
            Site site, SiteRenderer renderer, Optional<TranslationReport> translations) {
    }

    private volatile Snapshot last;

    /**
     * Rebuilds after {@code changed} files changed. When the only change is the body of one page — same front
     * matter, and no translation records a fingerprint of it — only that page is rendered again, in every
     * language tree that shows it; anything else takes a full build.
     */
    public BuildResult rebuild(BuildOptions options, java.util.Set<java.nio.file.Path> changed) {
        Snapshot snapshot = last;
        if (snapshot == null || changed.size() != 1 || !snapshot.options().equals(options)) {
            return build(options);
        }
        java.nio.file.Path path = changed.iterator().next().toAbsolutePath().normalize();
        SourceDocument old = snapshot.documents().get(path);
        if (old == null || !java.nio.file.Files.isRegularFile(path)) {
            return build(options);
        }
        Map<String, Duration> stages = new LinkedHashMap<>();
        Problems problems = new Problems();
        Optional<SourceDocument> fresh = timed(stages, "read", () -> new ContentReader().read(old.file(), problems));
        // A translation that recorded this text's fingerprint changes its "outdated" notice when the fingerprint changes.
        boolean translationsAffected = fresh.isPresent() && !dev.mosaik.content.SourceHash.of(fresh.get()).equals(dev.mosaik.content.SourceHash.of(old))
                && snapshot.documents().values().stream()
                        .anyMatch(d -> d.key().equals(old.key()) && d != old && d.frontMatter().sourceHash().isPresent());
        if (fresh.isEmpty() || problems.hasErrors() || !fresh.get().frontMatter().equals(old.frontMatter()) || translationsAffected) {
            return build(options);
        }
        SiteAssembler assembler = new SiteAssembler(markdown);
        List<dev.mosaik.site.Page> replaced = timed(stages, "assemble", () -> snapshot.site().pages().stream()
                .filter(p -> p.source().path().toAbsolutePath().normalize().equals(path))
                .map(p -> assembler.rerender(snapshot.site(), p, fresh.get(), snapshot.scan(), snapshot.i18n(), problems)).toList());
        if (problems.hasErrors()) {
            return new BuildResult(problems.all(), 0, snapshot.site().languages().size(), false, stages, Optional.empty(), Optional.empty(),
                    List.of());
        }
        Site site = snapshot.site().withPages(replaced);
        try {
            SyncedFolder output = new SyncedFolder(options.output());
            timed(stages, "render", () -> {
                snapshot.renderer().renderPages(site, replaced, output, problems);
                return null;
            });
            Map<java.nio.file.Path, SourceDocument> documents = new java.util.HashMap<>(snapshot.documents());
            documents.put(path, fresh.get());
            last = new Snapshot(options, snapshot.scan(), documents, snapshot.i18n(), site, snapshot.renderer(), snapshot.translations());
            return new BuildResult(problems.all(), replaced.size(), site.languages().size(), true, stages, snapshot.translations(),
                    Optional.of(site), output.changed());
        } catch (IOException | UncheckedIOException e) {
            return build(options);
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
            Optional<SiteConfig> read = timed(stages, "config", () -> new SiteConfigReader().read(options.source(), problems));
            if (read.isEmpty()) {
                return new BuildResult(problems.all(), 0, 0, false, stages, Optional.empty(), Optional.empty(), List.of());
            }
            SiteConfig config = options.baseUrl().map(read.get()::withBaseUrl).orElse(read.get());
            ContentScanner.Scan scan = timed(stages, "scan", () -> new ContentScanner().scan(options.source(), config, problems));
            Map<java.nio.file.Path, SourceDocument> documents = new java.util.HashMap<>();
            Assembled assembled = readAndAssemble(options, config, scan, pool, problems, stages, documents);
            I18n i18n = assembled.i18n();
            Site site = assembled.site();
            if (problems.hasErrors()) {
                return new BuildResult(problems.all(), 0, config.languages().size(), false, stages, Optional.empty(), Optional.empty(), List.of());
            }
            Templates templates = new Templates(options.source(), code -> i18n.messages(config.language(code).orElseThrow()));
            SiteRenderer renderer = new SiteRenderer(templates, i18n, options.today());
            if (!options.write()) {
                int pages = timed(stages, "render", () -> renderer.render(site, sink, pool, problems));
                return new BuildResult(problems.all(), pages, config.languages().size(), false, stages,
                        Optional.of(TranslationReport.of(site, i18n)), Optional.of(site), List.of());
            }
            return publish(options, scan, documents, site, renderer, templates, i18n, pool, problems, stages,
                    () -> TranslationReport.of(site, i18n));
        } finally {
            pool.shutdown();
        }
    }

    private record Assembled(I18n i18n, Site site) {
    }

    /**
     * Reads the sources and assembles the site. The sources' text is kept (in {@code keep}, by path) only for the
     * preview's fast path; a one-off build lets it go before rendering, which large sites need: at 100,000 pages
     * it is some 600 MB.
     */
    private Assembled readAndAssemble(BuildOptions options, SiteConfig config, ContentScanner.Scan scan, ForkJoinPool pool,
            Problems problems, Map<String, Duration> stages, Map<java.nio.file.Path, SourceDocument> keep) {
        List<SourceDocument> documents = timed(stages, "read", () -> new ContentReader().read(scan.sources(), pool, problems));
        I18n i18n = timed(stages, "i18n", () -> I18n.load(options.source(), config, problems));
        Site site = timed(stages, "assemble", () -> new SiteAssembler(markdown)
                .assemble(config, documents, scan, i18n, options.drafts(), options.today(), pool, problems));
        if (options.inPlace()) {
            documents.forEach(d -> keep.put(d.file().path().toAbsolutePath().normalize(), d));
        }
        return new Assembled(i18n, site);
    }

    private BuildResult publish(BuildOptions options, ContentScanner.Scan scan, Map<java.nio.file.Path, SourceDocument> documents, Site site,
            SiteRenderer renderer, Templates templates,
            I18n i18n, ForkJoinPool pool,
            Problems problems, Map<String, Duration> stages, java.util.function.Supplier<TranslationReport> report) {
        int languages = site.languages().size();
        try (OutputTarget output = options.inPlace() ? new SyncedFolder(options.output()) : OutputFolder.begin(options.output())) {
            timed(stages, "static", () -> {
                try {
                    new StaticFiles().copy(scan.assets(), scan.staticFiles(), output);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            int pages = timed(stages, "render", () -> renderer.render(site, output, pool, problems));
            timed(stages, "sheets", () -> {
                writeSheets(options, site, templates, i18n, output, pool, problems);
                return null;
            });
            timed(stages, "sitemap", () -> {
                Sitemap sitemap = new Sitemap();
                output.write("sitemap.xml", sitemap.sitemap(site));
                output.write("robots.txt", sitemap.robots(site));
                new Calendar().write(site, options.today(), output);
                new StatusExport().write(site, options.today(), output);
                new Feeds().write(site, output);
                return null;
            });
            if (problems.hasErrors()) {
                return new BuildResult(problems.all(), pages, languages, false, stages, Optional.empty(), Optional.empty(), List.of());
            }
            timed(stages, "publish", () -> {
                try {
                    output.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            Optional<TranslationReport> translations = Optional.of(report.get());
            if (options.inPlace()) {
                last = new Snapshot(options, scan, documents, i18n, site, renderer, translations);
            }
            return new BuildResult(problems.all(), pages, languages, true, stages, translations, Optional.of(site), output.changed());
        } catch (IOException | UncheckedIOException e) {
            problems.error(SourcePosition.file(options.output().toString()), "cannot write the output folder: " + e.getMessage(),
                    Optional.of("check that the folder is writable and the disk not full"));
            return new BuildResult(problems.all(), 0, languages, false, stages, Optional.empty(), Optional.empty(), List.of());
        }
    }

    /** Course sheets as print-ready HTML and, unless switched off, as PDF (cached by content in .mosaik/cache/pdf). */
    private static void writeSheets(BuildOptions options, Site site, Templates templates, I18n i18n, OutputTarget output, ForkJoinPool pool,
            Problems problems) {
        List<SheetRenderer.Sheet> sheets = new SheetRenderer(templates, i18n, options.today()).render(site, problems);
        PdfPrinter printer = new PdfPrinter(Optional.of(options.source().resolve(CACHE_DIR).resolve("pdf")));
        pool.submit(() -> sheets.parallelStream().forEach(sheet -> {
            output.write(sheet.path() + ".html", sheet.html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (options.pdf()) {
                output.write(sheet.path() + ".pdf", printer.print(sheet.html(), sheet.title(), sheet.language(), options.stamp()));
            }
        })).join();
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
