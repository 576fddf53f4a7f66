package dev.mosaik.render;

import dev.mosaik.site.Page;
import java.util.List;
import java.util.Optional;

/**
 * Makes the {@link TypedView}s of one content type: that of a page of the type, and that of a section listing
 * pages of the type. One implementation per content type, registered in {@link TypedViewSources} under the
 * type's name; a type in a package of its own brings its own.
 */
public interface TypedViewSource {

    /** The name the home page's source answers to: the home page has no type, but shows teasers of several. */
    String HOME = "home";

    /**
     * The name this source answers to: the content type's ({@code ContentTypes.nameOf}, the front matter's
     * {@code type}), or {@link #HOME} for the home page.
     */
    String type();

    /** The view of {@code page}, a page of this source's type, in the page's language; empty if it has none. */
    Optional<TypedView> page(Page page, TypedViewContext context);

    /**
     * The view of {@code section} listing {@code children}, some of which may be of this type; empty (the
     * default) when none is or the type has no listing of its own.
     */
    default Optional<TypedView> listing(Page section, List<Page> children, TypedViewContext context) {
        return Optional.empty();
    }
}
