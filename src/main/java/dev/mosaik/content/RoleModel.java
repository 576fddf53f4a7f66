package dev.mosaik.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A local role model with a migration background ({@code type: vorbild}); the page's text is the story.
 *
 * @param consent      the date the person agreed to the publication of name, origin and story: personal data, and
 *                     origin among the special categories of Art. 9 GDPR, so a published portrait needs it
 * @param photo        a portrait, published only because {@code photoConsent} documents the person's agreement
 * @param photoConsent the date the person agreed to publication of the photo
 */
public record RoleModel(
        String name,
        Optional<LocalDate> consent,
        Optional<Picture> photo,
        Optional<LocalDate> photoConsent,
        Optional<String> origin,
        List<String> languages,
        Optional<String> quote)
        implements TypedData {

    public RoleModel {
        languages = List.copyOf(languages);
    }
}
