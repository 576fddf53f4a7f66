package dev.mosaik.pipeline;

import dev.mosaik.i18n.I18n;
import dev.mosaik.output.Calendar;
import dev.mosaik.output.Feeds;
import dev.mosaik.output.Sitemap;
import dev.mosaik.output.StatusExport;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.pdf.PdfPrinter;
import dev.mosaik.output.search.SearchIndex;
import dev.mosaik.render.RenderJob;
import dev.mosaik.render.SheetRenderer;
import dev.mosaik.render.Templates;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outputs beyond the renderer's pages, as jobs the dependency graph can skip: sheets, sitemap, calendars, exports, feeds, search. */
final class OutputJobs {

    private OutputJobs() {}

    /** Every generated output of {@code site}; sheets left unprinted ({@code --no-pdf}, the preview) are offered to {@code unprinted}. */
    static List<RenderJob> of(
            BuildOptions options,
            Site site,
            Templates templates,
            I18n i18n,
            UnprintedSheets unprinted,
            Optional<CacheFolder> cache) {
        List<RenderJob> jobs = new ArrayList<>();
        java.time.LocalDate today = options.day().today(site.config().timeZone());
        java.time.Instant stamp = options.day().stamp(site.config().timeZone());
        // Course sheets as print-ready HTML and, unless switched off, as PDF (kept by content in the build cache).
        PdfPrinter printer = new PdfPrinter(cache);
        jobs.addAll(new SheetRenderer(templates, i18n, today).jobs(site, (sheet, sink) -> {
            sink.write(sheet.path() + ".html", sheet.html().getBytes(StandardCharsets.UTF_8));
            if (options.pdf()) {
                sink.write(
                        sheet.path() + ".pdf",
                        printer.print(sheet.printHtml(), sheet.title(), sheet.language(), stamp));
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
            new Calendar().write(s, today, new dev.mosaik.render.CourseFeeds(i18n, today), sink);
            return 0;
        }));
        jobs.add(new RenderJob("status", null, (s, sink, problems) -> {
            new StatusExport().write(s, today, sink);
            return 0;
        }));
        jobs.add(new RenderJob("feeds", null, (s, sink, problems) -> {
            new Feeds().write(s, sink);
            return 0;
        }));
        jobs.addAll(new SearchIndex(i18n, cache).jobs(site));
        return jobs;
    }
}
