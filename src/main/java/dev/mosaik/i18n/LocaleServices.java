package dev.mosaik.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.mosaik.config.Language;
import dev.mosaik.content.Quotes;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU's services for one language: dates, quotation marks, collation. Dates always use the Gregorian
 * calendar (Persian would otherwise default to the solar calendar) with the locale's digits and month
 * names, which {@code site.yaml} can steer through the locale tag, e.g. {@code ar-u-nu-arab}.
 */
public final class LocaleServices {

    private final ULocale locale;
    private final Quotes quotes;
    private final Collator collator;
    /** ICU looks display names up in its resource bundles on every call; every page's language chooser asks for all of them. */
    private final Map<String, String> languageNames = new ConcurrentHashMap<>();
    /** A site has few distinct dates, and building an ICU date format costs more than formatting with it. */
    private final Map<LocalDate, String> longDates = new ConcurrentHashMap<>();
    /** One per thread: ICU's formats are not thread-safe, and a site with a date per page has thousands of dates. */
    private final ThreadLocal<DateFormat> longDateFormat;
    /** ICU's number formats are not thread-safe either. */
    private final ThreadLocal<com.ibm.icu.text.NumberFormat> numberFormat;
    /** List formatters are immutable, so one serves every thread. */
    private final com.ibm.icu.text.ListFormatter listFormatter;

    private final com.ibm.icu.text.ListFormatter unitListFormatter;

