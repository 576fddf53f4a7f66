package dev.mosaik.render;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.site.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of {@link TypedViewSource}s, by the name of the type each serves. The pipeline builds it and hands
 * it to the renderer; {@link #shipped()} holds the types mosaik comes with.
 */
public final class TypedViewSources {

    private final Map<String, TypedViewSource> byType;

    /** @param sources in the order their section listings are asked for: the first that has one wins */
    public TypedViewSources(List<TypedViewSource> sources) {
        Map<String, TypedViewSource> map = new LinkedHashMap<>();
        for (TypedViewSource source : sources) {
            if (map.putIfAbsent(source.type(), source) != null) {
                throw new IllegalArgumentException("two view sources for type " + source.type());
            }
        }
        this.byType = map;
    }

    /** The sources of the types mosaik ships. */
    public static TypedViewSources shipped() {
        return new TypedViewSources(List.of(
                new FieldViewSource(),
                new ProjectViewSource(),
                new DashboardViewSource(),
                new EventViewSource(),
                new RoleModelViewSource(),
                new TimelineViewSource(),
                new HomeViewSource(),
                new CourseViewSource(),
                new NewsletterViewSource(),
                new PlaceViewFactory()));
    }

    /** These sources and then {@code more} (the view sources of content types found on the class path). */
    public TypedViewSources with(List<TypedViewSource> more) {
        List<TypedViewSource> all = new java.util.ArrayList<>(byType.values());
        all.addAll(more);
        return new TypedViewSources(all);
    }

    /** The source registered for {@code type}. */
    public Optional<TypedViewSource> source(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /**
     * The typed view of {@code page}: that of its own type (its data's, else its front matter's {@code type}, the
     * home page's teasers), else the first listing one of the registered types makes of {@code children}.
     *
     * @param children the pages the view may list, all of a section's; empty where a listing shows them instead
     */
    public TypedView viewOf(Page page, List<Page> children, TypedViewContext context) {
        Optional<TypedView> own = source(typeOf(page, context.site().types())).flatMap(s -> s.page(page, context));
        if (own.isPresent()) {
            return own.get();
        }
        for (TypedViewSource source : byType.values()) {
            Optional<TypedView> listing = source.listing(page, children, context);
            if (listing.isPresent()) {
                return listing.get();
            }
        }
        return TypedView.NONE;
    }

    private static String typeOf(Page page, ContentTypes types) {
        return page.data()
                .map(types::nameOf)
                .or(() -> page.frontMatter().type())
                .orElse(page.key().isHome() ? TypedViewSource.HOME : "");
    }
}
