package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The printable sheets for Kitas: per course and language pair an A4 info sheet, per district and language
 * pair a notice-board sheet ("Aushang"). Each is German beside the other language, with pictograms and a
 * QR code that opens the page in the other language. The output stage prints them to PDF as well.
 */
public final class SheetRenderer {

    /** A rendered sheet: its path without extension and its HTML. */
    public record Sheet(String path, String html, String title, String language) {
    }

    /**
     * One fact in both languages, with its pictogram.
     *
     * @param valueOtherLang the language {@code valueOther} is written in: an address stays German in every column
     */
    public record Fact(String icon, String labelDe, String valueDe, String labelOther, String valueOther, String valueOtherLang) {
    }

    /** A course on a notice-board sheet. */
    /**
     * @param titleOtherLang the language of {@code titleOther}: German while the course is not translated
     * @param childcareIcon  the childcare pictogram, or empty when the course has none
     */
    public record NoticeRow(String titleDe, String titleOther, String titleOtherLang, String levels, String scheduleDe, String scheduleOther,
            String fee, String childcareIcon) {
    }

    /**
     * The view of one sheet.
     *
     * @param other the language beside German; equal to German only on a German-only sheet
     */
    public record SheetView(String langDe, String langOther, String dirOther, String titleDe, String titleOther, String siteDe,
            String siteOther, List<Fact> facts, List<String> contact, String qr, String url, boolean sample, String sampleDe,
            String sampleOther, String scanDe, String scanOther, String contactDe, String contactOther, String provider,
            List<NoticeRow> rows) {

        public boolean bilingual() {
            return !titleDe.equals(titleOther) || !langDe.equals(langOther);
        }
    }

    private final Templates templates;
    private final I18n i18n;
    private final LocalDate today;

    public SheetRenderer(Templates templates, I18n i18n, LocalDate today) {
        this.templates = templates;
        this.i18n = i18n;
        this.today = today;
    }

    /** Where a finished sheet goes: the build writes its HTML and prints its PDF. */
    @FunctionalInterface
    public interface SheetWriter {

        void write(Sheet sheet, PageSink sink);
    }

    /**
     * One job per course (its sheets for every language pair) and one per district notice of current courses, so
     * that an edit to a course prints again only its own sheets and its district's notice.
     */
    public List<RenderJob> jobs(Site site, SheetWriter writer) {
        List<RenderJob> jobs = new ArrayList<>();
        Language german = site.config().defaultLanguage();
        List<Page> courses = site.pages().stream()
                .filter(p -> p.language().equals(german) && p.data().orElse(null) instanceof Course).toList();
        for (Page course : courses) {
            jobs.add(new RenderJob("sheet:" + course.key().value(), course, (s, sink, problems) -> {
                Page current = s.page(german, course.key()).orElseThrow();
                for (Language other : CourseSheets.pairs(s.config())) {
                    SheetView view = courseSheet(s, current, other);
                    templates.render("infoblatt", other.code(), Map.of("sheet", view), current.source().relative(), problems)
                            .ifPresent(html -> writer.write(new Sheet(CourseSheets.sheetPath(current.key(), other), html,
                                    view.titleDe() + " – " + view.titleOther(), german.htmlLang()), sink));
                }
                return 0;
            }));
        }
        Map<String, List<Page>> byDistrict = new TreeMap<>(i18n.services(german).collation());
        for (Page course : courses) {
            Course data = (Course) course.data().orElseThrow();
            if (!data.isOver(today)) {
                byDistrict.computeIfAbsent(data.district(), d -> new ArrayList<>()).add(course);
            }
        }
        for (Map.Entry<String, List<Page>> district : byDistrict.entrySet()) {
            jobs.add(new RenderJob("notice:" + district.getKey(), district.getValue(), (s, sink, problems) -> {
                for (Language other : CourseSheets.pairs(s.config())) {
                    SheetView view = noticeSheet(s, district.getKey(), district.getValue(), other);
                    templates.render("aushang", other.code(), Map.of("sheet", view), "the notice for " + district.getKey(), problems)
                            .ifPresent(html -> writer.write(new Sheet(CourseSheets.noticePath(district.getKey(), other), html,
                                    view.titleDe() + " – " + view.titleOther(), german.htmlLang()), sink));
                }
                return 0;
            }));
        }
        return jobs;
    }

