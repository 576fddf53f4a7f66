package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import java.util.List;

/**
 * A pair of languages a sheet is printed in: German (the site's default language) and one other. A sheet whose other
 * language is written in German too (Leichte Sprache, also {@code lang="de"}) is "easy": printed in that language
 * alone, in the easy-to-read layout, since German beside itself would say everything twice.
 */
record SheetPair(Language german, Language other) {

    /** The pairs every sheet is printed in, in configured order (see {@link CourseSheets#pairs}). */
    static List<SheetPair> of(SiteConfig config) {
        return CourseSheets.pairs(config).stream()
                .map(other -> new SheetPair(config.defaultLanguage(), other))
                .toList();
    }

    boolean easy() {
        return other.htmlLang().equals(german.htmlLang());
    }

    /** The language of the printed document: the other language on an easy sheet, German beside it otherwise. */
    String documentLang() {
        return easy() ? other.htmlLang() : german.htmlLang();
    }
}
