package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiText;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Values several content types read the same way: dates, times, pictures, content links, enum names. */
final class TypedValues {

    static final List<String> PICTURE_KEYS = List.of("src", "alt");

    private TypedValues() {}

    static Optional<LocalDate> requiredDate(YamlMapping map, String key, Problems problems) {
        if (!map.has(key)) {
            problems.error(map.positionOf(key), UiText.of("yaml.missingDate", key));
            return Optional.empty();
        }
        return map.date(key);
    }

    static Optional<LocalTime> time(YamlMapping map, String key, Problems problems) {
        return map.requiredString(key).flatMap(t -> {
            try {
                return Optional.of(LocalTime.parse(t.strip().length() == 4 ? "0" + t.strip() : t.strip()));
            } catch (DateTimeParseException e) {
                problems.error(map.positionOf(key), "'" + key + "' must be a time like 09:00, not '" + t + "'");
                return Optional.empty();
            }
        });
    }

    static Optional<Picture> picture(YamlMapping entry, List<String> keys, Problems problems) {
        entry.allowOnly(keys, GermanKeys.SYNONYMS);
        Optional<String> src = entry.requiredString("src");
        Optional<String> alt = entry.string("alt").filter(a -> !a.isBlank());
        if (src.isPresent() && alt.isEmpty()) {
            problems.error(
                    entry.position(),
                    "image '" + src.get() + "' has no alt text",
                    Optional.of("add 'alt: what the image shows'"));
        }
        if (src.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Picture(src.get(), alt.get(), entry.position()));
    }

    static Links links(YamlMapping map, String key) {
        return new Links(map.strings(key), map.positionOf(key));
    }

    /** The names editors write for an enum's values: its constants in lower case. */
    static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** The value of {@code type} an editor wrote, read case-insensitively from its lower-case name. */
    static <E extends Enum<E>> Optional<E> oneOf(YamlMapping map, String key, Class<E> type, boolean required) {
        List<String> names = names(type.getEnumConstants());
        Optional<String> value = required ? map.requiredOneOf(key, names) : map.oneOf(key, names);
        return value.map(v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
    }
}
