package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the keys of a page of type {@code ort}, and the {@code place:} of courses and events that names one. */
final class PlaceReader {

    private static final List<String> ADDRESS_KEYS = List.of("street", "postcode", "city");
    private static final List<String> KINDS = Arrays.stream(Place.Kind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT))
            .toList();

    private PlaceReader() {}

    static Optional<TypedData> read(YamlMapping map, Problems problems) {
        Optional<Place.Kind> kind = map.oneOf("kind", KINDS).map(k -> Place.Kind.valueOf(k.toUpperCase(Locale.ROOT)));
        Optional<Place.PostalAddress> address = address(map, problems);
        List<Course.Session> hours = OpeningHours.read(map, "hours", problems);
        if (!map.has("stepFree")) {
            problems.error(
                    map.positionOf("stepFree"),
                    "missing required key 'stepFree'",
                    Optional.of(
                            "write 'stepFree: true' when the entrance has no steps, else 'stepFree: false' and say how to get in under 'access:'"));
        }
        Optional<Boolean> stepFree = map.bool("stepFree");
        List<String> languages = languages(map, problems);
        Optional<String> district = map.requiredString("district");
        Optional<Place.Coordinates> coordinates = coordinates(map, problems);
        if (address.isEmpty() || stepFree.isEmpty() || district.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Place(
                kind.orElse(Place.Kind.VENUE),
                address.get(),
                hours,
                stepFree.get(),
                map.string("access"),
                languages,
                new Place.Contact(map.string("phone"), map.string("email"), map.string("web")),
                district.get(),
                coordinates));
    }

    private static Optional<Place.PostalAddress> address(YamlMapping map, Problems problems) {
        if (!map.isMapping("address")) {
            problems.error(
                    map.positionOf("address"),
                    "a place needs 'address:' with 'street:', 'postcode:' and 'city:' below it",
                    Optional.of("address:\n  street: Ernst-Leitz-Straße 30\n  postcode: \"35578\"\n  city: Wetzlar"));
            return Optional.empty();
        }
        YamlMapping address = map.mapping("address").orElseThrow();
        address.allowOnly(ADDRESS_KEYS, GermanKeys.SYNONYMS);
        Optional<String> street = address.requiredString("street");
        Optional<String> postcode = address.requiredString("postcode");
        Optional<String> city = address.requiredString("city");
        if (street.isEmpty() || postcode.isEmpty() || city.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Place.PostalAddress(
                street.get().strip(), postcode.get().strip(), city.get().strip()));
    }

    /** Codes ICU has no name for are reported: the page would show the bare code to readers. */
    private static List<String> languages(YamlMapping map, Problems problems) {
        List<String> known = new ArrayList<>();
        for (YamlMapping.Located code : map.located("languages")) {
            String tag = code.value().strip();
            if (LanguageCodes.isKnown(tag)) {
                known.add(tag);
            } else {
                problems.error(
                        code.position(),
                        "'" + tag + "' is not a known language code",
                        DidYouMean.hint(tag, LanguageCodes.all())
                                .or(() -> Optional.of("use an ISO 639 code such as 'tr', 'ar', 'fa' or 'uk'")));
            }
        }
        return known;
    }

    private static Optional<Place.Coordinates> coordinates(YamlMapping map, Problems problems) {
        if (!map.has("lat") && !map.has("lon")) {
            return Optional.empty();
        }
        Optional<BigDecimal> lat = degrees(map, "lat", 90, problems);
        Optional<BigDecimal> lon = degrees(map, "lon", 180, problems);
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Place.Coordinates(lat.get().doubleValue(), lon.get().doubleValue()));
    }

    private static Optional<BigDecimal> degrees(YamlMapping map, String key, int limit, Problems problems) {
        if (!map.has(key)) {
            problems.error(
                    map.positionOf(key),
                    "'lat' and 'lon' come together: '" + key + "' is missing",
                    Optional.of(
                            "copy both from openstreetmap.org (right click → 'Show address'), e.g. lat: 50.5526, lon: 8.5045"));
            return Optional.empty();
        }
        Optional<BigDecimal> value = map.decimal(key);
        if (value.isPresent() && value.get().abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            problems.error(
                    map.positionOf(key),
                    "'" + key + "' " + value.get().toPlainString() + " is out of range: it lies between -" + limit
                            + " and " + limit + " degrees",
                    Optional.of(
                            "Wetzlar lies at lat 50.55, lon 8.50; are 'lat' and 'lon' swapped or the decimal point missing?"));
            return Optional.empty();
        }
        return value;
    }

    /**
     * An event's {@code place:} names a page of type {@code ort} when it is written as a content link (starting with
     * {@code /} or ending in {@code .md}); otherwise it is the venue's name as before. A place and an address together
     * are an error: the address would be kept in two files and one of them goes stale.
     */
    static Optional<PlaceRef> eventPlace(String place, YamlMapping map, Problems problems) {
        String value = place.strip();
        if (!value.startsWith("/") && !value.endsWith(".md")) {
            return Optional.empty();
        }
        refuseAddress(map, problems);
        return Optional.of(new PlaceRef(value, map.positionOf("place")));
    }

    /** A course's {@code place:} is always a link to a place, relative or site-absolute, {@code .md} optional. */
    static Optional<PlaceRef> coursePlace(YamlMapping map, Problems problems) {
        Optional<String> place = map.string("place").map(String::strip).filter(p -> !p.isEmpty());
        place.ifPresent(p -> refuseAddress(map, problems));
        return place.map(p -> new PlaceRef(p, map.positionOf("place")));
    }

    private static void refuseAddress(YamlMapping map, Problems problems) {
        if (map.has("address")) {
            problems.error(
                    map.positionOf("address"),
                    "'address' and 'place' together: the place's page already has the address",
                    Optional.of(
                            "delete 'address:'; the page shows the address of the place it names, kept once on the place's page"));
        }
    }
}
