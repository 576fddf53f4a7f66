package dev.mosaik.render;

/**
 * The part of a page's view that belongs to its content type: a course's facts, a section's events, a place's
 * address. A page carries at most one ({@link #NONE} otherwise), which {@link TypedViewSources} finds for it.
 *
 * <p>Deliberately not sealed: a content type that lives in a package of its own adds its view record there,
 * implements this interface and registers a {@link TypedViewSource} for it; nothing here has to change.
 */
public interface TypedView {

    /** The view of a page that has no typed part. */
    TypedView NONE = new None();

    /**
     * Which view this is: how a template shared by several types (the section's) tells what it holds, as in
     * {@code th:if="${page.typed.viewName == 'events'}"}. By convention the content type's name for a page of that
     * type, a plural or "list" name for a section listing its pages.
     */
    String viewName();

    /** The schema.org data of the page as JSON, for a data block in its head; empty when the type has none. */
    default String jsonLd() {
        return "";
    }

    /** {@link TypedView#NONE}. */
    record None() implements TypedView {
        @Override
        public String viewName() {
            return "";
        }
    }
}
