package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A content type ({@code type: kurs} in front matter) as one unit: its name, the keys it adds, how they are read
 * into a {@link TypedData} record, which template renders its pages and how its pages link to others. One
 * implementation per type, listed once in the registry; the rest of the code asks these questions instead
 * of testing for record classes.
 */
public interface ContentType {

    /** The name written in front matter, e.g. {@code kurs}. */
    String name();

    /** The record its pages' data is read into. */
    Class<? extends TypedData> dataType();

    /** The keys a page of this type may have beyond the common ones. */
    List<String> keys();

    /** Reads the type's keys; every mistake is reported at its line, and a page with one has no data (empty). */
    Optional<TypedData> read(YamlMapping map, Problems problems);

    /**
     * The theme template (without {@code .html}) that renders its pages; empty when they are rendered with the
     * common page or section template.
     */
    default Optional<String> template() {
        return Optional.of(name());
    }

    /**
     * Whether a section of such pages lists them with a view of the type (upcoming and past, the course finder, the
     * archive by year) rather than as plain cards a listing page at a time.
     */
    default boolean listsItsOwnPages() {
        return false;
    }

    /**
     * Checks that need the build date, reported into {@code problems} (a status left unchanged for a year, a history
     * entry dated in the future); nothing by default.
     */
    default void check(TypedData data, LocalDate today, Problems problems) {}

    /** The images {@code data} names in front matter, which must exist like those in Markdown. */
    default List<Picture> pictures(TypedData data) {
        return List.of();
    }

    /**
     * Adds what of {@code data} search should find to {@code into}; {@code labels} turns a message key into the
     * reader's words (a course type's name).
     */
    default void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {}

    /**
     * Checks of a page that is published, not a draft (a role model needs the person's consent), reported into
     * {@code problems} at {@code header} (the page's first line); nothing by default.
     */
    default void checkPublished(TypedData data, dev.mosaik.diag.SourcePosition header, Problems problems) {}

    /**
     * Whether a translation that writes no data of this type shows the original's; not for a type that is text
     * through and through (a timeline), whose translation shows its own or none.
     */
    default boolean translationsShowTheOriginalsFacts() {
        return true;
    }

    /** The district the districts taxonomy lists a page of this type under; none by default. */
    default Optional<String> district(TypedData data) {
        return Optional.empty();
    }

    /**
     * The names the A–Z index lists a page of this type under besides its title and tags, in reading order.
     *
     * @param translated whether the page's own translation wrote the names under a key (then they are in its
     *                   language, else in that of the facts)
     * @param labels turns a message key into words of the reader's language (a course type's name)
     */
    default List<TypedKeyword> keywords(
            TypedData data, java.util.function.Predicate<String> translated, Function<String, String> labels) {
        return List.of();
    }

    /** The links to other typed pages that {@code data} (a record of {@link #dataType()}) names, in reading order. */
    default List<TypedLink> links(TypedData data) {
        return List.of();
    }
}
