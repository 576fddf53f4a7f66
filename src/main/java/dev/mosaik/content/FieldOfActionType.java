package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** {@code type: handlungsfeld}: a field of action of the concept, with its measures and their projects. */
final class FieldOfActionType implements ContentType {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

    @Override
    public String name() {
        return "handlungsfeld";
    }

    @Override
    public Class<FieldOfAction> dataType() {
        return FieldOfAction.class;
    }

    @Override
    public List<String> keys() {
        return List.of("number", "area", "kind", "measures");
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        Optional<String> number = map.requiredString("number");
        number.filter(n -> !NUMBER.matcher(n).matches())
                .ifPresent(n -> problems.error(
                        map.positionOf("number"), "'number' must be a number like 8.2.3, not '" + n + "'"));
        Optional<FieldOfAction.Area> area = TypedValues.oneOf(map, "area", FieldOfAction.Area.class, true);
        Optional<FieldOfAction.Kind> kind = TypedValues.oneOf(map, "kind", FieldOfAction.Kind.class, true);
        List<FieldOfAction.Measure> measures = new ArrayList<>();
        for (YamlMapping entry : map.mappings("measures")) {
            MeasureReader.read(entry, problems).ifPresent(measures::add);
        }
        if (number.isEmpty() || area.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldOfAction(number.get(), area.get(), kind.get(), measures));
    }

    /** The projects its measures name. */
    @Override
    public List<TypedLink> links(TypedData data) {
        return ((FieldOfAction) data)
                .measures().stream()
                        .flatMap(m -> TypedLink.each(m.projects(), Project.class, "a project").stream())
                        .toList();
    }

    /** The steering group reports on its measures (9.1.3); a status older than a year is probably no longer true. */
    @Override
    public void check(TypedData data, LocalDate today, Problems problems) {
        LocalDate limit = today.minusMonths(12);
        for (FieldOfAction.Measure measure : ((FieldOfAction) data).measures()) {
            // A history records what has happened: a later date would show a status as current before it is true.
            measure.history().stream()
                    .filter(change -> change.date().isAfter(today))
                    .forEach(change -> problems.error(
                            change.position(),
                            "history entry dated " + change.date() + " is after the build date " + today,
                            Optional.of("a history records what has happened; add the entry on or after its date")));
            if (measure.updated().isEmpty()) {
                problems.warning(
                        measure.position(),
                        "measure has no 'updated' date, so nobody can tell how current its status is");
            } else if (measure.updated().get().isBefore(limit)) {
                problems.warning(
                        measure.position(),
                        "measure status not updated for more than 12 months (last "
                                + measure.updated().get() + ")",
                        Optional.of(
                                measure.history().isEmpty()
                                        ? "check the status with the responsible office and set 'updated'"
                                        : "check the status with the responsible office and add a history entry with today's date"));
            }
        }
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        FieldOfAction field = (FieldOfAction) data;
        into.facts().add(field.number());
        field.measures().forEach(m -> {
            into.text().add(m.text());
            m.office().ifPresent(into.facts()::add);
        });
    }
}
