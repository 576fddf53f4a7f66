package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * The registry of content types: {@code type: kurs} (and the others below) in front matter adds the type's keys to
 * the allowed ones and reads them into a {@link TypedData} record through its {@link ContentType}. Adding a type
 * means adding its implementation and its line in {@link #ALL}.
 */
public final class ContentTypes {

    public static final String FIELD_OF_ACTION = "handlungsfeld";
    public static final String PROJECT = "projekt";
    public static final String ROLE_MODEL = "vorbild";
    public static final String EVENT = "termin";
    public static final String TIMELINE = "zeitleiste";
    public static final String COURSE = "kurs";
    public static final String NEWSLETTER = "newsletter";
    public static final String PLACE = "ort";

    /** Every type, one line each, in the order {@code mosaik new} offers them. */
    private static final List<ContentType> ALL = List.of(
            new FieldOfActionType(),
            new ProjectType(),
            new EventType(),
            new LanguageCourseType(),
            new RoleModelType(),
            new NewsletterType(),
            new TimelineType(),
            new PlaceType());

    private ContentTypes() {}

    /** Every registered type, in registration order. */
    public static List<ContentType> all() {
        return ALL;
    }

    /** The names of all types with a schema. */
    public static List<String> names() {
        return ALL.stream().map(ContentType::name).sorted().toList();
    }

    /** The type of that name, if one is registered. */
    public static Optional<ContentType> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The type whose record {@code data} is. */
    public static ContentType of(TypedData data) {
        return ALL.stream()
                .filter(t -> t.dataType().isInstance(data))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no content type reads " + data.getClass()));
    }

    /** The type name a page writes for {@code data}. */
    public static String nameOf(TypedData data) {
        return of(data).name();
    }

    /** The keys a page of {@code type} may have beyond the common ones; none for types without a schema. */
    public static List<String> keysOf(Optional<String> type) {
        return type.flatMap(ContentTypes::named).map(ContentType::keys).orElse(List.of());
    }

    /** Reads the typed part of a front matter; empty for types without a schema or when it has errors. */
    static Optional<TypedData> read(Optional<String> type, YamlMapping map, Problems problems) {
        return type.flatMap(ContentTypes::named).flatMap(t -> t.read(map, problems));
    }

    /** A hint for a misspelt type name. */
    public static Optional<String> hint(String type) {
        return DidYouMean.hint(type, names());
    }
}
