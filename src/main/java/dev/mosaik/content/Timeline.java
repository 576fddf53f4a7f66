package dev.mosaik.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A timeline kept as data ({@code type: zeitleiste}), such as the participatory process of 2010–2013.
 */
public record Timeline(List<Entry> entries) implements TypedData {

    public Timeline {
        entries = List.copyOf(entries);
    }

    /**
     * One step.
     *
     * @param when how the date is written for readers ("5./6. Februar 2010", "2010–2013")
     * @param date the machine-readable date where there is one, for {@code <time datetime>}
     */
    public record Entry(String when, Optional<LocalDate> date, String title, Optional<String> text) {}
}
