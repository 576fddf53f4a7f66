package dev.mosaik.render;

import static dev.mosaik.render.FieldStatus.code;

import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.content.ProseOverlay;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.Views.LinkView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A course's facts in a page's language: for its page, the finder's entries and the printed sheets. */
final class CourseFacts {

    private CourseFacts() {}

    static CourseViews.CourseView of(Page page, Course c, TypedViewContext context) {
        Messages messages = context.messages();
        LocaleServices locale = context.locale();
        Site site = context.site();
        // Data a translation does not repeat comes from the original, in the default language.
        Language dataLanguage = page.frontMatter().data().isPresent()
                ? page.contentLanguage()
                : site.config().defaultLanguage();
        CourseViews.CourseSummary summary = new CourseViews.CourseSummary(
                dataLanguage.htmlLang(),
                locale.shortList(c.levels().stream()
                        .map(l -> l.equals("Alpha") ? messages.format("course.alpha") : l)
                        .toList()),
                c.levels().stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" ")),
                messages.format("courseType." + code(c.courseType())),
                c.district(),
                SitePath.segmentOf(c.district()),
                CourseSchedule.sessions(c.schedule(), locale),
                c.schedule().stream()
                        .map(s -> s.day().name().toLowerCase(Locale.ROOT))
                        .distinct()
                        .collect(Collectors.joining(" ")),
                c.isFree() ? messages.format("course.free") : locale.euros(c.fee()),
                c.childcare());
        return new CourseViews.CourseView(
                summary,
                details(page, c, dataLanguage, locale),
                PlaceViews.ContactView.of(c.phone(), c.email(), Optional.empty()),
                c.isOver(context.today()),
                sheets(page, context));
    }

    private static CourseViews.CourseDetails details(
            Page page, Course c, Language dataLanguage, LocaleServices locale) {
        return new CourseViews.CourseDetails(
                dataLanguage.direction().attribute(),
                c.provider(),
                c.address().orElse(""),
                locale.dateRange(c.start(), c.end()),
                c.isFree(),
                c.stepFree(),
                c.teacherLanguages().stream().map(locale::languageName).toList(),
                c.targetGroup()
                        .map(t -> targetGroup(page, t, dataLanguage))
                        .orElse(new CourseViews.Phrase(
                                "",
                                dataLanguage.htmlLang(),
                                dataLanguage.direction().attribute())));
    }

    /** A translation's prose is in its own language, among the facts it takes from the original. */
    private static CourseViews.Phrase targetGroup(Page page, String text, Language dataLanguage) {
        Language language = page.frontMatter()
                        .translated()
                        .prose()
                        .filter(p -> p instanceof ProseOverlay.CourseProse course
                                && course.targetGroup().isPresent())
                        .isPresent()
                ? page.contentLanguage()
                : dataLanguage;
        return new CourseViews.Phrase(
                text, language.htmlLang(), language.direction().attribute());
    }

    private static List<LinkView> sheets(Page page, TypedViewContext context) {
        List<LinkView> sheets = new ArrayList<>();
        for (Language other : sheetLanguages(page, context.site())) {
            sheets.add(new LinkView(
                    context.messages()
                            .format("course.sheet", "language", context.locale().languageName(other)),
                    context.base().path() + CourseSheets.sheetPath(page.key(), other) + ".pdf"));
        }
        return sheets;
    }

    /** The languages a course's sheets pair with German: every other language the sheet is written for. */
    private static List<Language> sheetLanguages(Page page, Site site) {
        Language reader = page.language();
        Language german = site.config().defaultLanguage();
        if (!reader.equals(german)) {
            return CourseSheets.pairs(site.config()).contains(reader) ? List.of(reader) : List.of();
        }
        return CourseSheets.pairs(site.config());
    }
}