    LocaleServices(Language language, java.time.ZoneId zone) {
        this.zone = zone;
        this.locale = new ULocale(ULocale.forLanguageTag(language.locale()).toString())
                .setKeywordValue("calendar", "gregorian");
        LocaleData data = LocaleData.getInstance(locale);
        this.quotes = new Quotes(
                data.getDelimiter(LocaleData.QUOTATION_START),
                data.getDelimiter(LocaleData.QUOTATION_END),
                data.getDelimiter(LocaleData.ALT_QUOTATION_START),
                data.getDelimiter(LocaleData.ALT_QUOTATION_END));
        this.collator = Collator.getInstance(locale).freeze();
        ULocale formats = locale;
        this.numberFormat = ThreadLocal.withInitial(() -> com.ibm.icu.text.NumberFormat.getInstance(formats));
        this.listFormatter = com.ibm.icu.text.ListFormatter.getInstance(
                locale, com.ibm.icu.text.ListFormatter.Type.AND, com.ibm.icu.text.ListFormatter.Width.WIDE);
        this.unitListFormatter = com.ibm.icu.text.ListFormatter.getInstance(
                locale, com.ibm.icu.text.ListFormatter.Type.UNITS, com.ibm.icu.text.ListFormatter.Width.SHORT);
        this.longDateFormat = ThreadLocal.withInitial(() -> {
            DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, formats);
            format.setTimeZone(TimeZone.GMT_ZONE);
            return format;
        });
    }

    /** The ISO 15924 code of the script the language is written in ({@code Latn}, {@code Arab}, {@code Cyrl}). */
    public String script() {
        String script = ULocale.addLikelySubtags(locale).getScript();
        return script.isEmpty() ? "Latn" : script;
    }

    public ULocale locale() {
        return locale;
    }

    /** The language's quotation marks from CLDR, e.g. „…“ and ‚…‘ for German. */
    public Quotes quotes() {
        return quotes;
    }

    /** A long date in the language: "12. April 2011", "١٢ أبريل ٢٠١١". */
    public String longDate(LocalDate date) {
        return longDates.computeIfAbsent(date, this::formatLongDate);
    }

    private String formatLongDate(LocalDate date) {
        return longDateFormat.get().format(toUtcDate(date));
    }

    /**
     * A date range or date-time range in the language, with weekday: "Freitag, 20. November 2026, 16:00–18:00 Uhr",
     * "الجمعة، ٢٠ نوفمبر ٢٠٢٦ ٤:٠٠–٦:٠٠ م". Times are local to the site's time zone.
     */
    public String dateTimeRange(java.time.LocalDateTime start, java.time.LocalDateTime end, boolean allDay) {
        com.ibm.icu.text.DateIntervalFormat format =
                com.ibm.icu.text.DateIntervalFormat.getInstance(allDay ? "yMMMMEEEEd" : "yMMMMEEEEdjm", locale);
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        long from = start.atZone(zone).toInstant().toEpochMilli();
        long to = end.atZone(zone).toInstant().toEpochMilli();
        return format.format(
                        new com.ibm.icu.util.DateInterval(from, to), new StringBuffer(), new java.text.FieldPosition(0))
                .toString();
    }

    /** The weekday's name in the language, from CLDR: "Montag", "الاثنين". */
    public String weekday(java.time.DayOfWeek day) {
        return com.ibm.icu.text.DateFormatSymbols.getInstance(locale).getWeekdays()[day.getValue() % 7 + 1];
    }

    /** {@code text} in lower case by the language's rules (Turkish "I" is "ı"): for addresses made of names. */
    public String lowerCase(String text) {
        return com.ibm.icu.lang.UCharacter.toLowerCase(locale, text);
    }

    /** A time of day in the language's format and digits: "09:30", "٩:٣٠ ص". */
    public String time(java.time.LocalTime time) {
        DateFormat format = DateFormat.getTimeInstance(DateFormat.SHORT, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(java.util.Date.from(
                time.atDate(java.time.LocalDate.of(2000, 1, 1)).toInstant(java.time.ZoneOffset.UTC)));
    }

    /** A plain number such as a year, in the language's digits and without grouping: "2026", "٢٠٢٦". */
    public String plainNumber(long number) {
        com.ibm.icu.text.NumberFormat format = com.ibm.icu.text.NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(false);
        return format.format(number);
    }

    /** An amount in euros in the language's format: "89,50 €", "€89.50", "٨٩٫٥٠ €". */
    public String euros(java.math.BigDecimal amount) {
        com.ibm.icu.text.NumberFormat format = com.ibm.icu.text.NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(com.ibm.icu.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /** A month and year, short, for the labels of a chart: "Apr. 2026", "أبريل ٢٠٢٦", "آوریل ۲۰۲۶". */
    public String monthYear(LocalDate date) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMM", locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(toUtcDate(date));
    }

    /** A date range without weekdays: "1. September 2026 – 26. Februar 2027". */
    public String dateRange(LocalDate start, LocalDate end) {
        com.ibm.icu.text.DateIntervalFormat format = com.ibm.icu.text.DateIntervalFormat.getInstance("yMMMMd", locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(
                        new com.ibm.icu.util.DateInterval(
                                toUtcDate(start).getTime(), toUtcDate(end).getTime()),
                        new StringBuffer(),
                        new java.text.FieldPosition(0))
                .toString();
    }

    /** The site's time zone, which events' times are local to. */
    private final java.time.ZoneId zone;

    /** The name of {@code other} in this language, from CLDR: "German" in English, "Almanca" in Turkish. */
    public String languageName(Language other) {
        return languageName(other.locale());
    }

    /** The name of the language with BCP 47 tag {@code tag} in this language: "ku" → "Kurdisch". */
    public String languageName(String tag) {
        return languageNames.computeIfAbsent(tag, t -> ULocale.forLanguageTag(t).getDisplayLanguage(locale));
    }

    /** Orders texts the way a dictionary of this language does (Turkish ı before i, German ä with a). */
    public Comparator<String> collation() {
        return collator::compare;
    }

    /**
     * {@code items} under the initial letters of this language's alphabet, each group in collation order; items
     * whose names are in the script of one of {@code otherLanguages} (BCP 47 tags) get that script's letters.
     */
    public <T> java.util.List<LetterGroups.Group<T>> byInitial(
            java.util.Collection<T> items,
            java.util.function.Function<T, String> name,
            java.util.List<String> otherLanguages) {
        return LetterGroups.group(
                locale, otherLanguages.stream().map(ULocale::forLanguageTag).toList(), items, name);
    }

    /** A count or other number in the language's digits and grouping: "1.234", "١٬٢٣٤", "۱٬۲۳۴". */
    public String number(long number) {
        return numberFormat.get().format(number);
    }

    /** Items joined by the language's list pattern: "A, B und C", "A وB وC", "A،‏ B، و C". */
    public String list(java.util.List<String> items) {
        return listFormatter.format(items);
    }

    /** Short items (levels, codes) joined as the language lists units: "A1, A2", "A1، A2". */
    public String shortList(java.util.List<String> items) {
        return unitListFormatter.format(items);
    }

    /** The ten digits the language writes numbers with, zero first: "0123456789", "٠١٢٣٤٥٦٧٨٩". */
    public String digits() {
        return String.join(
                "", com.ibm.icu.text.DecimalFormatSymbols.getInstance(locale).getDigitStrings());
    }

    /** A time of day range in the language's interval pattern: "08:30–12:15 Uhr", "8:30 AM – 12:15 PM", "۸:۳۰ تا ۱۲:۱۵". */
    public String timeRange(java.time.LocalTime from, java.time.LocalTime to) {
        com.ibm.icu.text.DateIntervalFormat format = com.ibm.icu.text.DateIntervalFormat.getInstance("jm", locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(
                        new com.ibm.icu.util.DateInterval(
                                atMonday(java.time.DayOfWeek.MONDAY, from), atMonday(java.time.DayOfWeek.MONDAY, to)),
                        new StringBuffer(),
                        new java.text.FieldPosition(0))
                .toString();
    }

    /** A range of weekdays in the language's interval pattern with short names: "Mo – Fr", "Mon – Fri", "دوشنبه تا جمعه". */
    public String weekdayRange(java.time.DayOfWeek from, java.time.DayOfWeek to) {
        com.ibm.icu.text.DateIntervalFormat format = com.ibm.icu.text.DateIntervalFormat.getInstance("EEE", locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(
                        new com.ibm.icu.util.DateInterval(
                                atMonday(from, java.time.LocalTime.NOON), atMonday(to, java.time.LocalTime.NOON)),
                        new StringBuffer(),
                        new java.text.FieldPosition(0))
                .toString();
    }

    /**
     * Days and times joined as the language joins a date and a time ({@code dateTimeFormat} of CLDR): "Montag, 08:30–12:15 Uhr",
     * "Pazartesi 08:30–12:15".
     */
    public String dayAndTime(String days, String times) {
        String pattern =
                com.ibm.icu.text.DateTimePatternGenerator.getInstance(locale).getDateTimeFormat();
        return com.ibm.icu.text.SimpleFormatter.compile(pattern).format(times, days);
    }

    /** Milliseconds of {@code time} on {@code day} of the week of 5 January 1970, a Monday, in UTC. */
    private static long atMonday(java.time.DayOfWeek day, java.time.LocalTime time) {
        return java.time.LocalDate.of(1970, 1, 5)
                .plusDays(day.getValue() - 1L)
                .atTime(time)
                .toInstant(java.time.ZoneOffset.UTC)
                .toEpochMilli();
    }

    static java.util.Date toUtcDate(LocalDate date) {
        return java.util.Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }
}
