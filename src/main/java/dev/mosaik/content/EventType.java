package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiText;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code type: termin}: an event with start, place and access, linked to its fields of action and its place. */
final class EventType implements ContentType {

    @Override
    public String name() {
        return "termin";
    }

    @Override
    public Class<Event> dataType() {
        return Event.class;
    }

    @Override
    public List<String> keys() {
        return List.of("start", "end", "place", "address", "stepFree", "registration", "fields", "district");
    }

    @Override
    public boolean listsItsOwnPages() {
        return true;
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        Optional<Moment> start = moment(map, "start", true, problems);
        Optional<Moment> end = moment(map, "end", false, problems);
        Optional<String> place = map.requiredString("place");
        if (!map.has("stepFree")) {
            problems.error(
                    map.positionOf("stepFree"), UiText.of("yaml.missingKey", "stepFree"), UiText.of("hint.stepFree"));
        }
        Optional<Boolean> stepFree = map.bool("stepFree");
        if (start.isEmpty() || place.isEmpty() || stepFree.isEmpty()) {
            return Optional.empty();
        }
        Moment from = start.get();
        Moment to = end.orElse(from.allDay ? from : new Moment(from.time.plusHours(2), false));
        if (to.time.isBefore(from.time)) {
            problems.error(
                    map.positionOf("end"), "the event ends (" + to.time + ") before it starts (" + from.time + ")");
            return Optional.empty();
        }
        Optional<PlaceRef> placeRef = PlaceReader.eventPlace(place.get(), map, problems);
        return Optional.of(new Event(
                from.time,
                to.time,
                from.allDay,
                place.get(),
                map.string("address"),
                stepFree.get(),
                map.string("registration"),
                TypedValues.links(map, "fields"),
                map.string("district"),
                placeRef));
    }

    /** Its place first, then its fields of action. */
    @Override
    public List<TypedLink> links(TypedData data) {
        Event event = (Event) data;
        List<TypedLink> links = new ArrayList<>();
        event.placeRef().map(PlaceType::link).ifPresent(links::add);
        links.addAll(TypedLink.each(event.fields(), FieldOfAction.class, "a field of action"));
        return links;
    }

    private record Moment(LocalDateTime time, boolean allDay) {}

    /** {@code 2026-05-09T14:00} or, for all-day events, {@code 2026-05-09}. */
    private static Optional<Moment> moment(YamlMapping map, String key, boolean required, Problems problems) {
        Optional<String> text = required ? map.requiredString(key) : map.string(key);
        return text.flatMap(t -> {
            String value = t.strip().replace(' ', 'T');
            try {
                return Optional.of(new Moment(LocalDateTime.parse(value), false));
            } catch (DateTimeParseException notDateTime) {
                try {
                    return Optional.of(new Moment(LocalDate.parse(value).atTime(LocalTime.MIDNIGHT), true));
                } catch (DateTimeParseException notDate) {
                    problems.error(
                            map.positionOf(key),
                            "'" + key
                                    + "' must be a date and time like 2026-05-09T14:00 (or a date for all-day events), not '"
                                    + t + "'");
                    return Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<String> district(TypedData data) {
        return ((Event) data).district();
    }

    /** Its district, and its place: in the translation's language where the translation names it. */
    @Override
    public List<TypedKeyword> keywords(
            TypedData data, java.util.function.Predicate<String> translated, Function<String, String> labels) {
        Event event = (Event) data;
        List<TypedKeyword> keywords = new ArrayList<>();
        event.district().ifPresent(d -> keywords.add(new TypedKeyword(d, TypedKeyword.Written.FACTS)));
        keywords.add(new TypedKeyword(
                event.place(),
                translated.test("place") ? TypedKeyword.Written.TRANSLATION : TypedKeyword.Written.FACTS));
        return keywords;
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        Event event = (Event) data;
        into.facts().add(event.place());
        event.address().ifPresent(into.facts()::add);
        event.district().ifPresent(into.facts()::add);
    }
}
