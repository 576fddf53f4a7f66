package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageTimeTest {

    private static StageTime stage(long startMs, long wallMs, long cpuMs) {
        return new StageTime(
                Duration.ofMillis(startMs), Duration.ofMillis(wallMs), Optional.of(Duration.ofMillis(cpuMs)));
    }

    @Test
    void aStageRunTwiceAddsItsTimesAndKeepsItsFirstStart() {
        assertThat(stage(100, 200, 300).plus(stage(900, 50, 60))).isEqualTo(stage(100, 250, 360));
    }

    @Test
    void utilisationIsTheShareOfAllCoresNeverMoreThanAll() {
        assertThat(stage(0, 1000, 1000).utilisation(2)).hasValue(0.5);
        assertThat(stage(0, 1000, 5000).utilisation(2))
                .as("processor time of the JVM's own threads can exceed the cores' share")
                .hasValue(1.0);
        assertThat(new StageTime(Duration.ZERO, Duration.ZERO, Optional.of(Duration.ZERO)).utilisation(2))
                .isEmpty();
    }
}