    private SheetView courseSheet(Site site, Page germanPage, Language other) {
        BaseUrl base = site.config().baseUrl();
        Language german = germanPage.language();
        Page otherPage = site.page(other, germanPage.key()).orElse(germanPage);
        Course course = (Course) germanPage.data().orElseThrow();
        Messages de = i18n.messages(german);
        Messages ot = i18n.messages(other);
        CourseViews.CourseView vDe = factory(site, german).courseView(germanPage, course);
        CourseViews.CourseView vOt = factory(site, other).courseView(otherPage, course);
        List<Fact> facts = List.of(
                new Fact(Pictograms.level(), de.format("course.levels"), vDe.levels() + " · " + vDe.type(), ot.format("course.levels"),
                        vOt.levels() + " · " + vOt.type(), other.htmlLang()),
                new Fact(Pictograms.calendar(), de.format("course.when"), String.join(", ", vDe.schedule()) + " · " + vDe.period(),
                        ot.format("course.when"), String.join(", ", vOt.schedule()) + " · " + vOt.period(), other.htmlLang()),
                new Fact(Pictograms.place(), de.format("course.where"), course.district() + course.address().map(a -> ", " + a).orElse(""),
                        ot.format("course.where"), course.district() + course.address().map(a -> ", " + a).orElse(""), german.htmlLang()),
                new Fact(Pictograms.fee(), de.format("course.fee"), vDe.fee(), ot.format("course.fee"), vOt.fee(), other.htmlLang()),
                new Fact(Pictograms.childcare(), de.format("sheet.childcareLabel"),
                        de.format(course.childcare() ? "course.childcare" : "course.noChildcare"), ot.format("sheet.childcareLabel"),
                        ot.format(course.childcare() ? "course.childcare" : "course.noChildcare"), other.htmlLang()),
                new Fact(Pictograms.access(), de.format("sheet.accessLabel"), de.format(course.stepFree() ? "event.stepFree" : "event.notStepFree"),
                        ot.format("sheet.accessLabel"), ot.format(course.stepFree() ? "event.stepFree" : "event.notStepFree"), other.htmlLang()));
        List<String> contact = new ArrayList<>();
        course.phone().ifPresent(contact::add);
        course.email().ifPresent(contact::add);
        String url = otherPage.path().absoluteUrl(base);
        return new SheetView(german.htmlLang(), other.htmlLang(), other.direction().attribute(), germanPage.title(), otherPage.title(),
                german.title(), other.title(), facts, contact, QrCode.dataUri(url, 8), url, germanPage.frontMatter().sample(),
                de.format("page.sample"), ot.format("page.sample"), de.format("sheet.scan"), ot.format("sheet.scan"), de.format("sheet.contact"),
                ot.format("sheet.contact"), course.provider(), List.of());
    }

    private SheetView noticeSheet(Site site, String district, List<Page> courses, Language other) {
        BaseUrl base = site.config().baseUrl();
        Language german = site.config().defaultLanguage();
        Messages de = i18n.messages(german);
        Messages ot = i18n.messages(other);
        List<NoticeRow> rows = new ArrayList<>();
        TypedViewFactory fDe = factory(site, german);
        TypedViewFactory fOt = factory(site, other);
        for (Page page : courses.stream().sorted(Comparator.comparing(p -> ((Course) p.data().orElseThrow()).start())).toList()) {
            Course course = (Course) page.data().orElseThrow();
            Page otherPage = site.page(other, page.key()).orElse(page);
            CourseViews.CourseView vDe = fDe.courseView(page, course);
            CourseViews.CourseView vOt = fOt.courseView(otherPage, course);
            rows.add(new NoticeRow(page.title(), otherPage.title(), otherPage.contentLanguage().htmlLang(), vDe.levels(), String.join(", ", vDe.schedule()),
                    String.join(", ", vOt.schedule()), vDe.fee(), course.childcare() ? Pictograms.childcare() : ""));
        }
        // The QR code leads to the district's page of the course finder in the other language.
        Page section = site.page(other, courses.get(0).key().parent().orElseThrow()).orElse(courses.get(0));
        String url = section.path().absoluteUrl(base) + CourseFinder.DISTRICT + "/" + SitePath.segmentOf(district) + "/";
        return new SheetView(german.htmlLang(), other.htmlLang(), other.direction().attribute(),
                de.format("sheet.notice", "district", district), ot.format("sheet.notice", "district", district), german.title(), other.title(),
                List.of(), List.of(), QrCode.dataUri(url, 8), url, courses.stream().anyMatch(p -> p.frontMatter().sample()),
                de.format("page.sample"), ot.format("page.sample"), de.format("sheet.scan"), ot.format("sheet.scan"), de.format("sheet.contact"),
                ot.format("sheet.contact"), "", rows);
    }

    private TypedViewFactory factory(Site site, Language language) {
        LocaleServices locale = i18n.services(language);
        return new TypedViewFactory(site, i18n.messages(language), locale, p -> null, today);
    }
}
