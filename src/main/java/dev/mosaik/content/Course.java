package dev.mosaik.content;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A language course ({@code type: kurs}), as parents and newcomers need to know it: level, place, days,
 * cost, childcare and whom to call. The parts are small records; the accessors below answer for them, so that a
 * caller asks the course, not its parts.
 *
 * @param levels           CEFR levels ({@code A1} … {@code C2}) and {@code Alpha} for literacy courses
 * @param teacherLanguages BCP 47 codes of languages the teachers also speak
 */
public record Course(
        String provider,
        List<String> levels,
        CourseType courseType,
        Optional<String> targetGroup,
        List<String> teacherLanguages,
        Venue venue,
        Period period,
        Facts facts,
        Contact contact)
        implements TypedData {

    public static final List<String> LEVELS = List.of("Alpha", "A1", "A2", "B1", "B2", "C1", "C2");

    public Course {
        levels = List.copyOf(levels);
        teacherLanguages = List.copyOf(teacherLanguages);
    }

    /**
     * Where it meets: a district always, and either an address of its own or a place.
     *
     * @param place the page of type {@code ort} it meets at, instead of an address
     */
    public record Venue(String district, Optional<String> address, Optional<PlaceRef> place) {}

    /** When it meets: from its first to its last day, at the weekly sessions. */
    public record Period(LocalDate start, LocalDate end, List<Session> schedule) {

        public Period {
            schedule = List.copyOf(schedule);
        }
    }

    /**
     * The facts parents ask first.
     *
     * @param fee in euros; zero means free
     */
    public record Facts(BigDecimal fee, boolean childcare, boolean stepFree) {}

    /** Whom to call or write to; at least one of the two is given. */
    public record Contact(Optional<String> phone, Optional<String> email) {}

    public String district() {
        return venue.district();
    }

    public Optional<String> address() {
        return venue.address();
    }

    public Optional<PlaceRef> place() {
        return venue.place();
    }

    public LocalDate start() {
        return period.start();
    }

    public LocalDate end() {
        return period.end();
    }

    public List<Session> schedule() {
        return period.schedule();
    }

    public BigDecimal fee() {
        return facts.fee();
    }

    public boolean childcare() {
        return facts.childcare();
    }

    public boolean stepFree() {
        return facts.stepFree();
    }

    public Optional<String> phone() {
        return contact.phone();
    }

    public Optional<String> email() {
        return contact.email();
    }

    /** What kind of course it is. */
    public enum CourseType {
        INTEGRATIONSKURS,
        ELTERNKURS,
        FRAUENKURS,
        JUGENDKURS,
        BERUFSSPRACHKURS,
        KONVERSATIONSKURS,
        ALPHABETISIERUNGSKURS
    }

    /** A weekly meeting. */
    public record Session(DayOfWeek day, LocalTime from, LocalTime to) {}

    public boolean isFree() {
        return fee().signum() == 0;
    }

    /** A course whose last day lies before {@code today} leaves the listings for the archive. */
    public boolean isOver(LocalDate today) {
        return end().isBefore(today);
    }
}
