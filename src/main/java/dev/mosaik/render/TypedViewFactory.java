package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.content.Course;
import dev.mosaik.content.Event;
import dev.mosaik.content.FieldOfAction;
import dev.mosaik.content.Newsletter;
import dev.mosaik.content.Picture;
import dev.mosaik.content.Project;
import dev.mosaik.content.RoleModel;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.TypedViews.DashboardRow;
import dev.mosaik.render.TypedViews.DashboardView;
import dev.mosaik.render.TypedViews.FieldView;
import dev.mosaik.render.TypedViews.ImageView;
import dev.mosaik.render.TypedViews.MeasureGroupView;
import dev.mosaik.render.TypedViews.MeasureView;
import dev.mosaik.render.TypedViews.ProjectView;
import dev.mosaik.render.TypedViews.StatusCount;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Builds the views of typed pages for one page's language. */
final class TypedViewFactory {

    private final Site site;
    private final Messages messages;
    private final LocaleServices locale;
    private final Function<Page, ChildView> child;
    private final BaseUrl base;

    private static final String CALENDAR_FILE = OutputFiles.EVENT_CALENDAR;
    private static final String LANGUAGE_CALENDAR_FILE = OutputFiles.LANGUAGE_CALENDAR;

    private final java.time.LocalDate today;

    TypedViewFactory(
            Site site,
            Messages messages,
            LocaleServices locale,
            Function<Page, ChildView> child,
            java.time.LocalDate today) {
        this.today = today;
        this.site = site;
        this.messages = messages;
        this.locale = locale;
        this.child = child;
        this.base = site.config().baseUrl();
        this.progress = new ProgressViews(messages, locale, messages.language().isRightToLeft());
    }

    private final ProgressViews progress;

    /** The pages of the fields of action of {@code language}, by number. */
    private List<Page> fieldPages(dev.mosaik.config.Language language) {
        return site.pagesIn(language).stream()
                .filter(p -> p.data().filter(FieldOfAction.class::isInstance).isPresent())
                .sorted(Comparator.comparing(
                        p -> ((FieldOfAction) p.data().orElseThrow()).number(), FieldOfAction.NUMBER_ORDER))
                .toList();
    }

    /** The report dates of the site: those of all fields' histories, so that every page compares the same dates. */
    private List<java.time.LocalDate> reportDates(List<Page> fields) {
        return dev.mosaik.content.Progress.reportDates(fields.stream()
                .flatMap(p -> ((FieldOfAction) p.data().orElseThrow()).measures().stream())
                .toList());
    }

    Optional<FieldView> field(Page page) {
        return page.data()
                .filter(FieldOfAction.class::isInstance)
                .map(FieldOfAction.class::cast)
                .map(field -> {
                    List<MeasureGroupView> groups = new ArrayList<>();
                    for (FieldOfAction.Term term : FieldOfAction.Term.values()) {
                        List<MeasureView> measures = field.measures().stream()
                                .filter(m -> m.term() == term)
                                .map(m -> measure(page, m))
                                .toList();
                        if (!measures.isEmpty()) {
                            groups.add(
                                    new MeasureGroupView(code(term), messages.format("term." + code(term)), measures));
                        }
                    }
                    return new FieldView(
                            field.number(),
                            messages.format("area." + code(field.area())),
                            messages.format("kind." + code(field.kind())),
                            groups,
                            counts(List.of(field)),
                            site.linked(page, Project.class, child),
                            site.linked(page, Event.class, child),
                            dashboardHref(page),
                            progress.of(
                                    field.measures(),
                                    reportDates(fieldPages(page.language())),
                                    List.of(),
                                    "progress-title"));
                });
    }

    /** The page of the language tree that shows the implementation status of all fields, if the site has one. */
    private Optional<String> dashboardHref(Page page) {
        return site.pageOfType(page.language(), SiteRenderer.DASHBOARD_TEMPLATE)
                .map(p -> p.path().href(base));
    }

