package dev.mosaik.content;

import dev.mosaik.content.FieldOfAction.Measure;
import dev.mosaik.content.FieldOfAction.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How measures progressed over the report dates: the distinct dates of their histories. The steering group
 * records a status when it reports, so the dates a history names are the report dates; a measure without a
 * history has no place in them (its {@code updated} says when it was checked, not since when its status holds).
 * Pure functions over the measures, the same for every language.
 */
public final class Progress {

    private Progress() {}

    /** The report dates of {@code measures}, oldest first. */
    public static List<LocalDate> reportDates(Collection<Measure> measures) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        measures.forEach(m -> m.history().forEach(change -> dates.add(change.date())));
        return List.copyOf(dates);
    }

    /** The measures that have a history, in their order. */
    public static List<Measure> recorded(Collection<Measure> measures) {
        return measures.stream().filter(m -> !m.history().isEmpty()).toList();
    }

    /**
     * The counts per status of the measures with a history on {@code day}.
     *
     * @param counts     per status, every status present (zero where none)
     * @param unrecorded measures whose history begins after {@code day}
     */
    public record Snapshot(LocalDate day, Map<Status, Integer> counts, int unrecorded) {
        public Snapshot {
            counts = Map.copyOf(counts);
        }

        public int count(Status status) {
            return counts.get(status);
        }
    }

    public static Snapshot on(LocalDate day, Collection<Measure> measures) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        int unrecorded = 0;
        for (Measure measure : recorded(measures)) {
            Optional<Status> status = measure.statusOn(day);
            if (status.isPresent()) {
                counts.merge(status.get(), 1, Integer::sum);
            } else {
                unrecorded++;
            }
        }
        return new Snapshot(day, counts, unrecorded);
    }

    /** How many measures reached {@code status} between two report dates (having another status, or none, before). */
    public record Change(Status status, int count) {}

    /** The changes from {@code before} to {@code after}, in the order of the statuses; statuses nobody reached are left out. */
    public static List<Change> changes(Collection<Measure> measures, LocalDate before, LocalDate after) {
        Map<Status, Integer> reached = new EnumMap<>(Status.class);
        for (Measure measure : recorded(measures)) {
            Optional<Status> then = measure.statusOn(before);
            Optional<Status> now = measure.statusOn(after);
            if (now.isPresent() && !now.equals(then)) {
                reached.merge(now.get(), 1, Integer::sum);
            }
        }
        List<Change> changes = new ArrayList<>();
        reached.forEach((status, count) -> changes.add(new Change(status, count)));
        return changes;
    }
}
