package dev.mosaik.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A local role model with a migration background ({@code type: vorbild}); the page's text is the story.
 *
 * @param photo   a portrait, published only because {@code consent} documents the person's agreement
 * @param consent the date the person agreed to publication of the photo
 */
public record RoleModel(String name, Optional<Picture> photo, Optional<LocalDate> consent, Optional<String> origin,
        List<String> languages, Optional<String> quote) implements TypedData {

    public RoleModel {
        languages = List.copyOf(languages);
    }
}
