package dev.mosaik.types.beratung;

import dev.mosaik.content.ContentType;
import dev.mosaik.content.Course;
import dev.mosaik.content.OpeningHours;
import dev.mosaik.content.SearchFacts;
import dev.mosaik.content.TypedData;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The reading side of {@code type: beratung}: its keys, its record, what search finds of it. */
final class AdviceType implements ContentType {

    @Override
    public String name() {
        return "beratung";
    }

    @Override
    public Class<Advice> dataType() {
        return Advice.class;
    }

    @Override
    public List<String> keys() {
        return List.of("hours", "languages");
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        if (map.located("hours").isEmpty()) {
            problems.error(map.positionOf("hours"), "an advice service needs 'hours:'", Optional.of(OpeningHours.FORM));
            return Optional.empty();
        }
        List<Course.Session> hours = new ArrayList<>();
        for (YamlMapping.Located line : map.located("hours")) {
            Optional<List<Course.Session>> rule = OpeningHours.parse(line.value());
            if (rule.isEmpty()) {
                problems.error(
                        line.position(),
                        "opening hours '" + line.value() + "' are not in the accepted form",
                        Optional.of(OpeningHours.FORM));
                return Optional.empty();
            }
            hours.addAll(rule.get());
        }
        return Optional.of(new Advice(hours, map.strings("languages")));
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        into.facts().addAll(((Advice) data).languages());
    }
}
