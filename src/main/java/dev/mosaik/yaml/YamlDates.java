package dev.mosaik.yaml;

import dev.mosaik.diag.UiText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates in YAML as editors write them, and what to tell them when one is no date. */
final class YamlDates {

    private YamlDates() {}

    private static final Pattern DATE_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

    /**
     * Why {@code value} is not a date: a date of the right shape that the calendar does not have says which part is
     * impossible ("2026 has no 30 February"), since the editor sees nothing wrong with the digits.
     */
    static UiText notADate(String key, String value) {
        Matcher shape = DATE_SHAPE.matcher(value.strip());
        if (shape.matches()) {
            int year = Integer.parseInt(shape.group(1));
            int month = Integer.parseInt(shape.group(2));
            int day = Integer.parseInt(shape.group(3));
            if (month < 1 || month > 12) {
                return UiText.of("yaml.impossibleMonth", key, value, month);
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                return UiText.of("yaml.impossibleDay", key, value, year, day, month);
            }
        }
        return UiText.of("yaml.notDate", key, value);
    }

    /** {@code text} as a date, or the date of a date-time with or without an offset. */
    static Optional<LocalDate> parse(String text) {
        String value = text.trim();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notDate) {
            try {
                return Optional.of(LocalDateTime.parse(value).toLocalDate());
            } catch (DateTimeParseException notDateTime) {
                try {
                    return Optional.of(OffsetDateTime.parse(value).toLocalDate());
                } catch (DateTimeParseException notOffset) {
                    return Optional.empty();
                }
            }
        }
    }
}
