package dev.mosaik.render;

/** The addresses of the offline files, below the site's base path, which the footer links to. */
public final class OfflineFiles {

    private OfflineFiles() {}

    public static final String PACK = "offline.zip";
    public static final String MANIFEST = "offline.json";
    public static final String WORKER = "sw.js";
    public static final String SCRIPT = "mosaik/offline.js";
    /**
     * Stands for the pack's size in the footer until the pack is made (from these very pages). No letters, which
     * the marking of foreign words could wrap in a span.
     */
    public static final String SIZE_MARKER = "\u2042\u2042\u2042";
}