    private MeasureView measure(Page page, FieldOfAction.Measure measure) {
        List<ChildView> projects = new ArrayList<>();
        for (String target : measure.projects().targets()) {
            TranslationKey.ofLink(target.endsWith(".md") ? target : target + ".md", page.key())
                    .flatMap(key -> site.page(page.language(), key))
                    .ifPresent(p -> projects.add(child.apply(p)));
        }
        return new MeasureView(
                measure.text(),
                code(measure.status()),
                messages.format("status." + code(measure.status())),
                measure.updated().map(locale::longDate),
                measure.updated().map(Object::toString),
                measure.office(),
                projects,
                progress.history(measure));
    }

    Optional<ProjectView> project(Page page) {
        return page.data()
                .filter(Project.class::isInstance)
                .map(Project.class::cast)
                .map(project -> new ProjectView(
                        site.linked(page, FieldOfAction.class, child),
                        project.district(),
                        project.period(),
                        project.partners(),
                        project.images().stream().map(p -> image(page, p)).toList(),
                        project.results(),
                        project.contact()));
    }

    private ImageView image(Page page, Picture picture) {
        String sitePath = picture.src().startsWith("/")
                ? picture.src().substring(1)
                : page.key().directory().map(d -> d + "/").orElse("") + picture.src();
        Optional<dev.mosaik.content.ImageSize> size = site.staticFiles().stream()
                .filter(f -> f.sitePath().equals(sitePath))
                .findFirst()
                .flatMap(f -> dev.mosaik.content.ImageSize.of(f.path()));
        return new ImageView(
                base.path() + sitePath,
                picture.alt(),
                size.map(s -> Integer.toString(s.width())).orElse(""),
                size.map(s -> Integer.toString(s.height())).orElse(""));
    }

    Optional<TypedViews.EventView> event(Page page) {
        return page.data()
                .filter(Event.class::isInstance)
                .map(Event.class::cast)
                .map(event -> new TypedViews.EventView(
                        locale.dateTimeRange(event.start(), event.end(), event.allDay()),
                        iso(event.start(), event.allDay()),
                        iso(event.end(), event.allDay()),
                        placeName(page, event),
                        event.address(),
                        event.stepFree(),
                        event.registration(),
                        !event.end().toLocalDate().isBefore(today),
                        page.path().href(base) + CALENDAR_FILE,
                        languageCalendar(page),
                        site.linked(page, FieldOfAction.class, child),
                        event.district()));
    }

    /** Upcoming (soonest first) and past (latest first) events among a section's pages. */
    Optional<TypedViews.EventListView> events(Page section, List<Page> children) {
        List<Page> events = children.stream()
                .filter(p -> p.data().filter(Event.class::isInstance).isPresent())
                .toList();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Page> byStart = Comparator.comparing(p -> ((Event) p.data().orElseThrow()).start());
        List<TypedViews.EventItem> upcoming = events.stream()
                .filter(p ->
                        !((Event) p.data().orElseThrow()).end().toLocalDate().isBefore(today))
                .sorted(byStart)
                .map(this::eventItem)
                .toList();
        List<TypedViews.EventItem> past = events.stream()
                .filter(p ->
                        ((Event) p.data().orElseThrow()).end().toLocalDate().isBefore(today))
                .sorted(byStart.reversed())
                .map(this::eventItem)
                .toList();
        return Optional.of(new TypedViews.EventListView(upcoming, past, languageCalendar(section)));
    }

    private String languageCalendar(Page page) {
        return site.head(page.language(), dev.mosaik.content.TranslationKey.HOME)
                        .map(h -> h.path().href(base))
                        .orElse(base.path())
                + LANGUAGE_CALENDAR_FILE;
    }

    /** A course's facts in the page's language. */
    Optional<CourseViews.CourseView> course(Page page) {
        return page.data()
                .filter(Course.class::isInstance)
                .map(Course.class::cast)
                .map(c -> courseView(page, c));
    }

