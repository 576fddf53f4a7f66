package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/** {@code type: ort}: a place readers go to, named by courses and events ({@code place:}). */
final class PlaceType implements ContentType {

    @Override
    public String name() {
        return "ort";
    }

    @Override
    public Class<Place> dataType() {
        return Place.class;
    }

    @Override
    public List<String> keys() {
        return List.of(
                "kind",
                "address",
                "hours",
                "stepFree",
                "access",
                "languages",
                "phone",
                "email",
                "web",
                "district",
                "lat",
                "lon");
    }

    @Override
    public boolean listsItsOwnPages() {
        return true;
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        return PlaceReader.read(map, problems);
    }

    /** A course's or event's {@code place:} as a link that must name a place, else an error naming the closest one. */
    static TypedLink link(PlaceRef ref) {
        return new TypedLink(
                ref.target(),
                ref.position(),
                List.of(Place.class),
                "a place (a page of type ort)",
                Optional.of("create it with 'mosaik new ort SLUG', or write the venue's name and 'address:' instead"));
    }
}
