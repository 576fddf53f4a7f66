package dev.mosaik.render;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Course;
import dev.mosaik.content.Event;
import dev.mosaik.content.Newsletter;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The views of newsletter issues ({@code type: newsletter}): an issue's page, and the archive of a section. */
final class NewsletterViewSource implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.NEWSLETTER;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return issue(page, context).map(TypedView.class::cast);
    }

    /** An issue of the newsletter with its sections resolved to the pages they present. */
    static Optional<NewsletterViews.IssueView> issue(Page page, TypedViewContext context) {
        if (!(page.data().orElse(null) instanceof Newsletter issue)) {
            return Optional.empty();
        }
        Site site = context.site();
        List<NewsletterViews.SectionView> sections = new ArrayList<>();
        for (Newsletter.Section section : issue.sections()) {
            Optional<Page> target = section.ref()
                    .flatMap(ref -> TranslationKey.ofLink(ref.endsWith(".md") ? ref : ref + ".md", page.key()))
                    .flatMap(key -> site.page(page.language(), key));
            sections.add(new NewsletterViews.SectionView(
                    section.title().orElse(""),
                    section.text().orElse(""),
                    target.isPresent(),
                    target.map(context::child).orElse(NewsletterViews.NO_PAGE),
                    target.flatMap(t -> when(t, context.locale())).orElse("")));
        }
        List<Page> issues = issues(page, site);
        int index = issues.indexOf(page);
        LocalDate date = page.frontMatter().publishing().date().orElse(context.today());
        // An untranslated issue has its e-mail edition in its original language only.
        Page original = page.isFallback()
                ? site.page(page.contentLanguage(), page.key()).orElse(page)
                : page;
        String folder = original.path().href(context.base());
        return Optional.of(new NewsletterViews.IssueView(
                issue.number(),
                context.locale().longDate(date),
                date.toString(),
                issue.intro().orElse(""),
                sections,
                index > 0 ? context.child(issues.get(index - 1)) : NewsletterViews.NO_PAGE,
                index >= 0 && index < issues.size() - 1
                        ? context.child(issues.get(index + 1))
                        : NewsletterViews.NO_PAGE,
                subscribe(site).orElse(""),
                folder + NewsletterViews.EMAIL_HTML,
                newsletterFeed(page, site, context)));
    }

    /** The issues of the newsletter section a page belongs to, oldest first. */
    private static List<Page> issues(Page issue, Site site) {
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

    private static Optional<String> subscribe(Site site) {
        return Optional.ofNullable(site.config().params().get("subscribe"));
    }

    private static String newsletterFeed(Page pageInSection, Site site, TypedViewContext context) {
        Page section = pageInSection.data().orElse(null) instanceof Newsletter
                ? pageInSection
                        .key()
                        .parent()
                        .flatMap(p -> site.page(pageInSection.language(), p))
                        .orElse(pageInSection)
                : pageInSection;
        return section.path().href(context.base()) + OutputFiles.ATOM_FEED;
    }

    /** The date a presented page stands for: an event's date, a course's period, else its last change. */
    private static Optional<String> when(Page page, LocaleServices locale) {
        if (page.data().orElse(null) instanceof Event event) {
            return Optional.of(locale.dateTimeRange(event.start(), event.end(), event.allDay()));
        }
        if (page.data().orElse(null) instanceof Course course) {
            return Optional.of(locale.dateRange(course.start(), course.end()));
        }
        return page.frontMatter().lastChange().map(locale::longDate);
    }

    /** The archive of a newsletter section: issues by year, newest first, with counts. */
    @Override
    public Optional<TypedView> listing(Page section, List<Page> children, TypedViewContext context) {
        List<Page> issues = children.stream()
                .filter(p -> p.data().orElse(null) instanceof Newsletter)
                .toList();
        if (issues.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<Integer, List<Page>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Page issue : issues) {
            byYear.computeIfAbsent(
                            issue.frontMatter()
                                    .publishing()
                                    .date()
                                    .orElse(context.today())
                                    .getYear(),
                            y -> new ArrayList<>())
                    .add(issue);
        }
        List<NewsletterViews.YearView> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new NewsletterViews.YearView(
                year,
                context.locale().plainNumber(year),
                context.messages().format("newsletter.count", "count", list.size()),
                list.stream()
                        .sorted(Comparator.comparingInt(
                                        (Page p) -> ((Newsletter) p.data().orElseThrow()).number())
                                .reversed())
                        .map(context::child)
                        .toList())));
        Site site = context.site();
        return Optional.of(new NewsletterViews.ArchiveView(
                years,
                subscribe(site).orElse(""),
                section.path().href(context.base()) + OutputFiles.ATOM_FEED,
                section.path().href(context.base()) + OutputFiles.JSON_FEED,
                NewsletterViews.HowToView.of(
                        subscribe(site), site.config().editions().newsletter().unsubscribe())));
    }

    /** The latest issue of the language's newsletter, for the home page. */
    static Optional<ChildView> latestIssue(Page home, TypedViewContext context) {
        return context.site().pagesIn(home.language()).stream()
                .filter(p -> p.data().orElse(null) instanceof Newsletter)
                .max(Comparator.comparingInt(p -> ((Newsletter) p.data().orElseThrow()).number()))
                .map(context::child);
    }
}
