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
