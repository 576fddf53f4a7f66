package dev.mosaik.site;

import dev.mosaik.content.Alias;

/** An old address ({@code aliases} in front matter) that forwards readers to a page. */
public record Redirect(SitePath from, Page to, Alias alias) {}