    CourseViews.CourseView courseView(Page page, Course c) {
        List<String> schedule = CourseSchedule.sessions(c.schedule(), locale);
        String days = c.schedule().stream()
                .map(s -> s.day().name().toLowerCase(Locale.ROOT))
                .distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        List<LinkView> sheets = new ArrayList<>();
        for (dev.mosaik.config.Language other : sheetLanguages(page)) {
            sheets.add(new LinkView(
                    messages.format("course.sheet", "language", locale.languageName(other)),
                    base.path() + CourseSheets.sheetPath(page.key(), other) + ".pdf"));
        }
        // Data a translation does not repeat comes from the original, in the default language.
        dev.mosaik.config.Language dataLanguage = page.frontMatter().data().isPresent()
                ? page.contentLanguage()
                : site.config().defaultLanguage();
        // A translation's prose is in its own language, among the facts it takes from the original.
        dev.mosaik.config.Language targetLanguage = page.frontMatter()
                        .prose()
                        .filter(p -> p instanceof dev.mosaik.content.ProseOverlay.CourseProse course
                                && course.targetGroup().isPresent())
                        .isPresent()
                ? page.contentLanguage()
                : dataLanguage;
        return new CourseViews.CourseView(
                dataLanguage.htmlLang(),
                dataLanguage.direction().attribute(),
                c.provider(),
                locale.shortList(c.levels().stream()
                        .map(l -> l.equals("Alpha") ? messages.format("course.alpha") : l)
                        .toList()),
                c.levels().stream()
                        .map(l -> l.toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining(" ")),
                messages.format("courseType." + code(c.courseType())),
                c.district(),
                dev.mosaik.site.SitePath.segmentOf(c.district()),
                c.address(),
                schedule,
                days,
                locale.dateRange(c.start(), c.end()),
                c.isFree() ? messages.format("course.free") : locale.euros(c.fee()),
                c.isFree(),
                c.childcare(),
                c.stepFree(),
                c.teacherLanguages().stream().map(locale::languageName).toList(),
                c.targetGroup()
                        .map(t -> new CourseViews.Phrase(
                                t,
                                targetLanguage.htmlLang(),
                                targetLanguage.direction().attribute())),
                c.phone(),
                c.email(),
                c.isOver(today),
                sheets);
    }

    /** The languages a course's sheets pair with German: every other language the sheet is written for. */
    private List<dev.mosaik.config.Language> sheetLanguages(Page page) {
        dev.mosaik.config.Language reader = page.language();
        dev.mosaik.config.Language german = site.config().defaultLanguage();
        if (!reader.equals(german)) {
            return CourseSheets.pairs(site.config()).contains(reader) ? List.of(reader) : List.of();
        }
        return CourseSheets.pairs(site.config());
    }

    /** The course finder of a section whose pages are courses; empty for other sections. */
    Optional<CourseViews.CourseListView> courses(Page section, List<Page> children) {
        List<Page> courses = children.stream()
                .filter(p -> p.data().orElse(null) instanceof Course)
                .toList();
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(courseList(section, courses, c -> !((Course) c.data().orElseThrow()).isOver(today), false));
    }

