package dev.mosaik.site;

import dev.mosaik.content.Event;
import dev.mosaik.content.FieldOfAction;
import dev.mosaik.content.Links;
import dev.mosaik.content.Project;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.content.TypedData;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The relations between typed pages, in both directions: a field of action knows its projects (named by the
 * projects or by its measures) and its events; a project knows its fields of action. Computed once per
 * build from the pages' data; a link to a missing page or to a page of the wrong type is an error at the
 * line that names it.
 */
final class CrossLinks {

    private final Map<TranslationKey, Set<TranslationKey>> projectsByField = new TreeMap<>();
    private final Map<TranslationKey, Set<TranslationKey>> fieldsByProject = new TreeMap<>();
    private final Map<TranslationKey, Set<TranslationKey>> eventsByField = new TreeMap<>();
    private final Map<TranslationKey, Set<TranslationKey>> fieldsByEvent = new TreeMap<>();
    private final Map<TranslationKey, TranslationKey> placeOf = new TreeMap<>();

    /**
     * @param data       the typed data of every page, by key (taken from the default language where it exists)
     * @param unreadable pages with a source that could not be read: reported there, so a link to one is not reported too
     */
    static CrossLinks compute(Map<TranslationKey, TypedData> data, Set<TranslationKey> unreadable, Problems problems) {
        CrossLinks links = new CrossLinks();
        for (Map.Entry<TranslationKey, TypedData> entry : data.entrySet()) {
            TranslationKey key = entry.getKey();
            if (entry.getValue() instanceof Project project) {
                for (TranslationKey field : resolve(
                        key, project.fields(), FieldOfAction.class, "a field of action", data, unreadable, problems)) {
                    links.link(field, key);
                }
            } else if (entry.getValue() instanceof FieldOfAction field) {
                for (FieldOfAction.Measure measure : field.measures()) {
                    for (TranslationKey project :
                            resolve(key, measure.projects(), Project.class, "a project", data, unreadable, problems)) {
                        links.link(key, project);
                    }
                }
            } else if (entry.getValue() instanceof dev.mosaik.content.Newsletter newsletter) {
                for (dev.mosaik.content.Newsletter.Section section : newsletter.sections()) {
                    section.ref()
                            .ifPresent(ref -> resolveAny(key, ref, section.position(), data, unreadable, problems));
                }
            }
            placeRef(entry.getValue())
                    .ifPresent(ref -> resolvePlace(key, ref, data, unreadable, problems)
                            .ifPresent(place -> links.placeOf.put(key, place)));
            if (entry.getValue() instanceof Event event) {
                for (TranslationKey field : resolve(
                        key, event.fields(), FieldOfAction.class, "a field of action", data, unreadable, problems)) {
                    links.eventsByField
                            .computeIfAbsent(field, k -> new LinkedHashSet<>())
                            .add(key);
                    links.fieldsByEvent
                            .computeIfAbsent(key, k -> new LinkedHashSet<>())
                            .add(field);
                }
            }
        }
        return links;
    }

    /** A newsletter section may present a project, an event, a course or a role model. */
    private static void resolveAny(
            TranslationKey from,
            String target,
            dev.mosaik.diag.SourcePosition position,
            Map<TranslationKey, TypedData> data,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Optional<TranslationKey> key = TranslationKey.ofLink(target.endsWith(".md") ? target : target + ".md", from);
        TypedData found = key.map(data::get).orElse(null);
        if (found == null && key.filter(unreadable::contains).isPresent()) {
            return;
        }
        if (!(found instanceof Project
                || found instanceof Event
                || found instanceof dev.mosaik.content.Course
                || found instanceof dev.mosaik.content.RoleModel)) {
            Collection<String> candidates = data.entrySet().stream()
                    .filter(e -> e.getValue() instanceof Project
                            || e.getValue() instanceof Event
                            || e.getValue() instanceof dev.mosaik.content.Course
                            || e.getValue() instanceof dev.mosaik.content.RoleModel)
                    .map(e -> e.getKey().value())
                    .toList();
            problems.error(
                    position,
                    "'" + target + "' is not a project, event, course or role model",
                    DidYouMean.closest(key.map(TranslationKey::value).orElse(target), candidates)
                            .map(k -> "did you mean '/" + k + ".md'?"));
        }
    }

