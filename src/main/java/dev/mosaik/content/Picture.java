package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;

/**
 * An image named in front matter: a file next to the page or in {@code assets/}, with the text that
 * replaces it for readers who cannot see it.
 */
public record Picture(String src, String alt, SourcePosition position) {}
