package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code type: vorbild}: a person whose story encourages others; a photo only with documented consent. */
final class RoleModelType implements ContentType {

    private static final List<String> PHOTO_KEYS = List.of("src", "alt", "consent");

    @Override
    public String name() {
        return "vorbild";
    }

    @Override
    public Class<RoleModel> dataType() {
        return RoleModel.class;
    }

    @Override
    public List<String> keys() {
        return List.of("name", "consent", "photo", "origin", "languages", "quote");
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        Optional<String> name = map.requiredString("name");
        Optional<Picture> photo = Optional.empty();
        Optional<LocalDate> consent = Optional.empty();
        Optional<YamlMapping> photoEntry = map.mapping("photo");
        if (photoEntry.isPresent()) {
            photo = TypedValues.picture(photoEntry.get(), PHOTO_KEYS, problems);
            consent = photoEntry.get().date("consent");
            if (!photoEntry.get().has("consent")) {
                problems.error(
                        photoEntry.get().position(),
                        "the photo of a role model needs 'consent: DATE', the day the person agreed to its publication",
                        Optional.of(
                                "without documented consent the photo must not be published; remove 'photo' until you have it"));
            }
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RoleModel(
                name.get(),
                map.date("consent"),
                photo,
                consent,
                map.string("origin"),
                map.strings("languages"),
                map.string("quote")));
    }

    /**
     * A published role model names a person, their origin (a special category of personal data, Art. 9 GDPR) and
     * their story: it needs the date the person agreed. Drafts are left out (also when built with --drafts, which
     * previews them), so a portrait can be prepared first.
     */
    @Override
    public void checkPublished(TypedData data, SourcePosition header, Problems problems) {
        if (((RoleModel) data).consent().isEmpty()) {
            problems.error(
                    header,
                    "a role model needs 'consent: DATE', the day the person agreed to the"
                            + " publication of name, origin and story",
                    Optional.of(
                            "origin is a special category of personal data"
                                    + " (Art. 9 GDPR): keep the written consent on file, then write its date; until then keep 'draft: true'"));
        }
    }

    @Override
    public List<Picture> pictures(TypedData data) {
        return ((RoleModel) data).photo().stream().toList();
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        RoleModel person = (RoleModel) data;
        into.facts().add(person.name());
        person.origin().ifPresent(into.facts()::add);
        person.quote().ifPresent(into.text()::add);
    }
}