    private static Optional<dev.mosaik.content.PlaceRef> placeRef(TypedData data) {
        if (data instanceof Event event) {
            return event.placeRef();
        }
        return data instanceof dev.mosaik.content.Course course ? course.place() : Optional.empty();
    }

    /** A course's or event's place: a page of type {@code ort}, else an error naming the closest place there is. */
    private static Optional<TranslationKey> resolvePlace(
            TranslationKey from,
            dev.mosaik.content.PlaceRef ref,
            Map<TranslationKey, TypedData> data,
            Set<TranslationKey> unreadable,
            Problems problems) {
        Optional<TranslationKey> key = TranslationKey.ofLink(ref.link(), from);
        TypedData found = key.map(data::get).orElse(null);
        if (found instanceof dev.mosaik.content.Place) {
            return key;
        }
        if (found == null && key.filter(unreadable::contains).isPresent()) {
            return Optional.empty();
        }
        Collection<String> candidates = data.entrySet().stream()
                .filter(e -> e.getValue() instanceof dev.mosaik.content.Place)
                .map(e -> e.getKey().value())
                .toList();
        problems.error(
                ref.position(),
                "'" + ref.target() + "' is not a place (a page of type ort)",
                DidYouMean.closest(key.map(TranslationKey::value).orElse(ref.target()), candidates)
                        .map(k -> "did you mean '/" + k + ".md'?")
                        .or(
                                () -> Optional.of(
                                        "create it with 'mosaik new ort SLUG', or write the venue's name and 'address:' instead")));
        return Optional.empty();
    }

    Optional<TranslationKey> placeOf(TranslationKey page) {
        return Optional.ofNullable(placeOf.get(page));
    }

    private void link(TranslationKey field, TranslationKey project) {
        projectsByField.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(project);
        fieldsByProject.computeIfAbsent(project, k -> new LinkedHashSet<>()).add(field);
    }

    private static List<TranslationKey> resolve(
            TranslationKey from,
            Links links,
            Class<? extends TypedData> type,
            String what,
            Map<TranslationKey, TypedData> data,
            Set<TranslationKey> unreadable,
            Problems problems) {
        List<TranslationKey> keys = new ArrayList<>();
        for (String target : links.targets()) {
            String link = target.endsWith(".md") ? target : target + ".md";
            Optional<TranslationKey> key = TranslationKey.ofLink(link, from);
            TypedData found = key.map(data::get).orElse(null);
            if (found == null && key.filter(unreadable::contains).isPresent()) {
                continue;
            }
            if (found == null || !type.isInstance(found)) {
                Collection<String> candidates = data.entrySet().stream()
                        .filter(e -> type.isInstance(e.getValue()))
                        .map(e -> e.getKey().value())
                        .toList();
                problems.error(
                        links.position(),
                        "'" + target + "' is not " + what,
                        DidYouMean.closest(key.map(TranslationKey::value).orElse(target), candidates)
                                .map(k -> "did you mean '/" + k + ".md'?"));
                continue;
            }
            keys.add(key.get());
        }
        return keys;
    }

    List<TranslationKey> projectsOf(TranslationKey field) {
        return List.copyOf(projectsByField.getOrDefault(field, Set.of()));
    }

    List<TranslationKey> fieldsOf(TranslationKey project) {
        return List.copyOf(fieldsByProject.getOrDefault(project, Set.of()));
    }

    List<TranslationKey> fieldsOfEvent(TranslationKey event) {
        return List.copyOf(fieldsByEvent.getOrDefault(event, Set.of()));
    }

    List<TranslationKey> eventsOf(TranslationKey field) {
        return List.copyOf(eventsByField.getOrDefault(field, Set.of()));
    }
}
