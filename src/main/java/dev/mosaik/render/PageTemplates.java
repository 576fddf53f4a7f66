package dev.mosaik.render;

import dev.mosaik.site.Page;
import dev.mosaik.site.PageKind;
import java.util.Locale;
import java.util.Optional;

/** Which template renders a content page, and what follows from that. */
final class PageTemplates {

    /** The template of a section's page, and of the pages after the first of its listing. */
    static final String SECTION = "section";

    private final Templates templates;

    PageTemplates(Templates templates) {
        this.templates = templates;
    }

    /** The template its {@code type} names, where the theme has it; else that of its kind. */
    String templateFor(Page page) {
        Optional<String> type = page.frontMatter().type().filter(templates::exists);
        return type.orElse(page.kind().name().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code page} shows its pages a listing page at a time: a section rendered with the section template. A
     * section whose {@code type} names a template of its own shows what that template shows, which the pages after
     * the first could not repeat; it keeps its whole list.
     */
    boolean splitsItsListing(Page page) {
        return page.kind() == PageKind.SECTION && templateFor(page).equals(SECTION);
    }
}
