package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.i18n.I18n;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.SheetView.Fact;
import dev.mosaik.render.SheetView.FactText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of one course in German and in the other language of a sheet, each with its pictogram: what a course's
 * info sheet lists, and the shorter list a district's notice shows per course. The web page's course summary gives
 * the words where they are the same; a sheet words the rest for print (meetings one by one, addresses kept whole).
 */
final class SheetFacts {

    private final I18n i18n;
    private final Language german;
    private final Language other;
    private final boolean easy;
    private final Course course;
    private final Messages de;
    private final Messages ot;
    private final CourseViews.CourseSummary vDe;
    private final CourseViews.CourseSummary vOt;

    /** {@code vDe} and {@code vOt}: the course's summary as the web page shows it, in German and in the other language. */
    SheetFacts(I18n i18n, SheetPair pair, Course course, CourseViews.CourseSummary vDe, CourseViews.CourseSummary vOt) {
        this.i18n = i18n;
        this.german = pair.german();
        this.other = pair.other();
        this.easy = pair.easy();
        this.course = course;
        this.de = i18n.messages(german);
        this.ot = i18n.messages(other);
        this.vDe = vDe;
        this.vOt = vOt;
    }

    /** The facts of a course's own sheet. */
    List<Fact> ofSheet() {
        return List.of(level(), when(), period(), place(), fee(), childcare(), access());
    }

    /** The facts of a course on its district's notice: when it starts rather than its period, a phone to call. */
    List<Fact> ofNotice() {
        List<Fact> list = new ArrayList<>(List.of(level(), when(), start(), place(), fee(), childcare()));
        phone().ifPresent(list::add);
        return list;
    }

    private Fact level() {
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
    private Fact when() {
        return both(
                Pictograms.calendar(),
                "course.when",
                SheetText.kept(meetings(german), ", "),
                SheetText.kept(meetings(other), easy ? "" : ", "));
    }

    private List<String> meetings(Language language) {
        LocaleServices locale = i18n.services(language);
        return course.schedule().stream()
                .map(s -> locale.weekday(s.day()) + " " + locale.time(s.from()) + "–" + locale.time(s.to()))
                .toList();
    }

    private Fact period() {
        return both(
                Pictograms.calendar(),
                "course.period",
                SheetText.dateRange(i18n.services(german).locale(), course.start(), course.end()),
                SheetText.dateRange(i18n.services(other).locale(), course.start(), course.end()));
    }

    private Fact start() {
        return both(
                Pictograms.calendar(),
                "sheet.start",
                List.of(SheetText.keep(i18n.services(german).longDate(course.start()))),
                List.of(SheetText.keep(i18n.services(other).longDate(course.start()))));
    }

    /** The district and the address as written in German, each part of the address kept together. */
    private Fact place() {
        List<String> parts = new ArrayList<>(List.of(course.district()));
        course.address().ifPresent(a -> parts.addAll(List.of(a.split(",\\s*"))));
        return asWrittenInGerman(
                Pictograms.place(),
                "course.where",
                SheetText.kept(parts, ", "),
                SheetText.kept(parts, easy ? "" : ", "));
    }

    private Fact fee() {
        return both(
                Pictograms.fee(), "course.fee", List.of(SheetText.keep(vDe.fee())), List.of(SheetText.keep(vOt.fee())));
    }

    private Fact childcare() {
        return worded(
                Pictograms.childcare(),
                "sheet.childcareLabel",
                course.childcare() ? "course.childcare" : "course.noChildcare");
    }

    private Fact access() {
        return worded(
                Pictograms.access(), "sheet.accessLabel", course.stepFree() ? "event.stepFree" : "event.notStepFree");
    }

    /** A fact whose value is one message, worded in each language ("mit Kinderbetreuung", "stufenlos erreichbar"). */
    private Fact worded(String icon, String label, String valueKey) {
        return both(
                icon,
                label,
                List.of(SheetText.plain(de.format(valueKey))),
                List.of(SheetText.plain(ot.format(valueKey))));
    }

    private Optional<Fact> phone() {
        return course.phone().map(phone -> {
            List<SheetText.Run> value = List.of(SheetText.keep(phone));
            return asWrittenInGerman(Pictograms.phone(), "course.phone", value, value);
        });
    }

    /** A fact whose value is worded in each language. */
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

    /** A fact whose value stays as written in German on both sides (an address, a phone number), left to right. */
    private Fact asWrittenInGerman(
            String icon, String label, List<SheetText.Run> valueDe, List<SheetText.Run> valueOther) {
        return new Fact(
                icon,
                new FactText(de.format(label), valueDe, german.htmlLang(), "ltr"),
                new FactText(ot.format(label), valueOther, german.htmlLang(), "ltr"));
    }
}
