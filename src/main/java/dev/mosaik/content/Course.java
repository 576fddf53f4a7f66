package dev.mosaik.content;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A language course ({@code type: kurs}), as parents and newcomers need to know it: level, place, days,
 * cost, childcare and whom to call.
 *
 * @param levels           CEFR levels ({@code A1} … {@code C2}) and {@code Alpha} for literacy courses
 * @param fee              in euros; zero means free
 * @param teacherLanguages BCP 47 codes of languages the teachers also speak
 * @param place            the page of type {@code ort} it meets at, instead of an address
 */
public record Course(
        String provider,
        List<String> levels,
        CourseType courseType,
        String district,
        Optional<String> address,
        List<Session> schedule,
        LocalDate start,
        LocalDate end,
        BigDecimal fee,
        boolean childcare,
        List<String> teacherLanguages,
        Optional<String> targetGroup,
        Optional<String> phone,
        Optional<String> email,
        boolean stepFree,
        Optional<PlaceRef> place)
        implements TypedData {

    public static final List<String> LEVELS = List.of("Alpha", "A1", "A2", "B1", "B2", "C1", "C2");

    public Course {
        levels = List.copyOf(levels);
        schedule = List.copyOf(schedule);
        teacherLanguages = List.copyOf(teacherLanguages);
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
        return fee.signum() == 0;
    }

    /** A course whose last day lies before {@code today} leaves the listings for the archive. */
    public boolean isOver(LocalDate today) {
        return end.isBefore(today);
    }
}
