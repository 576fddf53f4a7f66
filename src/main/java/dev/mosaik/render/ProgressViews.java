package dev.mosaik.render;

import dev.mosaik.content.FieldOfAction;
import dev.mosaik.content.FieldOfAction.Measure;
import dev.mosaik.content.FieldOfAction.Status;
import dev.mosaik.content.Progress;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.Views.ChildView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The progress of measures over the report dates, in one page's language: what changed since the previous report
 * (per field on the dashboard), the counts then and now, the timeline chart and the table with its numbers.
 */
final class ProgressViews {

    /** One entry of a measure's history as the field page lists it; {@code note} is "" when it has none. */
    record HistoryItem(String date, String iso, String status, String statusLabel, String note) {}

    /** The counts of one report date, in the order of {@link ProgressView#columns()}, in the page's digits. */
    record ReportRow(String date, String iso, List<String> counts) {}

    /** What changed in one field of action since the previous report. */
    record FieldChange(ChildView field, List<String> changes, String then, String now) {
        public String title() {
            return field.title();
        }

        public String href() {
            return field.href();
        }
    }

    /**
     * @param heading "Changes since 1 April 2026", or the first report's date when there is only one
     * @param changes one sentence per status measures reached since the previous report; one "no change" sentence if none did
     * @param then    the counts on the previous report date (empty with a single report)
     * @param now     the counts on the latest report date
     * @param columns the statuses (and "not yet recorded") heading the table's columns
     * @param fields  per field of action, on the dashboard; empty on a field's own page
     */
    record ProgressView(
            String heading,
            List<String> changes,
            String then,
            String now,
            String chartSvg,
            List<String> columns,
            List<ReportRow> reports,
            List<FieldChange> fields) {}

    /** The chart's colours: the stylesheet's status colours, and a light grey for measures not yet recorded. */
    private static final Map<Status, String> FILLS = Map.of(
            Status.GEPLANT,
            "#6b7785",
            Status.BEGONNEN,
            "#c98a00",
            Status.UMGESETZT,
            "#2e7d4f",
            Status.DAUERHAFT,
            "#0b5cab");

    private static final String UNRECORDED_FILL = "#c5cbd3";
    /** Bottom first: what is done rises from the base line as time goes on. */
    private static final List<Status> STACK =
            List.of(Status.UMGESETZT, Status.DAUERHAFT, Status.BEGONNEN, Status.GEPLANT);

    private final Messages messages;
    private final LocaleServices locale;
    private final boolean rightToLeft;

    ProgressViews(Messages messages, LocaleServices locale, boolean rightToLeft) {
        this.messages = messages;
        this.locale = locale;
        this.rightToLeft = rightToLeft;
    }

    List<HistoryItem> history(Measure measure) {
        return measure.history().stream()
                .map(change -> new HistoryItem(
                        locale.longDate(change.date()),
                        change.date().toString(),
                        code(change.status()),
                        status(change.status()),
                        change.note().orElse("")))
                .toList();
    }

