package dev.mosaik.render;


import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The static pages of the course finder below a course section, one per filter value, so every filter
 * works without JavaScript and can be linked and printed: {@code …/niveau/a1/}, {@code …/stadtteil/dalheim/},
 * {@code …/tag/monday/}, {@code …/kinderbetreuung/} and the archive of courses that are over.
 */
final class CourseFinder {

    static final String LEVEL = "niveau";
    static final String DISTRICT = "stadtteil";
    static final String DAY = "tag";
    static final String CHILDCARE = "kinderbetreuung";
    static final String ARCHIVE = "archiv";

    private final SiteRenderer renderer;
    private final Templates templates;
    private final I18n i18n;
    private final java.time.LocalDate today;

    CourseFinder(SiteRenderer renderer, Templates templates, I18n i18n, java.time.LocalDate today) {
        this.renderer = renderer;
        this.templates = templates;
        this.i18n = i18n;
        this.today = today;
    }

    /**
     * The static filter pages of every course section (by level, district, weekday, childcare, and the archive),
     * one job per section.
     */
    List<RenderJob> jobs(Site site) {
        List<RenderJob> jobs = new ArrayList<>();
        for (Page section : site.pages()) {
            if (section.kind() != PageKind.PAGE && site.children(section).stream().anyMatch(CourseFinder::isCourse)) {
                Language language = section.language();
                TranslationKey key = section.key();
                jobs.add(new RenderJob("finder:" + section.path().outputFile(), section,
                        (s, sink, problems) -> render(s, s.page(language, key).orElseThrow(), sink, problems)));
            }
        }
        return jobs;
    }

    private static boolean isCourse(Page page) {
        return page.data().orElse(null) instanceof dev.mosaik.content.Course;
    }

    private int render(Site site, Page section, PageSink sink, Problems problems) {
        int written = 0;
        BaseUrl base = site.config().baseUrl();
        List<Page> courses = site.children(section).stream().filter(CourseFinder::isCourse).toList();
        Language language = section.language();
        TypedViewFactory typed = new TypedViewFactory(site, i18n.messages(language), i18n.services(language), p -> SiteRenderer.childView(base, p), today);
        CourseViews.CourseListView all = typed.courseList(section, courses, p -> true, false);
        List<FinderPage> finders = new ArrayList<>();
        for (CourseViews.FilterLink level : all.levels()) {
            finders.add(new FinderPage(CourseFinder.LEVEL + "/" + level.code(), i18n.messages(language).format("course.level") + " " + level.label(),
                    c -> c.levels().stream().anyMatch(l -> l.equalsIgnoreCase(level.code())), false));
        }
        for (CourseViews.FilterLink district : all.districts()) {
            finders.add(new FinderPage(CourseFinder.DISTRICT + "/" + district.code(), district.label(),
                    c -> SitePath.segmentOf(c.district()).equals(district.code()), false));
        }
        for (CourseViews.FilterLink day : all.days()) {
            finders.add(new FinderPage(CourseFinder.DAY + "/" + day.code(), day.label(),
                    c -> c.schedule().stream().anyMatch(s -> s.day().name().equalsIgnoreCase(day.code())), false));
        }
        finders.add(new FinderPage(CourseFinder.CHILDCARE, all.childcare().label(), dev.mosaik.content.Course::childcare, false));
        finders.add(new FinderPage(CourseFinder.ARCHIVE, all.archive().label(), c -> c.isOver(today), true));
        List<LinkView> crumbs = new ArrayList<>(site.ancestors(section).stream()
                .map(p -> new LinkView(p.kind() == PageKind.HOME ? i18n.messages(language).format("nav.home") : p.title(), p.path().href(base)))
                .toList());
        crumbs.add(new LinkView(section.title(), section.path().href(base)));
        for (FinderPage finder : finders) {
            SitePath path = new SitePath(section.path().value() + finder.segment() + "/");
            java.util.function.Predicate<Page> filter = p -> {
                dev.mosaik.content.Course c = (dev.mosaik.content.Course) p.data().orElseThrow();
                return finder.archive() ? c.isOver(today) : !c.isOver(today) && finder.test().test(c);
            };
            CourseViews.CourseListView list = typed.courseList(section, courses, filter, finder.archive());
            Views.PageView view = renderer.listingView(site, language, "courses", finder.title(), path, List.of(), crumbs,
                    other -> site.page(other, section.key()).map(s -> s.path().href(base) + finder.segment() + "/"), Optional.of(list));
            templates.renderTo(sink, path.outputFile(), "kursliste", language.code(), Map.of("page", view), section.source().relative(), problems);
            written++;
        }
        return written;
    }

    /** One static page of the course finder. */
    private record FinderPage(String segment, String title, java.util.function.Predicate<dev.mosaik.content.Course> test, boolean archive) {
    }

}
