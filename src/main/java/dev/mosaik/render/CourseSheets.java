package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.TranslationKey;
import java.util.List;

/**
 * Where the printable info sheets of courses live: one per course and language pair (German plus one other
 * language), as HTML with print CSS and as PDF, below {@code infoblaetter/}; and one notice-board sheet per
 * district ("Aushang").
 */
public final class CourseSheets {

    public static final String FOLDER = "infoblaetter";

    private CourseSheets() {}

    /** {@code infoblaetter/kurse/fit-in-deutsch/de-ar} (add {@code .html} or {@code .pdf}). */
    public static String sheetPath(TranslationKey course, Language other) {
        return FOLDER + "/" + course.value() + "/de-" + other.code();
    }

    /** {@code infoblaetter/aushang/dalheim-de-ar}. */
    public static String noticePath(String district, Language other) {
        return FOLDER + "/aushang/" + dev.mosaik.site.SitePath.segmentOf(district) + "-de-" + other.code();
    }

    /** The languages sheets pair with the default language: those configured, else every other language. */
    public static List<Language> pairs(SiteConfig config) {
        return config.languages().stream()
                .filter(l -> !l.equals(config.defaultLanguage()))
                .filter(l -> config.editions().sheetLanguages().isEmpty()
                        || config.editions().sheetLanguages().contains(l.code()))
                .toList();
    }
}
