package dev.mosaik.site;

/** What a page is in the site's tree; selects the default template. */
public enum PageKind {
    HOME,
    SECTION,
    PAGE
}
