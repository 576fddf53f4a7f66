package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.SheetView.NoticeCourse;
import dev.mosaik.render.SheetView.Qr;
import dev.mosaik.render.SheetView.Side;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The views of the printable sheets for one language pair: a course's info sheet and a district's notice of current
 * courses. A page not yet translated is shown in German on the other side, with its language marked.
 */
final class SheetViews {

    private final I18n i18n;
    private final LocalDate today;

    SheetViews(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
    }

    /** The info sheet of the course on {@code germanPage}; its QR code opens the course in the other language. */
    SheetView course(Site site, Page germanPage, SheetPair pair) {
        Page otherPage = site.page(pair.other(), germanPage.key()).orElse(germanPage);
        Course course = (Course) germanPage.data().orElseThrow();
        List<String> contact = new ArrayList<>();
        course.phone().ifPresent(contact::add);
        course.email().ifPresent(contact::add);
        String url = otherPage.path().absoluteUrl(site.config().baseUrl());
        return new SheetView(
                side(pair.german(), germanPage.title(), pair.german(), false),
                side(pair.other(), otherPage.title(), otherPage.contentLanguage(), pair.easy()),
                pair.easy(),
                germanPage.frontMatter().sample(),
                facts(site, pair, germanPage, otherPage).ofSheet(),
                course.provider(),
                contact,
                qr(pair.german(), url),
                List.of());
    }

    /**
     * The notice of a district's current {@code courses} (German pages), by start date; its QR code opens the
     * district's page of the course finder in the other language.
     */
    SheetView notice(Site site, String district, List<Page> courses, SheetPair pair) {
        List<NoticeCourse> blocks = new ArrayList<>();
        for (Page page : courses.stream()
                .sorted(Comparator.comparing(p -> ((Course) p.data().orElseThrow()).start()))
                .toList()) {
            Page otherPage = site.page(pair.other(), page.key()).orElse(page);
            blocks.add(new NoticeCourse(
                    page.title(),
                    otherPage.title(),
                    otherPage.contentLanguage().htmlLang(),
                    facts(site, pair, page, otherPage).ofNotice()));
        }
        Page section = site.page(pair.other(), courses.get(0).key().parent().orElseThrow())
                .orElse(courses.get(0));
        String url = section.path().absoluteUrl(site.config().baseUrl())
                + FinderAddresses.district(site.addressWords(section.language()), SitePath.segmentOf(district))
                + "/";
        String titleDe = i18n.messages(pair.german()).format("sheet.notice", "district", district);
        String titleOther = i18n.messages(pair.other()).format("sheet.notice", "district", district);
        return new SheetView(
                side(pair.german(), titleDe, pair.german(), false),
                side(pair.other(), titleOther, pair.other(), pair.easy()),
                pair.easy(),
                courses.stream().anyMatch(p -> p.frontMatter().sample()),
                List.of(),
                "",
                List.of(),
                qr(pair.german(), url),
                blocks);
    }

    private SheetFacts facts(Site site, SheetPair pair, Page germanPage, Page otherPage) {
        Course course = (Course) germanPage.data().orElseThrow();
        return new SheetFacts(
                i18n,
                pair,
                course,
                CourseFacts.of(germanPage, course, context(site, pair.german())).summary(),
                CourseFacts.of(otherPage, course, context(site, pair.other())).summary());
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

    private TypedViewContext context(Site site, Language language) {
        return new TypedViewContext(site, i18n.messages(language), i18n.services(language), today);
    }
}
