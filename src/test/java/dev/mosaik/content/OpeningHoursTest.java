package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenStreetMap-style opening hours a place writes. */
class OpeningHoursTest {

    @Test
    void readsADayRangeWithOneTimeSpan() {
        List<Course.Session> sessions = OpeningHours.parse("Mo-Fr 08:30-12:00").orElseThrow();
        assertThat(sessions)
                .extracting(Course.Session::day)
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(sessions).allMatch(s -> s.from().equals(LocalTime.of(8, 30)) && s.to().equals(LocalTime.of(12, 0)));
    }

    @Test
    void readsSeveralDaysAndSeveralTimeSpans() {
        assertThat(OpeningHours.parse("Mo,Th 9:00-12:00, 14:00-16:00").orElseThrow())
                .containsExactly(
                        new Course.Session(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new Course.Session(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new Course.Session(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)),
                        new Course.Session(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)));
    }

    @Test
    void refusesGermanDayNamesBackwardRangesAndImpossibleTimes() {
        assertThat(OpeningHours.parse("Montag 9-12")).isEmpty();
        assertThat(OpeningHours.parse("Mo-Fr 9-12")).isEmpty();
        assertThat(OpeningHours.parse("Fr-Mo 09:00-12:00")).isEmpty();
        assertThat(OpeningHours.parse("Mo 12:00-09:00")).isEmpty();
        assertThat(OpeningHours.parse("Mo 25:00-26:00")).isEmpty();
        assertThat(OpeningHours.parse("Mo-Fr 09:00-12:00; Sa 10:00-12:00")).isEmpty();
    }
}