    /** The finder of {@code section}, listing the courses that pass {@code filter}. */
    CourseViews.CourseListView courseList(
            Page section, List<Page> courses, java.util.function.Predicate<Page> filter, boolean archived) {
        String finder = section.path().href(base);
        dev.mosaik.site.AddressWords words = site.addressWords(section.language());
        List<Page> current = courses.stream()
                .filter(c -> !((Course) c.data().orElseThrow()).isOver(today))
                .toList();
        java.util.function.Function<java.util.function.Predicate<Course>, Integer> count = p -> (int) current.stream()
                .filter(c -> p.test((Course) c.data().orElseThrow()))
                .count();
        List<CourseViews.FilterLink> levels = Course.LEVELS.stream()
                .filter(l -> count.apply(c -> c.levels().contains(l)) > 0)
                .map(l -> new CourseViews.FilterLink(
                        l.equals("Alpha") ? messages.format("course.alpha") : l,
                        l.toLowerCase(Locale.ROOT),
                        finder + CourseFinder.levelSegment(words, l.toLowerCase(Locale.ROOT)) + "/",
                        count.apply(c -> c.levels().contains(l))))
                .toList();
        List<String> districtNames = current.stream()
                .map(c -> ((Course) c.data().orElseThrow()).district())
                .distinct()
                .sorted(locale.collation())
                .toList();
        List<CourseViews.FilterLink> districts = districtNames.stream()
                .map(d -> new CourseViews.FilterLink(
                        d,
                        dev.mosaik.site.SitePath.segmentOf(d),
                        finder + CourseFinder.districtSegment(words, dev.mosaik.site.SitePath.segmentOf(d)) + "/",
                        count.apply(c -> c.district().equals(d))))
                .toList();
        List<CourseViews.FilterLink> days = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .filter(d -> count.apply(c -> c.schedule().stream().anyMatch(s -> s.day() == d)) > 0)
                .map(d -> new CourseViews.FilterLink(
                        locale.weekday(d),
                        d.name().toLowerCase(Locale.ROOT),
                        finder + CourseFinder.daySegment(words, d) + "/",
                        count.apply(c -> c.schedule().stream().anyMatch(s -> s.day() == d))))
                .toList();
        CourseViews.FilterLink childcare = new CourseViews.FilterLink(
                messages.format("course.childcare"),
                "childcare",
                finder + words.childcare() + "/",
                count.apply(Course::childcare));
        int over = (int) courses.stream()
                .filter(c -> ((Course) c.data().orElseThrow()).isOver(today))
                .count();
        CourseViews.FilterLink archive = new CourseViews.FilterLink(
                messages.format("course.archive"), "archive", finder + words.archive() + "/", over);
        List<CourseViews.CourseItem> items = courses.stream()
                .filter(filter)
                .sorted(Comparator.comparing((Page p) -> ((Course) p.data().orElseThrow()).start())
                        .thenComparing(Page::title, locale.collation()))
                .map(p -> new CourseViews.CourseItem(
                        child.apply(p), courseView(p, (Course) p.data().orElseThrow())))
                .toList();
        return new CourseViews.CourseListView(
                items,
                levels,
                districts,
                days,
                childcare,
                archive,
                finder,
                archived,
                base.path() + SiteRenderer.COURSE_SCRIPT);
    }

    /** An issue of the newsletter with its sections resolved to the pages they present. */
    Optional<NewsletterViews.IssueView> newsletter(Page page) {
        if (!(page.data().orElse(null) instanceof Newsletter issue)) {
            return Optional.empty();
        }
        List<NewsletterViews.SectionView> sections = new ArrayList<>();
        for (Newsletter.Section section : issue.sections()) {
            Optional<Page> target = section.ref()
                    .flatMap(ref -> TranslationKey.ofLink(ref.endsWith(".md") ? ref : ref + ".md", page.key()))
                    .flatMap(key -> site.page(page.language(), key));
            sections.add(new NewsletterViews.SectionView(
                    section.title(), section.text(), target.map(child), target.flatMap(this::when)));
        }
        List<Page> issues = issues(page);
        int index = issues.indexOf(page);
        java.time.LocalDate date = page.frontMatter().date().orElse(today);
        // An untranslated issue has its e-mail edition in its original language only.
        Page original = page.isFallback()
                ? site.page(page.contentLanguage(), page.key()).orElse(page)
                : page;
        String folder = original.path().href(base);
        return Optional.of(new NewsletterViews.IssueView(
                issue.number(),
                locale.longDate(date),
                date.toString(),
                issue.intro(),
                sections,
                index > 0 ? Optional.of(child.apply(issues.get(index - 1))) : Optional.empty(),
                index >= 0 && index < issues.size() - 1
                        ? Optional.of(child.apply(issues.get(index + 1)))
                        : Optional.empty(),
                subscribe(),
                folder + SiteRenderer.EMAIL_HTML,
                newsletterFeed(page)));
    }

    /** The issues of the newsletter section a page belongs to, oldest first. */
    private List<Page> issues(Page issue) {
        return issue
                .key()
                .parent()
                .flatMap(p -> site.page(issue.language(), p))
                .map(site::children)
                .orElse(List.of())
                .stream()
                .filter(p -> p.data().orElse(null) instanceof Newsletter)
                .sorted(Comparator.comparingInt(p -> ((Newsletter) p.data().orElseThrow()).number()))
                .toList();
    }

    private LinkView link(Page page) {
        return new LinkView(page.title(), page.path().href(base));
    }

    private Optional<String> subscribe() {
        return Optional.ofNullable(site.config().params().get("subscribe"));
    }

    private String newsletterFeed(Page pageInSection) {
        Page section = pageInSection.data().orElse(null) instanceof Newsletter
                ? pageInSection
                        .key()
                        .parent()
                        .flatMap(p -> site.page(pageInSection.language(), p))
                        .orElse(pageInSection)
                : pageInSection;
        return section.path().href(base) + OutputFiles.ATOM_FEED;
    }

