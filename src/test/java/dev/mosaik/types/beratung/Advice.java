package dev.mosaik.types.beratung;

import dev.mosaik.content.Course;
import dev.mosaik.content.TypedData;
import java.util.List;

/** An advice service ({@code type: beratung}): when it is open and in which languages it advises. */
public record Advice(List<Course.Session> hours, List<String> languages) implements TypedData {
    public Advice {
        hours = List.copyOf(hours);
        languages = List.copyOf(languages);
    }
}
