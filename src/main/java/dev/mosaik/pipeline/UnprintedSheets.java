package dev.mosaik.pipeline;

import dev.mosaik.render.SheetRenderer;

/**
 * Told of every course sheet a build leaves unprinted ({@code withPdf(false)}), with the address its PDF would have:
 * the preview prints one when a browser asks for it, from the same print HTML, title and language a build uses.
 */
public interface UnprintedSheets {

    UnprintedSheets NONE = (path, sheet) -> {};

    void offer(String pdfPath, SheetRenderer.Sheet sheet);
}
