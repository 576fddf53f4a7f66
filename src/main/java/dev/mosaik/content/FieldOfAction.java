package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A field of action of the integration concept ({@code type: handlungsfeld}), e.g. 8.2.3 "Sprache und
 * Bildung", with its measures and their implementation status.
 *
 * @param number e.g. {@code 8.2.3}; orders the fields and names them in lists
 */
public record FieldOfAction(String number, Area area, Kind kind, List<Measure> measures) implements TypedData {

    public FieldOfAction {
        measures = List.copyOf(measures);
    }

    /** Orders numbers part by part, so that 8.2.10 follows 8.2.9. */
    public static final java.util.Comparator<String> NUMBER_ORDER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int order = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    /** Whether the field concerns the whole city or the city administration itself. */
    public enum Area {
        STADTWEIT,
        VERWALTUNGSINTERN
    }

    /** Structural (cooperation, organisation) or content-related (a subject such as language). */
    public enum Kind {
        STRUKTURELL,
        INHALTLICH
    }

    /** Short-term or long-term recommendation. */
    public enum Term {
        KURZFRISTIG,
        LANGFRISTIG
    }

    /** Where a measure stands; {@code DAUERHAFT} is a standing task that is never "done". */
    public enum Status {
        GEPLANT,
        BEGONNEN,
        UMGESETZT,
        DAUERHAFT
    }

    /**
     * One recommended measure.
     *
     * @param status   its current status: the latest history entry's, where it has a history
     * @param updated  when its status was last checked: the latest history entry's date, where it has a history
     * @param office   the responsible office, where one is named
     * @param projects content links to projects that carry the measure out
     * @param history  its dated statuses, oldest first; empty for a measure that states only its current status
     * @param position where the measure is written, for messages about it
     */
    public record Measure(
            String text,
            Term term,
            Status status,
            Optional<LocalDate> updated,
            Optional<String> office,
            Links projects,
            List<StatusChange> history,
            SourcePosition position) {

        public Measure {
            history = List.copyOf(history);
        }

        /**
         * Its status on {@code day}: the latest history entry on or before it; empty before its first entry and
         * for a measure without history (its {@code updated} says when it was checked, not since when it holds).
         */
        public Optional<Status> statusOn(LocalDate day) {
            Optional<Status> status = Optional.empty();
            for (StatusChange change : history) {
                if (change.date().isAfter(day)) {
                    break;
                }
                status = Optional.of(change.status());
            }
            return status;
        }
    }

    /**
     * One entry of a measure's history: from {@code date} on, the measure had {@code status}.
     *
     * @param note     what happened, in prose (translations may translate it)
     * @param position where the entry is written, for messages about it
     */
    public record StatusChange(LocalDate date, Status status, Optional<String> note, SourcePosition position) {}
}
