package dev.mosaik.render;

import dev.mosaik.render.FindingViews.KeywordIndexView;
import dev.mosaik.render.FindingViews.KeywordOverviewView;
import dev.mosaik.render.FindingViews.KeywordPartView;

/**
 * A view a template reads beside the page view, under a name of its own: the A–Z index's letters, its overview and
 * its parts. A page rendered from its page view and such a view alone is kept with the finished pages
 * ({@link StoredPages}), keyed by both. Sealed, so that every kind is a record the page cache's hash takes
 * ({@code ViewHashTest} walks them).
 */
public sealed interface SideView permits KeywordIndexView, KeywordOverviewView, KeywordPartView {

    /** The name the template reads it by. */
    String variable();
}