    /** The date a presented page stands for: an event's date, a course's period, else its last change. */
    private Optional<String> when(Page page) {
        if (page.data().orElse(null) instanceof Event event) {
            return Optional.of(locale.dateTimeRange(event.start(), event.end(), event.allDay()));
        }
        if (page.data().orElse(null) instanceof Course course) {
            return Optional.of(locale.dateRange(course.start(), course.end()));
        }
        return page.frontMatter().lastChange().map(locale::longDate);
    }

    /** The archive of a newsletter section: issues by year, newest first, with counts. */
    Optional<NewsletterViews.ArchiveView> archive(Page section, List<Page> children) {
        List<Page> issues = children.stream()
                .filter(p -> p.data().orElse(null) instanceof Newsletter)
                .toList();
        if (issues.isEmpty()) {
            return Optional.empty();
        }
        java.util.TreeMap<Integer, List<Page>> byYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (Page issue : issues) {
            byYear.computeIfAbsent(issue.frontMatter().date().orElse(today).getYear(), y -> new ArrayList<>())
                    .add(issue);
        }
        List<NewsletterViews.YearView> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new NewsletterViews.YearView(
                year,
                locale.plainNumber(year),
                messages.format("newsletter.count", "count", list.size()),
                list.stream()
                        .sorted(Comparator.comparingInt(
                                        (Page p) -> ((Newsletter) p.data().orElseThrow()).number())
                                .reversed())
                        .map(child)
                        .toList())));
        return Optional.of(new NewsletterViews.ArchiveView(
                years,
                subscribe(),
                section.path().href(base) + OutputFiles.ATOM_FEED,
                section.path().href(base) + OutputFiles.JSON_FEED,
                NewsletterViews.HowToView.of(
                        subscribe(), site.config().newsletter().unsubscribe())));
    }

    /** The latest issue of the language's newsletter, for the home page. */
    Optional<ChildView> latestIssue(Page home) {
        return site.pagesIn(home.language()).stream()
                .filter(p -> p.data().orElse(null) instanceof Newsletter)
                .max(Comparator.comparingInt(p -> ((Newsletter) p.data().orElseThrow()).number()))
                .map(child);
    }

    /** The home page's teasers; empty for other pages. */
    Optional<TypedViews.HomeTeasers> home(Page page) {
        if (!page.key().isHome()) {
            return Optional.empty();
        }
        List<Page> tree = site.pagesIn(page.language());
        List<TypedViews.EventItem> events = tree.stream()
                .filter(p -> p.data().orElse(null) instanceof Event event
                        && !event.end().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(p -> ((Event) p.data().orElseThrow()).start()))
                .limit(3)
                .map(this::eventItem)
                .toList();
        // The latest success story: the most recently dated project; undated ones count as oldest, then by listing
        // order.
        Optional<ChildView> story = tree.stream()
                .filter(p -> p.data().orElse(null) instanceof Project)
                .sorted(Comparator.<Page, java.time.LocalDate>comparing(
                                p -> p.frontMatter().lastChange().orElse(java.time.LocalDate.MIN))
                        .reversed()
                        .thenComparing(p -> p.frontMatter().weight().orElse(Integer.MAX_VALUE))
                        .thenComparing(Page::key))
                .findFirst()
                .map(child);
        // A different role model every day, the same one for every build of that day.
        List<Page> roleModels = tree.stream()
                .filter(p -> p.data().orElse(null) instanceof RoleModel)
                .sorted(Comparator.comparing(Page::key))
                .toList();
        Optional<ChildView> roleModel = roleModels.isEmpty()
                ? Optional.empty()
                : Optional.of(child.apply(roleModels.get(today.getDayOfYear() % roleModels.size())));
        TypedViews.HomeTeasers teasers = new TypedViews.HomeTeasers(events, story, roleModel, latestIssue(page));
        return teasers.isEmpty() ? Optional.empty() : Optional.of(teasers);
    }

    private TypedViews.EventItem eventItem(Page page) {
        Event event = (Event) page.data().orElseThrow();
        return new TypedViews.EventItem(
                child.apply(page),
                locale.dateTimeRange(event.start(), event.end(), event.allDay()),
                iso(event.start(), event.allDay()),
                placeName(page, event),
                event.stepFree());
    }

    /** The name of the place an event names by its page, else the venue as the event writes it. */
    private String placeName(Page page, Event event) {
        return event.placeRef()
                .flatMap(ref -> site.firstLinked(page, dev.mosaik.content.Place.class))
                .map(Page::title)
                .orElse(event.place());
    }

    /** For {@code <time datetime>}: with the offset of the site's time zone on that day. */
    private String iso(java.time.LocalDateTime time, boolean allDay) {
        return allDay
                ? time.toLocalDate().toString()
                : time.atZone(site.config().timeZone()).toOffsetDateTime().toString();
    }

    Optional<TypedViews.RoleModelView> roleModel(Page page) {
        return page.data()
                .filter(RoleModel.class::isInstance)
                .map(RoleModel.class::cast)
                .map(person -> new TypedViews.RoleModelView(
                        person.name(),
                        // Without documented consent the build has already failed; this keeps the rule where the photo
                        // is shown too.
                        person.photo()
                                .filter(photo -> person.photoConsent().isPresent())
                                .map(photo -> image(page, photo)),
                        person.origin(),
                        person.languages().stream().map(locale::languageName).toList(),
                        person.quote()));
    }

    /** The implementation status of every field of action of the page's language, by number. */
    DashboardView dashboard(Page page) {
        List<Page> fields = fieldPages(page.language());
        List<DashboardRow> rows = new ArrayList<>();
        List<FieldOfAction> all = new ArrayList<>();
        for (Page field : fields) {
            FieldOfAction data = (FieldOfAction) field.data().orElseThrow();
            all.add(data);
            Optional<java.time.LocalDate> last = data.measures().stream()
                    .map(FieldOfAction.Measure::updated)
                    .flatMap(Optional::stream)
                    .max(Comparator.naturalOrder());
            rows.add(new DashboardRow(
                    data.number(),
                    child.apply(field),
                    counts(List.of(data)),
                    terms(List.of(data)),
                    data.measures().size(),
                    last.map(locale::longDate),
                    last.map(Object::toString)));
        }
        List<StatusCount> totals = counts(all);
        String folder = page.path().href(base);
        return new DashboardView(
                totals,
                terms(all),
                all.stream().mapToInt(f -> f.measures().size()).sum(),
                rows,
                StatusChart.svg(
                        totals,
                        rows,
                        messages.format("dashboard.chart"),
                        page.language().isRightToLeft()),
                folder + OutputFiles.STATUS_CSV,
                folder + OutputFiles.STATUS_JSON,
                progress.of(
                        ProgressViews.measuresOf(all),
                        reportDates(fields),
                        fields.stream()
                                .map(f -> Map.entry(
                                        child.apply(f),
                                        ((FieldOfAction) f.data().orElseThrow()).measures()))
                                .toList(),
                        "progress-title"));
    }

    private List<StatusCount> terms(List<FieldOfAction> fields) {
        Map<FieldOfAction.Term, Integer> counts = new EnumMap<>(FieldOfAction.Term.class);
        fields.forEach(f -> f.measures().forEach(m -> counts.merge(m.term(), 1, Integer::sum)));
        List<StatusCount> result = new ArrayList<>();
        for (FieldOfAction.Term term : FieldOfAction.Term.values()) {
            result.add(
                    new StatusCount(code(term), messages.format("term." + code(term)), counts.getOrDefault(term, 0)));
        }
        return result;
    }

    private List<StatusCount> counts(List<FieldOfAction> fields) {
        Map<FieldOfAction.Status, Integer> counts = new EnumMap<>(FieldOfAction.Status.class);
        for (FieldOfAction field : fields) {
            for (FieldOfAction.Measure measure : field.measures()) {
                counts.merge(measure.status(), 1, Integer::sum);
            }
        }
        List<StatusCount> result = new ArrayList<>();
        for (FieldOfAction.Status status : FieldOfAction.Status.values()) {
            result.add(new StatusCount(
                    code(status), messages.format("status." + code(status)), counts.getOrDefault(status, 0)));
        }
        return result;
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