    /**
     * The progress of {@code measures} over {@code reports} (the site's report dates, oldest first); empty when none
     * of them has a history.
     *
     * @param fields  the fields of action and their measures, for the dashboard's per-field changes; empty on a field page
     * @param titleId the chart title's id, unique on the page
     */
    Optional<ProgressView> of(
            List<Measure> measures,
            List<LocalDate> reports,
            List<Map.Entry<ChildView, List<Measure>>> fields,
            String titleId) {
        if (Progress.recorded(measures).isEmpty() || reports.isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest = reports.get(reports.size() - 1);
        Optional<LocalDate> previous =
                reports.size() > 1 ? Optional.of(reports.get(reports.size() - 2)) : Optional.empty();
        String heading = previous.map(p -> messages.format("history.since", "date", locale.longDate(p)))
                .orElseGet(() -> messages.format("history.first", "date", locale.longDate(latest)));
        List<ReportRow> rows = new ArrayList<>();
        List<ProgressChart.Column> chartColumns = new ArrayList<>();
        for (LocalDate report : reports) {
            Progress.Snapshot snapshot = Progress.on(report, measures);
            rows.add(row(report, snapshot));
            chartColumns.add(chartColumn(report, snapshot));
        }
        return Optional.of(new ProgressView(
                heading,
                previous.map(p -> changes(measures, p, latest)).orElse(List.of()),
                previous.map(p -> counts(measures, p)).orElse(""),
                counts(measures, latest),
                chart(measures, reports, chartColumns, titleId),
                columns(),
                rows,
                fieldChanges(fields, previous, latest)));
    }

    /** What changed in each field of action with a recorded measure; no changes with a single report. */
    private List<FieldChange> fieldChanges(
            List<Map.Entry<ChildView, List<Measure>>> fields, Optional<LocalDate> previous, LocalDate latest) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<ChildView, List<Measure>> field : fields) {
            if (!Progress.recorded(field.getValue()).isEmpty()) {
                changes.add(new FieldChange(
                        field.getKey(),
                        previous.map(p -> changes(field.getValue(), p, latest)).orElse(List.of()),
                        previous.map(p -> counts(field.getValue(), p)).orElse(""),
                        counts(field.getValue(), latest)));
            }
        }
        return changes;
    }

    /** The table's column headings: every status in its order, then "not yet recorded". */
    private List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (Status status : Status.values()) {
            columns.add(status(status));
        }
        columns.add(messages.format("history.unrecorded"));
        return columns;
    }

    /** A report's line of the table, in the order of {@link #columns()}. */
    private ReportRow row(LocalDate report, Progress.Snapshot snapshot) {
        List<String> counts = new ArrayList<>();
        for (Status status : Status.values()) {
            counts.add(locale.number(snapshot.count(status)));
        }
        counts.add(locale.number(snapshot.unrecorded()));
        return new ReportRow(locale.longDate(report), report.toString(), counts);
    }

    /** A report's column of the chart, in the order of {@link #STACK}, then the measures not yet recorded. */
    private ProgressChart.Column chartColumn(LocalDate report, Progress.Snapshot snapshot) {
        List<Integer> stacked =
                new ArrayList<>(STACK.stream().map(snapshot::count).toList());
        stacked.add(snapshot.unrecorded());
        return new ProgressChart.Column(locale.monthYear(report), stacked);
    }

    /** The timeline chart, with the description screen readers announce: from when to when, of how many measures. */
    private String chart(
            List<Measure> measures, List<LocalDate> reports, List<ProgressChart.Column> columns, String titleId) {
        List<ProgressChart.Series> series = new ArrayList<>(STACK.stream()
                .map(s -> new ProgressChart.Series(status(s), FILLS.get(s)))
                .toList());
        series.add(new ProgressChart.Series(messages.format("history.unrecorded"), UNRECORDED_FILL));
        String description = messages.format(
                "history.chartDescription",
                Map.of(
                        "first",
                        locale.longDate(reports.get(0)),
                        "last",
                        locale.longDate(reports.get(reports.size() - 1)),
                        "count",
                        Progress.recorded(measures).size()));
        return ProgressChart.svg(series, columns, messages.format("history.chart"), description, titleId, rightToLeft);
    }

    /** "2 measures are now 'done' since 1 April 2026", one per status reached; "no change" when none was. */
    private List<String> changes(List<Measure> measures, LocalDate previous, LocalDate latest) {
        List<Progress.Change> changes = Progress.changes(measures, previous, latest);
        String date = locale.longDate(previous);
        if (changes.isEmpty()) {
            return List.of(messages.format("history.noChange", "date", date));
        }
        return changes.stream()
                .map(c -> messages.format(
                        "history.moved", Map.of("count", c.count(), "status", status(c.status()), "date", date)))
                .toList();
    }

    /** "On 1 April 2026: 2 planned, 1 begun", the statuses with measures only. */
    private String counts(List<Measure> measures, LocalDate day) {
        Progress.Snapshot snapshot = Progress.on(day, measures);
        List<String> parts = new ArrayList<>();
        for (Status status : Status.values()) {
            if (snapshot.count(status) > 0) {
                parts.add(locale.number(snapshot.count(status)) + " " + status(status));
            }
        }
        if (snapshot.unrecorded() > 0) {
            parts.add(locale.number(snapshot.unrecorded()) + " " + messages.format("history.unrecorded"));
        }
        return messages.format("history.on", Map.of("date", locale.longDate(day), "counts", locale.list(parts)));
    }

    private String status(Status status) {
        return messages.format("status." + code(status));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static List<Measure> measuresOf(List<FieldOfAction> fields) {
        return fields.stream().flatMap(f -> f.measures().stream()).toList();
    }
}
