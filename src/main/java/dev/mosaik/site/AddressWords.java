package dev.mosaik.site;

import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one language tree in the addresses of the pages mosaik generates, so that readers see their own
 * language in the address bar: {@code /ar/وسوم/…}, {@code /tr/deutsch-lernen/seviye/a1/}. Each is a UI string
 * ({@code slug.tags}, {@code pagination.slug}, …) made a URL segment that keeps its letters ({@link
 * SitePath#wordSegment}); a weekday is the language's own name of the day (CLDR), lower-cased by the language's
 * rules: {@code montag}, {@code çarşamba}, {@code الاثنين}.
 *
 * @param page      the pages of a split listing after the first ({@code seite/2/})
 * @param tags      the tag index ({@code schlagwoerter})
 * @param districts the district index ({@code stadtteile})
 * @param level     the course finder's pages by level ({@code niveau/a1/})
 * @param district  the course finder's pages by district ({@code stadtteil/dalheim/})
 * @param weekday   the course finder's pages by weekday ({@code tag/montag/})
 * @param childcare the course finder's page of courses with childcare
 * @param archive   the course finder's page of courses that are over
 */
public record AddressWords(
        String page,
        String tags,
        String districts,
        String level,
        String district,
        String weekday,
        String childcare,
        String archive,
        Map<DayOfWeek, String> days) {

    /**
     * The words every tree used before addresses spoke the tree's language: German segments, English weekday
     * names. The addresses they gave still answer, with a redirect to the localized one.
     */
    public static final AddressWords LEGACY = legacy();

    public AddressWords {
        days = Map.copyOf(days);
    }

    /** The words of a language, from its UI strings (falling back as every UI string does) and its weekday names. */
    public static AddressWords of(Messages messages, LocaleServices locale) {
        Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, SitePath.wordSegment(locale.lowerCase(locale.weekday(day))));
        }
        return new AddressWords(
                segment(messages, "pagination.slug"),
                segment(messages, "slug.tags"),
                segment(messages, "slug.districts"),
                segment(messages, "slug.level"),
                segment(messages, "slug.district"),
                segment(messages, "slug.weekday"),
                segment(messages, "slug.childcare"),
                segment(messages, "slug.archive"),
                days);
    }

    private static String segment(Messages messages, String key) {
        return SitePath.wordSegment(messages.format(key));
    }

    private static AddressWords legacy() {
        Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, day.name().toLowerCase(Locale.ROOT));
        }
        return new AddressWords(
                "seite",
                "schlagwoerter",
                "stadtteile",
                "niveau",
                "stadtteil",
                "tag",
                "kinderbetreuung",
                "archiv",
                days);
    }

    /** The segment of a taxonomy's index. */
    public String taxonomy(Taxonomy taxonomy) {
        return taxonomy.equals(Taxonomy.TAGS) ? tags : districts;
    }

    /** The value segment of a weekday's finder page. */
    public String day(DayOfWeek day) {
        return days.get(day);
    }
}
