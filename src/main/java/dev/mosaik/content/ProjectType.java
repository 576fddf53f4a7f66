package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code type: projekt}: a project, linked to the fields of action it belongs to. */
final class ProjectType implements ContentType {

    @Override
    public String name() {
        return "projekt";
    }

    @Override
    public Class<Project> dataType() {
        return Project.class;
    }

    @Override
    public List<String> keys() {
        return List.of("fields", "district", "period", "partners", "images", "results", "contact");
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        List<Picture> images = new ArrayList<>();
        for (YamlMapping entry : map.mappings("images")) {
            TypedValues.picture(entry, TypedValues.PICTURE_KEYS, problems).ifPresent(images::add);
        }
        return Optional.of(new Project(
                TypedValues.links(map, "fields"),
                map.string("district"),
                map.string("period"),
                map.strings("partners"),
                images,
                map.string("results"),
                map.string("contact")));
    }

    @Override
    public Optional<String> district(TypedData data) {
        return ((Project) data).district();
    }

    /** Its district, and its partners: in the translation's language where the translation names them. */
    @Override
    public List<TypedKeyword> keywords(
            TypedData data, java.util.function.Predicate<String> translated, Function<String, String> labels) {
        Project project = (Project) data;
        List<TypedKeyword> keywords = new ArrayList<>();
        project.district().ifPresent(d -> keywords.add(new TypedKeyword(d, TypedKeyword.Written.FACTS)));
        TypedKeyword.Written partners =
                translated.test("partners") ? TypedKeyword.Written.TRANSLATION : TypedKeyword.Written.FACTS;
        project.partners().forEach(p -> keywords.add(new TypedKeyword(p, partners)));
        return keywords;
    }

    @Override
    public List<Picture> pictures(TypedData data) {
        return ((Project) data).images();
    }

    @Override
    public List<TypedLink> links(TypedData data) {
        return TypedLink.each(((Project) data).fields(), FieldOfAction.class, "a field of action");
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        Project project = (Project) data;
        project.district().ifPresent(into.facts()::add);
        into.facts().addAll(project.partners());
        project.period().ifPresent(into.facts()::add);
        project.contact().ifPresent(into.facts()::add);
        project.results().ifPresent(into.text()::add);
    }
}
