package dev.mosaik.render;

import dev.mosaik.content.Translation;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.Views.NoticeView;
import dev.mosaik.render.Views.NoticesView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What readers are told about a content page's text: untranslated, machine-translated, outdated, a sample. */
final class Notices {

    private Notices() {}

    static NoticesView of(Site site, Page page, Messages messages, LocaleServices locale) {
        return new NoticesView(
                page.isFallback(),
                locale.languageName(page.contentLanguage()),
                translation(page, messages, locale).orElse(NoticeView.NONE),
                page.isFallback()
                        ? List.of()
                        : page.outdated()
                                .map(o -> OutdatedNotice.parts(
                                        o, messages, locale, site.config().defaultLanguage()))
                                .orElse(List.of()),
                page.frontMatter().sample(),
                page.frontMatter().lastChange().map(locale::longDate).orElse(""),
                page.frontMatter().lastChange().map(Object::toString).orElse(""));
    }

    /**
     * What readers are told about a translation: that no person has checked a machine translation, or who
     * checked it and when. A fallback page is not a translation and says so in its own notice.
     */
    private static Optional<NoticeView> translation(Page page, Messages messages, LocaleServices locale) {
        if (page.isFallback()) {
            return Optional.empty();
        }
        Optional<Translation> translation = page.frontMatter().translated().translation();
        if (translation.filter(Translation::isMachine).isPresent()) {
            return Optional.of(new NoticeView("machine", messages.format("page.machine")));
        }
        return translation
                .filter(Translation::isReviewed)
                .flatMap(t -> t.reviewedBy()
                        .flatMap(by -> t.reviewed()
                                .map(on -> new NoticeView(
                                        "reviewed",
                                        messages.format(
                                                "page.reviewed", Map.of("name", by, "date", locale.longDate(on)))))));
    }
}
