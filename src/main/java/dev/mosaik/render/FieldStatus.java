package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.FieldOfAction;
import dev.mosaik.content.Progress;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.TypedViews.StatusCount;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The counts and dates a field of action's page and the dashboard share. */
final class FieldStatus {

    private FieldStatus() {}

    /** The pages of the fields of action of {@code language}, by number. */
    static List<Page> fieldPages(Site site, Language language) {
        return site.pagesIn(language).stream()
                .filter(p -> p.data().filter(FieldOfAction.class::isInstance).isPresent())
                .sorted(Comparator.comparing(
                        p -> ((FieldOfAction) p.data().orElseThrow()).number(), FieldOfAction.NUMBER_ORDER))
                .toList();
    }

    /** The report dates of the site: those of all fields' histories, so that every page compares the same dates. */
    static List<LocalDate> reportDates(List<Page> fields) {
        return Progress.reportDates(fields.stream()
                .flatMap(p -> ((FieldOfAction) p.data().orElseThrow()).measures().stream())
                .toList());
    }

    /** How many measures of {@code fields} are short-, middle- and long-term. */
    static List<StatusCount> terms(Messages messages, List<FieldOfAction> fields) {
        Map<FieldOfAction.Term, Integer> counts = new EnumMap<>(FieldOfAction.Term.class);
        fields.forEach(f -> f.measures().forEach(m -> counts.merge(m.term(), 1, Integer::sum)));
        List<StatusCount> result = new ArrayList<>();
        for (FieldOfAction.Term term : FieldOfAction.Term.values()) {
            result.add(
                    new StatusCount(code(term), messages.format("term." + code(term)), counts.getOrDefault(term, 0)));
        }
        return result;
    }

    /** How many measures of {@code fields} have each status. */
    static List<StatusCount> counts(Messages messages, List<FieldOfAction> fields) {
        Map<FieldOfAction.Status, Integer> counts = new EnumMap<>(FieldOfAction.Status.class);
        for (FieldOfAction field : fields) {
            for (FieldOfAction.Measure measure : field.measures()) {
                counts.merge(measure.status(), 1, Integer::sum);
            }
        }
        List<StatusCount> result = new ArrayList<>();
        for (FieldOfAction.Status status : FieldOfAction.Status.values()) {
            result.add(new StatusCount(
                    code(status), messages.format("status." + code(status)), counts.getOrDefault(status, 0)));
        }
        return result;
    }

    /** Progress over time in the context's language. */
    static ProgressViews progress(TypedViewContext context) {
        return new ProgressViews(
                context.messages(), context.locale(), context.language().isRightToLeft());
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
