package dev.mosaik.output.offline;

/** What {@link PackPageText} needs to know of the page and its pack to change the page. */
interface PackEdits {

    /** A link's new address; asked once per link outside the offline box. */
    String change(String link);

    /** Where the pack's root is from the page, e.g. {@code ../../}: the search form's {@code data-pack-root}. */
    String packRoot();

    /** The site's path on its host: the search form's {@code data-pack-base}. */
    String packBase();

    /** The website's address, where the page names no canonical one. */
    String website();
}
