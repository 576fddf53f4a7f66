package dev.mosaik.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The day a build treats as today, and the moment it writes into files that record when they were made. The day
 * depends on the site's time zone ({@code timeZone} in site.yaml), which is known only once site.yaml is read; so a
 * build started from the clock or from {@code SOURCE_DATE_EPOCH} keeps the moment and asks for the day in a zone.
 *
 * @param given  the day named explicitly ({@code --build-date}): the same in every zone
 * @param moment otherwise the moment the build runs at: {@code SOURCE_DATE_EPOCH}, or the clock
 * @param epoch  whether {@code moment} is {@code SOURCE_DATE_EPOCH}: then it is also the files' time
 */
public record BuildDay(Optional<LocalDate> given, Instant moment, boolean epoch) {

    /** A day named explicitly: files record its midnight UTC. */
    public static BuildDay of(LocalDate day) {
        return new BuildDay(Optional.of(day), day.atStartOfDay(ZoneOffset.UTC).toInstant(), false);
    }

    /** The build's day from {@code SOURCE_DATE_EPOCH} when set, else from the clock. */
    static BuildDay at(Optional<Instant> sourceDateEpoch) {
        return sourceDateEpoch
                .map(e -> new BuildDay(Optional.empty(), e, true))
                .orElseGet(() -> new BuildDay(Optional.empty(), Instant.now(), false));
    }

    /** Today in {@code zone}: the day given, else the moment's date there. */
    public LocalDate today(ZoneId zone) {
        return given.orElseGet(() -> moment.atZone(zone).toLocalDate());
    }

    /**
     * The moment written into files that record when they were made (the PDFs' dates): {@code SOURCE_DATE_EPOCH}
     * when set, else midnight UTC of today in {@code zone} — never the clock, so that two builds of the same input
     * on one day are byte-identical.
     */
    public Instant stamp(ZoneId zone) {
        return epoch ? moment : today(zone).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
