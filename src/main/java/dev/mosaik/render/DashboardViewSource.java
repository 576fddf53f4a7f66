package dev.mosaik.render;

import dev.mosaik.content.FieldOfAction;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.TypedViews.DashboardRow;
import dev.mosaik.render.TypedViews.DashboardView;
import dev.mosaik.render.TypedViews.StatusCount;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The view of the page that shows the implementation status of every field of action of its language
 * ({@code type: umsetzungsstand}, a type with a template but no keys of its own).
 */
final class DashboardViewSource implements TypedViewSource {

    /** The type, and template, of the page that shows the implementation status of all measures. */
    static final String TYPE = "umsetzungsstand";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return Optional.of(dashboard(page, context));
    }

    private static DashboardView dashboard(Page page, TypedViewContext context) {
        Messages messages = context.messages();
        List<Page> fields = FieldStatus.fieldPages(context.site(), page.language());
        List<DashboardRow> rows = new ArrayList<>();
        List<FieldOfAction> all = new ArrayList<>();
        for (Page field : fields) {
            FieldOfAction data = (FieldOfAction) field.data().orElseThrow();
            all.add(data);
            rows.add(row(field, data, context));
        }
        List<StatusCount> totals = FieldStatus.counts(messages, all);
        String folder = page.path().href(context.base());
        return new DashboardView(
                totals,
                FieldStatus.terms(messages, all),
                all.stream().mapToInt(f -> f.measures().size()).sum(),
                rows,
                StatusChart.svg(
                        totals,
                        rows,
                        messages.format("dashboard.chart"),
                        page.language().isRightToLeft()),
                folder + OutputFiles.STATUS_CSV,
                folder + OutputFiles.STATUS_JSON,
                FieldStatus.progress(context)
                        .of(
                                ProgressViews.measuresOf(all),
                                FieldStatus.reportDates(fields),
                                fields.stream()
                                        .map(f -> Map.entry(
                                                context.child(f),
                                                ((FieldOfAction) f.data().orElseThrow()).measures()))
                                        .toList(),
                                "progress-title")
                        .stream()
                        .toList());
    }

    private static DashboardRow row(Page field, FieldOfAction data, TypedViewContext context) {
        Optional<LocalDate> last = data.measures().stream()
                .map(FieldOfAction.Measure::updated)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return new DashboardRow(
                data.number(),
                context.child(field),
                FieldStatus.counts(context.messages(), List.of(data)),
                FieldStatus.terms(context.messages(), List.of(data)),
                data.measures().size(),
                last.map(context.locale()::longDate).orElse(""),
                last.map(Object::toString).orElse(""));
    }
}
