package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.content.FieldOfAction.Measure;
import dev.mosaik.content.FieldOfAction.Status;
import dev.mosaik.content.FieldOfAction.StatusChange;
import dev.mosaik.diag.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Report dates, counts on a date and changes between two dates, from the measures' histories. */
class ProgressTest {

    private static final SourcePosition AT =
            SourcePosition.file("content/feld.de.md").atLine(1);
    private static final LocalDate OCT_2025 = LocalDate.of(2025, 10, 1);
    private static final LocalDate APR_2026 = LocalDate.of(2026, 4, 1);
    private static final LocalDate OCT_2026 = LocalDate.of(2026, 10, 1);

    private static Measure measure(StatusChange... history) {
        List<StatusChange> changes = List.of(history);
        Status current = changes.isEmpty()
                ? Status.BEGONNEN
                : changes.get(changes.size() - 1).status();
        return new Measure(
                "m",
                FieldOfAction.Term.KURZFRISTIG,
                current,
                Optional.empty(),
                Optional.empty(),
                new Links(List.of(), AT),
                changes,
                AT);
    }

    private static StatusChange on(LocalDate date, Status status) {
        return new StatusChange(date, status, Optional.empty(), AT);
    }

    private static final List<Measure> MEASURES = List.of(
            measure(on(OCT_2025, Status.GEPLANT), on(APR_2026, Status.BEGONNEN), on(OCT_2026, Status.UMGESETZT)),
            measure(on(OCT_2025, Status.BEGONNEN), on(OCT_2026, Status.UMGESETZT)),
            measure(on(APR_2026, Status.GEPLANT)),
            measure(on(OCT_2025, Status.DAUERHAFT)),
            measure());

    @Test
    void reportDatesAreTheDistinctHistoryDatesOldestFirst() {
        assertThat(Progress.reportDates(MEASURES)).containsExactly(OCT_2025, APR_2026, OCT_2026);
    }

    @Test
    void countsOnADateTakeEachMeasuresLatestEntryUpToItAndLeaveOutMeasuresWithoutHistory() {
        Progress.Snapshot first = Progress.on(OCT_2025, MEASURES);
        assertThat(first.count(Status.GEPLANT)).isEqualTo(1);
        assertThat(first.count(Status.BEGONNEN)).isEqualTo(1);
        assertThat(first.count(Status.DAUERHAFT)).isEqualTo(1);
        assertThat(first.unrecorded())
                .as("the measure whose history begins in April")
                .isEqualTo(1);
        Progress.Snapshot between = Progress.on(LocalDate.of(2026, 9, 30), MEASURES);
        assertThat(between.count(Status.BEGONNEN)).isEqualTo(2);
        assertThat(between.count(Status.GEPLANT)).isEqualTo(1);
        assertThat(between.unrecorded()).isZero();
    }

    @Test
    void changesCountTheMeasuresThatReachedAStatusSinceTheEarlierDate() {
        assertThat(Progress.changes(MEASURES, APR_2026, OCT_2026))
                .containsExactly(new Progress.Change(Status.UMGESETZT, 2));
        assertThat(Progress.changes(MEASURES, OCT_2025, APR_2026))
                .containsExactly(new Progress.Change(Status.GEPLANT, 1), new Progress.Change(Status.BEGONNEN, 1));
        assertThat(Progress.changes(MEASURES, OCT_2026, OCT_2026)).isEmpty();
    }
}
