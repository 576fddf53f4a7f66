package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The content types of a build: {@code type: kurs} (and the others below) in front matter adds the type's keys to
 * the allowed ones and reads them into a {@link TypedData} record through its {@link ContentType}. An immutable
 * value the pipeline makes once per build ({@link #shipped()} and the types found on the class path) and hands to
 * every stage that asks about types; nothing holds a registry of its own.
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

    private static final ContentTypes SHIPPED = new ContentTypes(List.of(
            new FieldOfActionType(),
            new ProjectType(),
            new EventType(),
            new LanguageCourseType(),
            new RoleModelType(),
            new NewsletterType(),
            new TimelineType(),
            // The place type stays in this package: courses and events name places (PlaceRef), so it is shared.
            new PlaceType()));

    private final List<ContentType> types;

    /**
     * @param types in the order {@code mosaik new} offers them; names and record classes must be unique (the caller
     *              reports a clash to the editor first: see {@link #clashes})
     */
    public ContentTypes(List<ContentType> types) {
        List<String> clashes = clashes(types);
        if (!clashes.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", clashes));
        }
        this.types = List.copyOf(types);
    }

    /** The types mosaik comes with, one line each, in the order {@code mosaik new} offers them. */
    public static ContentTypes shipped() {
        return SHIPPED;
    }

    /** These types and then {@code more}. */
    public ContentTypes with(List<ContentType> more) {
        List<ContentType> all = new java.util.ArrayList<>(types);
        all.addAll(more);
        return new ContentTypes(all);
    }

    /**
     * What makes {@code types} no registry: "two content types named X: A and B" (by class name) for each name or
     * record class used twice.
     */
    public static List<String> clashes(List<ContentType> types) {
        List<String> clashes = new java.util.ArrayList<>();
        Set<Class<?>> records = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            ContentType type = types.get(i);
            for (ContentType earlier : types.subList(0, i)) {
                if (earlier.name().equals(type.name())) {
                    clashes.add("two content types named " + type.name() + ": "
                            + earlier.getClass().getName() + " and "
                            + type.getClass().getName());
                }
            }
            if (!records.add(type.dataType())) {
                clashes.add("two content types read " + type.dataType().getName() + ": one is " + type.name());
            }
        }
        return clashes;
    }

    /** Every registered type, in registration order. */
    public List<ContentType> all() {
        return types;
    }

    /** The names of all types with a schema. */
    public List<String> names() {
        return types.stream().map(ContentType::name).sorted().toList();
    }

    /** The type of that name, if one is registered. */
    public Optional<ContentType> named(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The type whose record {@code data} is. */
    public ContentType of(TypedData data) {
        return types.stream()
                .filter(t -> t.dataType().isInstance(data))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no content type reads " + data.getClass()));
    }

    /** The type name a page writes for {@code data}. */
    public String nameOf(TypedData data) {
        return of(data).name();
    }

    /** The keys a page of {@code type} may have beyond the common ones; none for types without a schema. */
    public List<String> keysOf(Optional<String> type) {
        return type.flatMap(this::named).map(ContentType::keys).orElse(List.of());
    }

    /** Reads the typed part of a front matter; empty for types without a schema or when it has errors. */
    Optional<TypedData> read(Optional<String> type, YamlMapping map, Problems problems) {
        return type.flatMap(this::named).flatMap(t -> t.read(map, problems));
    }

    /**
     * Whether a section with pages of these data is listed by a view of their type (upcoming and past, the course
     * finder, the archive by year) rather than as plain cards.
     */
    public boolean listItsOwnPages(java.util.stream.Stream<TypedData> data) {
        return data.anyMatch(d -> of(d).listsItsOwnPages());
    }

    /** A hint for a misspelt type name. */
    public Optional<String> hint(String type) {
        return DidYouMean.hint(type, names());
    }
}
