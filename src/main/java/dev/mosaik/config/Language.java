package dev.mosaik.config;

import java.util.List;

/**
 * A language of the site: a first-class value passed around instead of a code string.
 *
 * @param code      the code used in file names ({@code kontakt.ar.md}) and as the key of the language
 * @param name      the language's name in its own script, shown in the language switcher
 * @param locale    the BCP 47 tag used for formatting and for {@code lang} attributes, e.g. {@code ar-u-nu-arab}
 * @param direction writing direction
 * @param urlPrefix the first URL segment of the language's tree, e.g. {@code ar} or {@code leichte-sprache}
 * @param title     the site's title in this language
 * @param menu      the main menu in this language
 * @param fallback  languages whose text is shown, with a notice, where this language has no translation
 */
public record Language(
        String code,
        String name,
        String locale,
        Direction direction,
        String urlPrefix,
        String title,
        List<MenuItem> menu,
        List<String> fallback) {

    public Language {
        menu = List.copyOf(menu);
        fallback = List.copyOf(fallback);
    }

    /**
     * The value of HTML {@code lang}: the locale without Unicode extensions (digits and calendars are
     * formatting choices, not the language a screen reader should speak).
     */
    public String htmlLang() {
        int extension = locale.indexOf("-u-");
        String base = extension < 0 ? locale : locale.substring(0, extension);
        int privateUse = base.indexOf("-x-");
        return privateUse < 0 ? base : base.substring(0, privateUse);
    }

    public boolean isRightToLeft() {
        return direction == Direction.RTL;
    }
}
