package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a field of action's measure and its status history. */
final class MeasureReader {

    private static final List<String> MEASURE_KEYS =
            List.of("text", "term", "status", "updated", "office", "projects", "history");
    private static final List<String> HISTORY_KEYS = List.of("date", "status", "note");

    private MeasureReader() {}

    static Optional<FieldOfAction.Measure> read(YamlMapping entry, Problems problems) {
        entry.allowOnly(MEASURE_KEYS, GermanKeys.SYNONYMS);
        Optional<String> text = entry.requiredString("text");
        Optional<FieldOfAction.Term> term = TypedValues.oneOf(entry, "term", FieldOfAction.Term.class, true);
        boolean hasHistory = entry.has("history");
        Optional<List<FieldOfAction.StatusChange>> history =
                hasHistory ? history(entry, problems) : Optional.of(List.of());
        // With a history the current status is its latest entry's; a separate 'status' may repeat it, not contradict
        // it.
        Optional<FieldOfAction.Status> stated =
                TypedValues.oneOf(entry, "status", FieldOfAction.Status.class, !hasHistory);
        Optional<LocalDate> stamped = entry.date("updated");
        if (text.isEmpty() || term.isEmpty() || history.isEmpty()) {
            return Optional.empty();
        }
        Optional<Stamp> stamp = history.get().isEmpty()
                ? stated.map(s -> new Stamp(s, stamped))
                : fromHistory(entry, stated, stamped, history.get(), problems);
        return stamp.map(s -> new FieldOfAction.Measure(
                text.get().strip(),
                term.get(),
                s.status(),
                s.updated(),
                entry.string("office"),
                TypedValues.links(entry, "projects"),
                history.get(),
                entry.position()));
    }

    /** A measure's current status and the day it dates from. */
    private record Stamp(FieldOfAction.Status status, Optional<LocalDate> updated) {}

    /** With a history, the current status is its latest entry's; a 'status' or 'updated' contradicting it is an error. */
    private static Optional<Stamp> fromHistory(
            YamlMapping entry,
            Optional<FieldOfAction.Status> stated,
            Optional<LocalDate> stamped,
            List<FieldOfAction.StatusChange> history,
            Problems problems) {
        FieldOfAction.StatusChange latest = history.get(history.size() - 1);
        if (stated.isPresent() && stated.get() != latest.status()) {
            problems.error(
                    entry.positionOf("status"),
                    "'status: " + code(stated.get()) + "' contradicts the latest history entry (" + latest.date() + ": "
                            + code(latest.status()) + ")",
                    Optional.of("delete 'status': with a history, the current status is the latest entry's"));
            return Optional.empty();
        }
        if (stamped.isPresent() && !stamped.get().equals(latest.date())) {
            problems.error(
                    entry.positionOf("updated"),
                    "'updated: " + stamped.get() + "' contradicts the latest history entry of " + latest.date(),
                    Optional.of("delete 'updated': with a history, the status dates from its latest entry"));
            return Optional.empty();
        }
        return Optional.of(new Stamp(latest.status(), Optional.of(latest.date())));
    }

    /**
     * A measure's {@code history:}, oldest first; every mistake is reported at its entry, and a history with one
     * is read as none (empty), so that a wrong status is never shown as current.
     */
    private static Optional<List<FieldOfAction.StatusChange>> history(YamlMapping measure, Problems problems) {
        List<YamlMapping> entries = measure.mappings("history");
        if (entries.isEmpty()) {
            problems.error(
                    measure.positionOf("history"),
                    "'history' is empty",
                    Optional.of(
                            "add entries like '- {date: 2026-04-01, status: begonnen}', or delete 'history' and write 'status'"));
            return Optional.empty();
        }
        List<FieldOfAction.StatusChange> changes = new ArrayList<>();
        boolean valid = true;
        for (YamlMapping entry : entries) {
            Optional<FieldOfAction.StatusChange> change = change(entry, changes, problems);
            change.ifPresent(changes::add);
            valid &= change.isPresent();
        }
        return valid ? Optional.of(changes) : Optional.empty();
    }

    /** One history entry, if it is complete and comes after {@code earlier}. */
    private static Optional<FieldOfAction.StatusChange> change(
            YamlMapping entry, List<FieldOfAction.StatusChange> earlier, Problems problems) {
        entry.allowOnly(HISTORY_KEYS, GermanKeys.SYNONYMS);
        Optional<LocalDate> date = TypedValues.requiredDate(entry, "date", problems);
        Optional<FieldOfAction.Status> status = TypedValues.oneOf(entry, "status", FieldOfAction.Status.class, true);
        if (date.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.isEmpty()
                && !date.get().isAfter(earlier.get(earlier.size() - 1).date())) {
            LocalDate previous = earlier.get(earlier.size() - 1).date();
            problems.error(
                    entry.positionOf("date"),
                    date.get().equals(previous)
                            ? "two history entries on " + previous + ": a day has one status"
                            : "history entry of " + date.get() + " comes after the one of " + previous
                                    + ": entries go oldest first",
                    Optional.of("order the entries by date, oldest first, one per date"));
            return Optional.empty();
        }
        return Optional.of(new FieldOfAction.StatusChange(
                date.get(), status.get(), entry.string("note").map(String::strip), entry.position()));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
