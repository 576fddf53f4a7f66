package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The printable sheets for Kitas: per course and language pair an A4 info sheet, per district and language
 * pair a notice-board sheet ("Aushang"). Each is German beside the other language, with pictograms and a
 * QR code that opens the page in the other language. The output stage prints them to PDF as well.
 *
 * <p>This class makes the render jobs and prints each sheet's template; which languages a sheet pairs is
 * {@link SheetPair}'s, what a sheet shows {@link SheetViews}' and {@link SheetFacts}'.
 */
public final class SheetRenderer {

    /**
     * A rendered sheet: its path without extension, its HTML as published (languages of parts marked) and as
     * printed to PDF.
     */
    public record Sheet(String path, String html, String printHtml, String title, String language) {}

    /** Where a finished sheet goes: the build writes its HTML and prints its PDF. */
    @FunctionalInterface
    public interface SheetWriter {

        void write(Sheet sheet, PageSink sink);
    }

    private final Templates templates;
    private final SheetViews views;
    private final I18n i18n;
    private final LocalDate today;

    public SheetRenderer(Templates templates, I18n i18n, LocalDate today) {
        this.templates = templates;
        this.views = new SheetViews(i18n, today);
        this.i18n = i18n;
        this.today = today;
    }

    /**
     * One job per course (its sheets for every language pair) and one per district notice of current courses, so
     * that an edit to a course prints again only its own sheets and its district's notice.
     */
    public List<RenderJob> jobs(Site site, SheetWriter writer) {
        Language german = site.config().defaultLanguage();
        List<Page> courses = site.pages().stream()
                .filter(p -> p.language().equals(german) && p.data().orElse(null) instanceof Course)
                .toList();
        List<RenderJob> jobs = new ArrayList<>();
        courses.forEach(course -> jobs.add(courseJob(course, writer)));
        currentByDistrict(german, courses).forEach((district, pages) -> jobs.add(noticeJob(district, pages, writer)));
        return jobs;
    }

    /** The courses not over yet by district, the districts in German alphabetical order. */
    private Map<String, List<Page>> currentByDistrict(Language german, List<Page> courses) {
        Map<String, List<Page>> byDistrict = new TreeMap<>(i18n.services(german).collation());
        for (Page course : courses) {
            Course data = (Course) course.data().orElseThrow();
            if (!data.isOver(today)) {
                byDistrict
                        .computeIfAbsent(data.district(), d -> new ArrayList<>())
                        .add(course);
            }
        }
        return byDistrict;
    }

    /** A course's sheets, from the course as the site it is handed has it (the preview hands a newer one). */
    private RenderJob courseJob(Page course, SheetWriter writer) {
        return new RenderJob("sheet:" + course.key().value(), course, (s, sink, problems) -> {
            Page current = s.page(course.language(), course.key()).orElseThrow();
            for (SheetPair pair : SheetPair.of(s.config())) {
                SheetView view = views.course(s, current, pair);
                String path = CourseSheets.sheetPath(current.key(), pair.other());
                print("infoblatt", view, pair, path, current.source().relative(), problems)
                        .ifPresent(sheet -> writer.write(sheet, sink));
            }
            return 0;
        });
    }

    private RenderJob noticeJob(String district, List<Page> courses, SheetWriter writer) {
        return new RenderJob("notice:" + district, courses, (s, sink, problems) -> {
            for (SheetPair pair : SheetPair.of(s.config())) {
                SheetView view = views.notice(s, district, courses, pair);
                String path = CourseSheets.noticePath(district, pair.other());
                print("aushang", view, pair, path, "the notice for " + district, problems)
                        .ifPresent(sheet -> writer.write(sheet, sink));
            }
            return 0;
        });
    }

    /** The sheet at {@code path} from {@code template}; none when the template failed (reported for {@code forPage}). */
    private Optional<Sheet> print(
            String template, SheetView view, SheetPair pair, String path, String forPage, Problems problems) {
        String code = pair.other().code();
        return templates
                .renderForPrint(template, code, Map.of("sheet", view), forPage, problems)
                .map(html -> new Sheet(
                        path, templates.markLanguages(code, html), html, view.pdfTitle(), pair.documentLang()));
    }
}
