package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildDayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aMomentIsTodayInTheZoneAskedFor() {
        BuildDay day = BuildDay.at(Optional.of(Instant.parse("2026-05-29T03:30:00Z")));

        assertThat(day.today(BERLIN)).isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(day.today(NEW_YORK)).isEqualTo(LocalDate.of(2026, 5, 28));
    }

    @Test
    void sourceDateEpochIsAlsoTheFilesTimeInEveryZone() {
        Instant epoch = Instant.parse("2026-05-29T03:30:00Z");

        assertThat(BuildDay.at(Optional.of(epoch)).stamp(NEW_YORK)).isEqualTo(epoch);
    }

    @Test
    void theClockGivesTheFilesMidnightUtcOfTodayInTheZoneNotTheTimeOfTheBuild() {
        BuildDay day = new BuildDay(Optional.empty(), Instant.parse("2026-05-29T03:30:00Z"), false);

        assertThat(day.stamp(NEW_YORK)).isEqualTo(Instant.parse("2026-05-28T00:00:00Z"));
        assertThat(day.stamp(BERLIN)).isEqualTo(Instant.parse("2026-05-29T00:00:00Z"));
    }

    @Test
    void aGivenDayIsTheSameInEveryZone() {
        BuildDay day = BuildDay.of(LocalDate.of(2026, 12, 7));

        assertThat(day.today(NEW_YORK)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(day.today(ZoneId.of("Pacific/Kiritimati"))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(day.stamp(NEW_YORK)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }
}
