package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.site.AddressWords;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageKind;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The static pages of the course finder below a course section, one per filter value, so every filter
 * works without JavaScript and can be linked and printed: {@code …/niveau/a1/}, {@code …/stadtteil/dalheim/},
 * {@code …/tag/montag/}, {@code …/kinderbetreuung/} and the archive of courses that are over, each in the words
 * of the tree's language ({@link AddressWords}): {@code /tr/…/seviye/a1/}. Where those words differ from the ones
 * every tree used before ({@link AddressWords#LEGACY}), the old address answers with a redirect to the new one.
 */
final class CourseFinder {

    private final PageViews views;
    private final Redirects redirects;
    private final Templates templates;
    private final I18n i18n;
    private final java.time.LocalDate today;

    CourseFinder(PageViews views, Redirects redirects, Templates templates, I18n i18n, java.time.LocalDate today) {
        this.views = views;
        this.redirects = redirects;
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
            if (section.kind() != PageKind.PAGE
                    && site.children(section).stream().anyMatch(CourseFinder::isCourse)) {
                Language language = section.language();
                TranslationKey key = section.key();
                jobs.add(new RenderJob(
                        "finder:" + section.path().outputFile(),
                        section,
                        (s, sink, problems) -> render(s, s.page(language, key).orElseThrow(), sink, problems)));
            }
        }
        return jobs;
    }

    private static boolean isCourse(Page page) {
        return page.data().orElse(null) instanceof dev.mosaik.content.Course;
    }

    private int render(Site site, Page section, PageSink sink, Problems problems) {
        List<Page> courses =
                site.children(section).stream().filter(CourseFinder::isCourse).toList();
        Language language = section.language();
        TypedViewContext context = new TypedViewContext(site, i18n.messages(language), i18n.services(language), today);
        CourseViews.CourseListView all = CourseListViews.of(section, courses, p -> true, false, context);
        Section finder = new Section(section, courses, crumbs(site, section), context);
        int written = 0;
        for (FinderPage page : finderPages(all, language)) {
            written += renderPage(finder, page, sink, problems);
        }
        return written;
    }

    /** A course section, as each of its finder pages needs it. */
    private record Section(Page page, List<Page> courses, List<LinkView> crumbs, TypedViewContext context) {}

    /** The pages of the finder: a level, a district, a weekday each, childcare, and the archive. */
    private List<FinderPage> finderPages(CourseViews.CourseListView all, Language language) {
        List<FinderPage> finders = new ArrayList<>();
        for (CourseViews.FilterLink level : all.levels()) {
            finders.add(new FinderPage(
                    w -> FinderAddresses.level(w, level.code()),
                    i18n.messages(language).format("course.level") + " " + level.label(),
                    c -> c.levels().stream().anyMatch(l -> l.equalsIgnoreCase(level.code())),
                    false,
                    new CourseFeeds.Filter(level.code(), "", "", false, false)));
        }
        for (CourseViews.FilterLink district : all.districts()) {
            finders.add(new FinderPage(
                    w -> FinderAddresses.district(w, district.code()),
                    district.label(),
                    c -> SitePath.segmentOf(c.district()).equals(district.code()),
                    false,
                    new CourseFeeds.Filter("", district.code(), "", false, false)));
        }
        for (CourseViews.FilterLink day : all.days()) {
            java.time.DayOfWeek weekday = java.time.DayOfWeek.valueOf(day.code().toUpperCase(java.util.Locale.ROOT));
            finders.add(new FinderPage(
                    w -> FinderAddresses.day(w, weekday),
                    day.label(),
                    c -> c.schedule().stream().anyMatch(s -> s.day() == weekday),
                    false,
                    new CourseFeeds.Filter("", "", day.code(), false, false)));
        }
        finders.add(new FinderPage(
                AddressWords::childcare,
                all.childcare().label(),
                dev.mosaik.content.Course::childcare,
                false,
                new CourseFeeds.Filter("", "", "", true, false)));
        finders.add(new FinderPage(
                AddressWords::archive,
                all.archive().label(),
                c -> c.isOver(today),
                true,
                new CourseFeeds.Filter("", "", "", false, true)));
        return finders;
    }

    /** The trail to a finder page: the section's, and the section itself. */
    private List<LinkView> crumbs(Site site, Page section) {
        BaseUrl base = site.config().baseUrl();
        String home = i18n.messages(section.language()).format("nav.home");
        List<LinkView> crumbs = new ArrayList<>(site.ancestors(section).stream()
                .map(p -> new LinkView(
                        p.kind() == PageKind.HOME ? home : p.title(), p.path().href(base)))
                .toList());
        crumbs.add(new LinkView(section.title(), section.path().href(base)));
        return crumbs;
    }

    private int renderPage(Section section, FinderPage finder, PageSink sink, Problems problems) {
        Site site = section.context().site();
        BaseUrl base = site.config().baseUrl();
        Language language = section.page().language();
        String segment = finder.address().apply(site.addressWords(language));
        SitePath path = new SitePath(section.page().path().value() + segment + "/");
        java.util.function.Predicate<Page> filter = p -> {
            dev.mosaik.content.Course c = (dev.mosaik.content.Course) p.data().orElseThrow();
            return finder.archive()
                    ? c.isOver(today)
                    : !c.isOver(today) && finder.test().test(c);
        };
        CourseViews.CourseListView list =
                CourseListViews.of(section.page(), section.courses(), filter, finder.archive(), section.context());
        Listing listing = Listing.of(
                        language,
                        "courses",
                        finder.title(),
                        path,
                        List.of(),
                        section.crumbs(),
                        other -> site.page(other, section.page().key())
                                .map(s -> s.path().href(base) + finder.address().apply(site.addressWords(other)) + "/"))
                .withTyped(list);
        Views.PageView view = views.listing(site, listing)
                .withSubscribe(new Subscriptions(i18n, today).ofFinder(site, section.page(), finder.feed()));
        String what = section.page().source().relative();
        templates.renderTo(sink, path.outputFile(), "kursliste", language.code(), Map.of("page", view), what, problems);
        String legacy = finder.address().apply(AddressWords.LEGACY);
        if (!legacy.equals(segment)) {
            SitePath old = new SitePath(section.page().path().value() + legacy + "/");
            redirects.moved(site, sink, old, path, language, finder.title(), what, problems);
        }
        return 1;
    }

    /**
     * One static page of the course finder.
     *
     * @param address its address below the section in a tree's words; in the {@linkplain AddressWords#LEGACY
     *                old words}, where it was before addresses were localized, and still redirects from
     * @param feed    the selection its calendar holds ({@link CourseFeeds})
     */
    private record FinderPage(
            java.util.function.Function<AddressWords, String> address,
            String title,
            java.util.function.Predicate<dev.mosaik.content.Course> test,
            boolean archive,
            CourseFeeds.Filter feed) {}
}
