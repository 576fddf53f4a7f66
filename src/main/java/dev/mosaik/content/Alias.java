package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;

/**
 * An old address of a page ({@code aliases} in front matter) that forwards readers to it, with the line it is
 * written on, so that an alias which takes another page's or a generated file's address is reported there.
 *
 * @param path a site path starting with {@code /}, ending in {@code /} or {@code .html}
 */
public record Alias(String path, SourcePosition position) {}
