package dev.mosaik.render;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Timeline;
import dev.mosaik.render.TypedViews.TimelineStep;
import dev.mosaik.render.TypedViews.TimelineView;
import dev.mosaik.site.Page;
import java.time.LocalDate;
import java.util.Optional;

/** The view of a timeline page ({@code type: zeitleiste}): its steps as written, dates and texts ready to print. */
final class TimelineViewSource implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.TIMELINE;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return page.data()
                .filter(Timeline.class::isInstance)
                .map(d -> new TimelineView(((Timeline) d)
                        .entries().stream().map(TimelineViewSource::step).toList()));
    }

    private static TimelineStep step(Timeline.Entry entry) {
        return new TimelineStep(
                entry.when(),
                entry.date().map(LocalDate::toString).orElse(""),
                entry.title(),
                entry.text().orElse(""));
    }
}
