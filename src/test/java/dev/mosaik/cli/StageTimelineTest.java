package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.UiMessages;
import dev.mosaik.pipeline.StageTime;
import dev.mosaik.testing.TestSite;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageTimelineTest {

    private static StageTime stage(long startMs, long wallMs, long cpuMs) {
        return new StageTime(
                Duration.ofMillis(startMs), Duration.ofMillis(wallMs), Optional.of(Duration.ofMillis(cpuMs)));
    }

    @Test
    void showsEachStageWhereItRanOnTheTimelineAndHowManyCoresItKeptBusy() {
        Map<String, StageTime> stages = new LinkedHashMap<>();
        stages.put("read", stage(0, 1000, 1000));
        stages.put("render", stage(1000, 3000, 6000));

        List<String> lines = StageTimeline.lines(stages, 2, UiMessages.english());

        assertThat(lines.get(0)).contains("stage", "start", "took", "cores (of 2)", "timeline");
        assertThat(lines.get(1)).contains("read", "1000 ms", "1.0/2  50%", "|##########" + " ".repeat(30) + "|");
        assertThat(lines.get(2))
                .contains("render", "1.00 s", "3000 ms", "2.0/2 100%", "|" + " ".repeat(10) + "#".repeat(30) + "|");
    }

    @Test
    void leavesTheCoresOpenWhereTheJvmDoesNotTellProcessorTime() {
        Map<String, StageTime> stages =
                Map.of("scan", new StageTime(Duration.ZERO, Duration.ofMillis(5), Optional.empty()));

        assertThat(StageTimeline.lines(stages, 2, UiMessages.english()).get(1)).contains("scan", " - ");
    }

    @Test
    void buildTimingsPrintsEveryStageOfTheShippedSite() {
        // The shipped site built without PDFs: every stage of the pipeline appears once, in order, with its bar (a
        // published
        // build makes the offline copies after rendering).
        java.nio.file.Path output = java.nio.file.Path.of("target", "timings-test-public");
        TestSite.Run run = TestSite.run(
                "build", "--timings", "--no-pdf", "--build-date", "2026-12-01", "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> stages = run.out()
                .lines()
                .filter(l -> l.matches("  \\w+ +\\d+\\.\\d\\d s .*\\|[# ]{40}\\|"))
                .map(l -> l.trim().split(" ")[0])
                .toList();
        assertThat(stages)
                .containsExactly(
                        "config",
                        "scan",
                        "read",
                        "i18n",
                        "assemble",
                        "static",
                        "render",
                        "offline",
                        "publish",
                        "cache");
    }
}
