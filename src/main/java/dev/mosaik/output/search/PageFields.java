package dev.mosaik.output.search;

import dev.mosaik.content.Course;
import dev.mosaik.content.Event;
import dev.mosaik.content.FieldOfAction;
import dev.mosaik.content.Newsletter;
import dev.mosaik.content.Project;
import dev.mosaik.content.RoleModel;
import dev.mosaik.content.Timeline;
import dev.mosaik.i18n.Messages;
import dev.mosaik.site.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a typed page shows beyond its Markdown: words for headings, key facts and running text (one a line). */
record PageFields(String headings, String facts, String text) {

    static PageFields of(Page page, Messages messages) {
        List<String> headings = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<String> text = new ArrayList<>();
        Object data = page.data().orElse(null);
        if (data instanceof Course course) {
            facts.add(course.provider());
            facts.add(course.district());
            course.address().ifPresent(facts::add);
            facts.add(String.join(" ", course.levels()));
            facts.add(messages.format("courseType." + course.courseType().name().toLowerCase(Locale.ROOT)));
            course.targetGroup().ifPresent(facts::add);
        } else if (data instanceof Event event) {
            facts.add(event.place());
            event.address().ifPresent(facts::add);
            event.district().ifPresent(facts::add);
        } else if (data instanceof Project project) {
            project.district().ifPresent(facts::add);
            facts.addAll(project.partners());
            project.period().ifPresent(facts::add);
            project.contact().ifPresent(facts::add);
            project.results().ifPresent(text::add);
        } else if (data instanceof RoleModel person) {
            facts.add(person.name());
            person.origin().ifPresent(facts::add);
            person.quote().ifPresent(text::add);
        } else if (data instanceof FieldOfAction field) {
            facts.add(field.number());
            field.measures().forEach(m -> {
                text.add(m.text());
                m.office().ifPresent(facts::add);
            });
        } else if (data instanceof Newsletter issue) {
            issue.intro().ifPresent(text::add);
            issue.sections().forEach(s -> {
                s.title().ifPresent(headings::add);
                s.text().ifPresent(text::add);
            });
        } else if (data instanceof Timeline timeline) {
            timeline.entries().forEach(e -> {
                headings.add(e.title());
                text.add(e.when());
                e.text().ifPresent(text::add);
            });
        }
        return new PageFields(
                String.join("\n", headings),
                String.join("\n", facts.stream().distinct().toList()),
                String.join("\n", text));
    }
}
