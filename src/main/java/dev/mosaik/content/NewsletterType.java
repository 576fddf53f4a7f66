package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code type: newsletter}: an issue whose sections say something or present another page by its file. */
final class NewsletterType implements ContentType {

    private static final List<String> SECTION_KEYS = List.of("title", "text", "ref");

    @Override
    public String name() {
        return "newsletter";
    }

    @Override
    public Class<Newsletter> dataType() {
        return Newsletter.class;
    }

    @Override
    public List<String> keys() {
        return List.of("number", "intro", "sections");
    }

    @Override
    public boolean listsItsOwnPages() {
        return true;
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        Optional<Integer> number = map.integer("number");
        if (!map.has("number")) {
            problems.error(map.positionOf("number"), "missing required key 'number' (the issue's number, e.g. 4)");
        }
        if (!map.has("date")) {
            problems.error(map.positionOf("date"), "missing required key 'date' (the issue's date, e.g. 2026-11-01)");
        }
        List<Newsletter.Section> sections = new ArrayList<>();
        for (YamlMapping entry : map.mappings("sections")) {
            entry.allowOnly(SECTION_KEYS, GermanKeys.SYNONYMS);
            Optional<String> ref = entry.string("ref");
            Optional<String> title = entry.string("title");
            Optional<String> text = entry.string("text");
            if (ref.isEmpty() && title.isEmpty() && text.isEmpty()) {
                problems.error(entry.position(), "a section needs 'title' and 'text', or 'ref' naming a page");
                continue;
            }
            sections.add(new Newsletter.Section(title, text, ref, entry.positionOf("ref")));
        }
        return number.map(n -> new Newsletter(n, map.string("intro"), sections));
    }

    /** A section may present a project, an event, a course or a role model. */
    @Override
    public List<TypedLink> links(TypedData data) {
        return ((Newsletter) data)
                .sections().stream()
                        .flatMap(s -> s.ref().stream()
                                .map(ref -> new TypedLink(
                                        ref,
                                        s.position(),
                                        List.of(Project.class, Event.class, Course.class, RoleModel.class),
                                        "a project, event, course or role model",
                                        Optional.empty())))
                        .toList();
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        Newsletter issue = (Newsletter) data;
        issue.intro().ifPresent(into.text()::add);
        issue.sections().forEach(s -> {
            s.title().ifPresent(into.headings()::add);
            s.text().ifPresent(into.text()::add);
        });
    }
}
