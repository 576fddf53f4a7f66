package dev.mosaik.content;

import java.nio.file.Path;

/**
 * A non-Markdown file below {@code content/} (an image next to the page that shows it), copied to the
 * output at the same path below the site root.
 *
 * @param sitePath the path below {@code content/}, e.g. {@code projekte/kulturfest.jpg}
 */
public record StaticFile(Path path, String sitePath) {}
