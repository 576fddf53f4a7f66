package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.i18n.I18n;
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

    /**
     * A rendered sheet: its path without extension, its HTML as published (languages of parts marked) and as
     * printed to PDF.
     */
    public record Sheet(String path, String html, String printHtml, String title, String language) {}

    /**
     * One language's side of a sheet.
     *
     * @param titleLang the language of {@code title}: German while a course is not translated
     * @param scan      the instruction beside the QR code, one sentence per line on an easy-to-read sheet
     */
    public record Side(
            String lang,
            String dir,
            String site,
            String title,
            String titleLang,
            String sample,
            List<String> scan,
            String contact) {}

    /**
     * One fact in one language.
     *
     * @param valueLang the language the value is written in: an address or a phone number stays as written in German
     */
    public record FactText(String label, List<SheetText.Run> value, String valueLang, String valueDir) {}

    /** One fact in both languages, with its pictogram (decorative: the fact is in words beside it). */
    public record Fact(String icon, FactText de, FactText other) {}

    /** The QR code to the page in the other language, with the address in words for those who cannot scan. */
    public record Qr(String image, String url, String alt) {}

    /** A course on a notice-board sheet: its titles and its facts in both languages. */
    public record NoticeCourse(String titleDe, String titleOther, String titleOtherLang, List<Fact> facts) {}

    /**
     * The view of one sheet.
     *
     * @param easy     a sheet in a German variant (Leichte Sprache): printed in that variant alone, in the
     *                 easy-to-read layout, instead of German beside itself
     * @param facts    the course's facts (a course sheet)
     * @param courses  the district's courses (a notice)
     */
    public record SheetView(
            Side de,
            Side other,
            boolean easy,
            boolean sample,
            List<Fact> facts,
            String provider,
            List<String> contact,
            Qr qr,
            List<NoticeCourse> courses) {

        /** Whether the sheet shows German beside another language. */
        public boolean bilingual() {
            return !easy;
        }

        /**
         * The classes of the page: {@code sheet} or {@code notice}, {@code easy} for Leichte Sprache, and on a notice
         * {@code courses-one} … {@code courses-many} (four or more), by which the type is sized to fill one page.
         * (Words, not digits: openhtmltopdf's CSS parser splits a class such as {@code count-1} into a word and -1.)
         */
        public String layout() {
            String kind = courses.isEmpty()
                    ? "sheet"
                    : "notice courses-" + List.of("one", "two", "three", "many").get(Math.min(courses.size(), 4) - 1);
            return easy ? kind + " easy" : kind;
        }

        /** The document title: the title of each side shown, once. */
        public String pdfTitle() {
            if (easy || de.title().equals(other.title())) {
                return easy ? other.title() : de.title();
            }
            return de.title() + " – " + other.title();
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
                .filter(p -> p.language().equals(german) && p.data().orElse(null) instanceof Course)
                .toList();
        for (Page course : courses) {
            jobs.add(new RenderJob("sheet:" + course.key().value(), course, (s, sink, problems) -> {
                Page current = s.page(german, course.key()).orElseThrow();
                for (Language other : CourseSheets.pairs(s.config())) {
                    SheetView view = courseSheet(s, current, other);
                    templates
                            .renderForPrint(
                                    "infoblatt",
                                    other.code(),
                                    Map.of("sheet", view),
                                    current.source().relative(),
                                    problems)
                            .ifPresent(html -> writer.write(
                                    new Sheet(
                                            CourseSheets.sheetPath(current.key(), other),
                                            templates.markLanguages(other.code(), html),
                                            html,
                                            view.pdfTitle(),
                                            view.easy() ? other.htmlLang() : german.htmlLang()),
                                    sink));
                }
                return 0;
            }));
        }
        Map<String, List<Page>> byDistrict = new TreeMap<>(i18n.services(german).collation());
        for (Page course : courses) {
            Course data = (Course) course.data().orElseThrow();
            if (!data.isOver(today)) {
                byDistrict
                        .computeIfAbsent(data.district(), d -> new ArrayList<>())
                        .add(course);
            }
        }
        for (Map.Entry<String, List<Page>> district : byDistrict.entrySet()) {
            jobs.add(new RenderJob("notice:" + district.getKey(), district.getValue(), (s, sink, problems) -> {
                for (Language other : CourseSheets.pairs(s.config())) {
                    SheetView view = noticeSheet(s, district.getKey(), district.getValue(), other);
                    templates
                            .renderForPrint(
                                    "aushang",
                                    other.code(),
                                    Map.of("sheet", view),
                                    "the notice for " + district.getKey(),
                                    problems)
                            .ifPresent(html -> writer.write(
                                    new Sheet(
                                            CourseSheets.noticePath(district.getKey(), other),
                                            templates.markLanguages(other.code(), html),
                                            html,
                                            view.pdfTitle(),
                                            view.easy() ? other.htmlLang() : german.htmlLang()),
                                    sink));
                }
                return 0;
            }));
        }
        return jobs;
    }

    private SheetView courseSheet(Site site, Page germanPage, Language other) {
        Language german = germanPage.language();
        Page otherPage = site.page(other, germanPage.key()).orElse(germanPage);
        Course course = (Course) germanPage.data().orElseThrow();
        boolean easy = easy(german, other);
        Facts facts = new Facts(site, german, other, course, germanPage, otherPage, easy);
        List<Fact> list = List.of(
                facts.level(),
                facts.when(),
                facts.period(),
                facts.place(),
                facts.fee(),
                facts.childcare(),
                facts.access());
        List<String> contact = new ArrayList<>();
        course.phone().ifPresent(contact::add);
        course.email().ifPresent(contact::add);
        String url = otherPage.path().absoluteUrl(site.config().baseUrl());
        return new SheetView(
                side(german, germanPage.title(), german, false),
                side(other, otherPage.title(), otherPage.contentLanguage(), easy),
                easy,
                germanPage.frontMatter().sample(),
                list,
                course.provider(),
                contact,
                qr(german, url),
                List.of());
    }

    private SheetView noticeSheet(Site site, String district, List<Page> courses, Language other) {
        Language german = site.config().defaultLanguage();
        boolean easy = easy(german, other);
        List<NoticeCourse> blocks = new ArrayList<>();
        for (Page page : courses.stream()
                .sorted(Comparator.comparing(p -> ((Course) p.data().orElseThrow()).start()))
                .toList()) {
            Course course = (Course) page.data().orElseThrow();
            Page otherPage = site.page(other, page.key()).orElse(page);
            Facts facts = new Facts(site, german, other, course, page, otherPage, easy);
            List<Fact> list = new ArrayList<>(
                    List.of(facts.level(), facts.when(), facts.start(), facts.place(), facts.fee(), facts.childcare()));
            facts.phone().ifPresent(list::add);
            blocks.add(new NoticeCourse(
                    page.title(), otherPage.title(), otherPage.contentLanguage().htmlLang(), list));
        }
        // The QR code leads to the district's page of the course finder in the other language.
        Page section =
                site.page(other, courses.get(0).key().parent().orElseThrow()).orElse(courses.get(0));
        String url = section.path().absoluteUrl(site.config().baseUrl())
                + FinderAddresses.district(site.addressWords(section.language()), SitePath.segmentOf(district))
                + "/";
        String titleDe = i18n.messages(german).format("sheet.notice", "district", district);
        String titleOther = i18n.messages(other).format("sheet.notice", "district", district);
        return new SheetView(
                side(german, titleDe, german, false),
                side(other, titleOther, other, easy),
                easy,
                courses.stream().anyMatch(p -> p.frontMatter().sample()),
                List.of(),
                "",
                List.of(),
                qr(german, url),
                blocks);
    }

    /** A sheet whose other language is written in German too (Leichte Sprache) is printed in that language alone. */
    private static boolean easy(Language german, Language other) {
        return other.htmlLang().equals(german.htmlLang());
    }

    private Side side(Language language, String title, Language titleLanguage, boolean easy) {
        Messages messages = i18n.messages(language);
        String scan = messages.format("sheet.scan");
        return new Side(
                language.htmlLang(),
                language.direction().attribute(),
                language.title(),
                title,
                titleLanguage.htmlLang(),
                messages.format("page.sample"),
                easy ? SheetText.sentences(scan, i18n.services(language).locale()) : List.of(scan),
                messages.format("sheet.contact"));
    }

    private Qr qr(Language german, String url) {
        return new Qr(QrCode.dataUri(url, 8), url, i18n.messages(german).format("sheet.qrAlt", "url", url));
    }

    /** The facts of one course in German and in the other language. */
    private final class Facts {

        private final Language german;
        private final Language other;
        private final Course course;
        private final boolean easy;
        private final Messages de;
        private final Messages ot;
        private final CourseViews.CourseSummary vDe;
        private final CourseViews.CourseSummary vOt;

        Facts(
                Site site,
                Language german,
                Language other,
                Course course,
                Page germanPage,
                Page otherPage,
                boolean easy) {
            this.german = german;
            this.other = other;
            this.course = course;
            this.easy = easy;
            this.de = i18n.messages(german);
            this.ot = i18n.messages(other);
            this.vDe = CourseFacts.of(germanPage, course, context(site, german)).summary();
            this.vOt = CourseFacts.of(otherPage, course, context(site, other)).summary();
        }

        Fact level() {
            return both(
                    Pictograms.level(),
                    "course.levels",
                    List.of(SheetText.plain(vDe.levels() + " · " + vDe.type())),
                    List.of(SheetText.plain(vOt.levels() + " · " + vOt.type())));
        }

        /**
         * Every meeting kept on one line; on an easy-to-read sheet each meeting on its own line. A sheet lists the
         * meetings one by one ("Dienstag 09:00–11:30"), not grouped as the web page does: a grouped entry with
         * its day list is wider than a notice's column, and openhtmltopdf breaks it between right-to-left runs.
         */
        Fact when() {
            return both(
                    Pictograms.calendar(),
                    "course.when",
                    SheetText.kept(meetings(german), ", "),
                    SheetText.kept(meetings(other), easy ? "" : ", "));
        }

        private List<String> meetings(Language language) {
            dev.mosaik.i18n.LocaleServices locale = i18n.services(language);
            return course.schedule().stream()
                    .map(s -> locale.weekday(s.day()) + " " + locale.time(s.from()) + "–" + locale.time(s.to()))
                    .toList();
        }

        Fact period() {
            return both(
                    Pictograms.calendar(),
                    "course.period",
                    SheetText.dateRange(i18n.services(german).locale(), course.start(), course.end()),
                    SheetText.dateRange(i18n.services(other).locale(), course.start(), course.end()));
        }

        Fact start() {
            return both(
                    Pictograms.calendar(),
                    "sheet.start",
                    List.of(SheetText.keep(i18n.services(german).longDate(course.start()))),
                    List.of(SheetText.keep(i18n.services(other).longDate(course.start()))));
        }

        /** The district and the address as written in German, each part of the address kept together. */
        Fact place() {
            List<String> parts = new ArrayList<>(List.of(course.district()));
            course.address().ifPresent(a -> parts.addAll(List.of(a.split(",\\s*"))));
            List<SheetText.Run> value = SheetText.kept(parts, ", ");
            return new Fact(
                    Pictograms.place(),
                    new FactText(de.format("course.where"), value, german.htmlLang(), "ltr"),
                    new FactText(
                            ot.format("course.where"),
                            SheetText.kept(parts, easy ? "" : ", "),
                            german.htmlLang(),
                            "ltr"));
        }

        Fact fee() {
            return both(
                    Pictograms.fee(),
                    "course.fee",
                    List.of(SheetText.keep(vDe.fee())),
                    List.of(SheetText.keep(vOt.fee())));
        }

        Fact childcare() {
            String key = course.childcare() ? "course.childcare" : "course.noChildcare";
            return both(
                    Pictograms.childcare(),
                    "sheet.childcareLabel",
                    List.of(SheetText.plain(de.format(key))),
                    List.of(SheetText.plain(ot.format(key))));
        }

        Fact access() {
            String key = course.stepFree() ? "event.stepFree" : "event.notStepFree";
            return both(
                    Pictograms.access(),
                    "sheet.accessLabel",
                    List.of(SheetText.plain(de.format(key))),
                    List.of(SheetText.plain(ot.format(key))));
        }

        java.util.Optional<Fact> phone() {
            return course.phone()
                    .map(phone -> new Fact(
                            Pictograms.phone(),
                            new FactText(
                                    de.format("course.phone"),
                                    List.of(SheetText.keep(phone)),
                                    german.htmlLang(),
                                    "ltr"),
                            new FactText(
                                    ot.format("course.phone"),
                                    List.of(SheetText.keep(phone)),
                                    german.htmlLang(),
                                    "ltr")));
        }

        private Fact both(String icon, String label, List<SheetText.Run> valueDe, List<SheetText.Run> valueOther) {
            return new Fact(
                    icon,
                    new FactText(
                            de.format(label),
                            valueDe,
                            german.htmlLang(),
                            german.direction().attribute()),
                    new FactText(
                            ot.format(label),
                            valueOther,
                            other.htmlLang(),
                            other.direction().attribute()));
        }
    }

    private TypedViewContext context(Site site, Language language) {
        return new TypedViewContext(site, i18n.messages(language), i18n.services(language), today);
    }
}
