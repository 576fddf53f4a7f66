package dev.mosaik.render;

import java.util.List;

/**
 * The view of one printable sheet, as the templates {@code infoblatt} (a course) and {@code aushang} (a district's
 * notice) read it: German beside the other language, or the other language alone on an easy-to-read sheet.
 *
 * @param easy     a sheet in a German variant (Leichte Sprache): printed in that variant alone, in the
 *                 easy-to-read layout, instead of German beside itself
 * @param facts    the course's facts (a course sheet)
 * @param courses  the district's courses (a notice)
 */
public record SheetView(
        SheetView.Side de,
        SheetView.Side other,
        boolean easy,
        boolean sample,
        List<SheetView.Fact> facts,
        String provider,
        List<String> contact,
        SheetView.Qr qr,
        List<SheetView.NoticeCourse> courses) {

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
