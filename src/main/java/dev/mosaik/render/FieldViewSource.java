package dev.mosaik.render;

import static dev.mosaik.render.FieldStatus.code;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.FieldOfAction;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.render.TypedViews.FieldView;
import dev.mosaik.render.TypedViews.MeasureGroupView;
import dev.mosaik.render.TypedViews.MeasureView;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The view of a field of action's page ({@code type: handlungsfeld}): its measures by term and their progress. */
final class FieldViewSource implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.FIELD_OF_ACTION;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return page.data()
                .filter(FieldOfAction.class::isInstance)
                .map(FieldOfAction.class::cast)
                .map(field -> view(page, field, context));
    }

    private static FieldView view(Page page, FieldOfAction field, TypedViewContext context) {
        Site site = context.site();
        List<MeasureGroupView> groups = new ArrayList<>();
        for (FieldOfAction.Term term : FieldOfAction.Term.values()) {
            List<MeasureView> measures = field.measures().stream()
                    .filter(m -> m.term() == term)
                    .map(m -> measure(page, m, context))
                    .toList();
            if (!measures.isEmpty()) {
                groups.add(new MeasureGroupView(code(term), context.messages().format("term." + code(term)), measures));
            }
        }
        return new FieldView(
                field.number(),
                context.messages().format("area." + code(field.area())),
                context.messages().format("kind." + code(field.kind())),
                groups,
                FieldStatus.counts(context.messages(), List.of(field)),
                site.linked(page, dev.mosaik.content.Project.class, context::child),
                site.linked(page, dev.mosaik.content.Event.class, context::child),
                dashboardHref(page, context),
                FieldStatus.progress(context)
                        .of(
                                field.measures(),
                                FieldStatus.reportDates(FieldStatus.fieldPages(site, page.language())),
                                List.of(),
                                "progress-title")
                        .stream()
                        .toList());
    }

    /** The page of the language tree that shows the implementation status of all fields, if the site has one. */
    private static String dashboardHref(Page page, TypedViewContext context) {
        return context.site()
                .pageOfType(page.language(), DashboardViewSource.TYPE)
                .map(p -> p.path().href(context.base()))
                .orElse("");
    }

    private static MeasureView measure(Page page, FieldOfAction.Measure measure, TypedViewContext context) {
        List<ChildView> projects = new ArrayList<>();
        for (String target : measure.projects().targets()) {
            TranslationKey.ofLink(target.endsWith(".md") ? target : target + ".md", page.key())
                    .flatMap(key -> context.site().page(page.language(), key))
                    .ifPresent(p -> projects.add(context.child(p)));
        }
        return new MeasureView(
                measure.text(),
                code(measure.status()),
                context.messages().format("status." + code(measure.status())),
                measure.updated().map(context.locale()::longDate).orElse(""),
                measure.updated().map(Object::toString).orElse(""),
                measure.office().orElse(""),
                projects,
                FieldStatus.progress(context).history(measure));
    }
}
