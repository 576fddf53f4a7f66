package dev.mosaik.render;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Project;
import dev.mosaik.render.TypedViews.ProjectView;
import dev.mosaik.site.Page;
import java.util.Optional;

/** The view of a project's page ({@code type: projekt}): its facts and the fields of action it serves. */
final class ProjectViewSource implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.PROJECT;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return page.data()
                .filter(Project.class::isInstance)
                .map(Project.class::cast)
                .map(project -> new ProjectView(
                        context.site().linked(page, dev.mosaik.content.FieldOfAction.class, context::child),
                        project.district().orElse(""),
                        project.period().orElse(""),
                        project.partners(),
                        project.images().stream()
                                .map(p -> ImageViews.of(context.site(), page, p))
                                .toList(),
                        project.results().orElse(""),
                        project.contact().orElse("")));
    }
}
