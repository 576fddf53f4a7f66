package dev.mosaik.render;

import dev.mosaik.content.Event;
import dev.mosaik.content.Project;
import dev.mosaik.content.RoleModel;
import dev.mosaik.render.TypedViews.EventItem;
import dev.mosaik.render.TypedViews.HomeTeasers;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.site.Page;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The home page's teasers: the next events, the latest success story, a role model and the latest newsletter. The
 * choice depends only on the content and the build date, so a build is reproducible.
 */
final class HomeViewSource implements TypedViewSource {

    @Override
    public String type() {
        return HOME;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        if (!page.key().isHome()) {
            return Optional.empty();
        }
        List<Page> tree = context.site().pagesIn(page.language());
        LocalDate today = context.today();
        List<EventItem> events = tree.stream()
                .filter(p -> p.data().orElse(null) instanceof Event event
                        && !event.end().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(p -> ((Event) p.data().orElseThrow()).start()))
                .limit(3)
                .map(p -> EventViewSource.item(p, context))
                .toList();
        // The latest success story: the most recently dated project; undated ones count as oldest, then by listing
        // order.
        Optional<ChildView> story = tree.stream()
                .filter(p -> p.data().orElse(null) instanceof Project)
                .sorted(Comparator.<Page, LocalDate>comparing(
                                p -> p.frontMatter().lastChange().orElse(LocalDate.MIN))
                        .reversed()
                        .thenComparing(p -> p.frontMatter().placement().weight().orElse(Integer.MAX_VALUE))
                        .thenComparing(Page::key))
                .findFirst()
                .map(context::child);
        // A different role model every day, the same one for every build of that day.
        List<Page> roleModels = tree.stream()
                .filter(p -> p.data().orElse(null) instanceof RoleModel)
                .sorted(Comparator.comparing(Page::key))
                .toList();
        Optional<ChildView> roleModel = roleModels.isEmpty()
                ? Optional.empty()
                : Optional.of(context.child(roleModels.get(today.getDayOfYear() % roleModels.size())));
        HomeTeasers teasers = new HomeTeasers(
                events,
                story.stream().toList(),
                roleModel.stream().toList(),
                NewsletterViewSource.latestIssue(page, context).stream().toList());
        return teasers.isEmpty() ? Optional.empty() : Optional.of(teasers);
    }
}
