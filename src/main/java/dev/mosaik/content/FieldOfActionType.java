package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
}
