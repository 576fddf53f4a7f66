package dev.mosaik.content;

import static dev.mosaik.content.ProseLists.entries;

import dev.mosaik.content.ProseOverlay.CourseProse;
import dev.mosaik.content.ProseOverlay.Entry;
import dev.mosaik.content.ProseOverlay.EventProse;
import dev.mosaik.content.ProseOverlay.FieldProse;
import dev.mosaik.content.ProseOverlay.MeasureProse;
import dev.mosaik.content.ProseOverlay.NewsletterProse;
import dev.mosaik.content.ProseOverlay.PlaceProse;
import dev.mosaik.content.ProseOverlay.ProjectProse;
import dev.mosaik.content.ProseOverlay.RoleModelProse;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/** Reads the {@link ProseOverlay} of a translation's front matter: the prose keys of its type, one method a type. */
final class ProseReader {

    private ProseReader() {}

    /**
     * Reads the prose keys of a translation of {@code type}; a fact key (one the original keeps) is reported
     * with the advice to delete it.
     */
    static Optional<ProseOverlay> read(String type, YamlMapping map, String originalHint, Problems problems) {
        reportFacts(type, map, originalHint, problems);
        return Optional.of(
                switch (type) {
                    case ContentTypes.COURSE -> new CourseProse(map.string("targetGroup"), map.position());
                    case ContentTypes.FIELD_OF_ACTION -> field(map);
                    case ContentTypes.PROJECT -> project(map);
                    case ContentTypes.EVENT ->
                        new EventProse(map.string("place"), map.string("registration"), map.position());
                    case ContentTypes.ROLE_MODEL -> roleModel(map);
                    case ContentTypes.NEWSLETTER -> newsletter(map);
                    case ContentTypes.PLACE -> new PlaceProse(map.string("access"), map.position());
                    default -> throw new IllegalArgumentException("no prose keys for type " + type);
                });
    }

    /** A fact key (one the original keeps) is reported with the advice to delete it. */
    private static void reportFacts(String type, YamlMapping map, String originalHint, Problems problems) {
        List<String> prose = ProseOverlay.KEYS.get(type);
        // Only mosaik's own types have a prose overlay (ProseOverlay.KEYS), so only theirs are asked.
        for (String key : ContentTypes.shipped().keysOf(Optional.of(type))) {
            if (map.has(key) && !prose.contains(key)) {
                problems.error(
                        map.positionOf(key),
                        "'" + key + "' is a fact a translation does not repeat: it is kept once, in " + originalHint,
                        Optional.of("delete the line; a translation writes only " + String.join(", ", prose)
                                + " for a page of type " + type));
            }
        }
    }

    private static FieldProse field(YamlMapping map) {
        return new FieldProse(
                entries(
                        map,
                        "measures",
                        List.of("text", "office", "history"),
                        e -> new MeasureProse(
                                e.requiredString("text"),
                                e.string("office"),
                                entries(
                                        e,
                                        "history",
                                        List.of("date", "note"),
                                        h -> h.string("note").map(String::strip)),
                                e.positionOf("history"))),
                map.positionOf("measures"),
                map.position());
    }

    private static ProjectProse project(YamlMapping map) {
        return new ProjectProse(
                map.string("period"),
                map.has("partners") ? Optional.of(map.strings("partners")) : Optional.empty(),
                map.string("results"),
                map.string("contact"),
                entries(map, "images", List.of("alt"), e -> new Entry(e.requiredString("alt"), Optional.empty())),
                map.positionOf("images"),
                map.position());
    }

    private static RoleModelProse roleModel(YamlMapping map) {
        return new RoleModelProse(
                map.string("origin"),
                map.string("quote"),
                map.mapping("photo").flatMap(photo -> {
                    photo.allowOnly(List.of("alt"), GermanKeys.SYNONYMS);
                    return photo.requiredString("alt");
                }),
                map.position());
    }

    private static NewsletterProse newsletter(YamlMapping map) {
        return new NewsletterProse(
                map.string("intro"),
                entries(
                        map,
                        "sections",
                        List.of("title", "text", "ref"),
                        e -> new Entry(e.string("title"), e.string("text"))),
                map.positionOf("sections"),
                map.position());
    }
}
