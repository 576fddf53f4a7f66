package dev.mosaik.render;

/**
 * An open element while {@link MarkupWalk} reads a page, with what marking needs to know of it and its ancestors.
 *
 * @param name     the element's name
 * @param lang     its language: its own {@code lang}, or its parent's
 * @param inBody   whether it is the {@code body} or inside it (only there is text marked)
 * @param skipped  whether it or an ancestor is an element whose text is never marked (code, scripts, titles …)
 * @param isolated whether text in it is isolated: the nearest {@code bdi}, or an element with a {@code dir} other
 *                 than {@code rtl}
 * @param svg      whether it is {@code svg} or inside one
 * @param marked   whether Latin runs in its text are marked: in the body, not skipped, in the page's language
 * @param implied  whether the page has no tag for it: the {@code tbody} the parser puts around rows of a table
 */
record MarkupFrame(
        String name,
        String lang,
        boolean inBody,
        boolean skipped,
        boolean isolated,
        boolean svg,
        boolean marked,
        boolean implied) {

    private static final java.util.Set<String> SKIPPED =
            java.util.Set.of("script", "style", "code", "pre", "title", "textarea", "option");

    /** The frame of the element {@code tag} opens inside {@code parent} ({@code null}: the root). */
    static MarkupFrame of(MarkupFrame parent, StartTag tag, String pageLang) {
        String name = tag.name();
        String ownLang = tag.attribute("lang");
        String lang = ownLang != null ? ownLang : parent == null ? "" : parent.lang;
        boolean inBody = name.equals("body") || (parent != null && parent.inBody);
        String translate = tag.attribute("translate");
        boolean skipped = (parent != null && parent.skipped)
                || (inBody
                        && (SKIPPED.contains(name)
                                || (translate != null && translate.trim().equalsIgnoreCase("no"))));
        String dir = tag.attribute("dir");
        boolean isolated = name.equals("bdi") || (dir != null ? !dir.equals("rtl") : parent != null && parent.isolated);
        boolean svg = name.equals("svg") || (parent != null && parent.svg);
        return new MarkupFrame(
                name, lang, inBody, skipped, isolated, svg, inBody && !skipped && lang.equals(pageLang), false);
    }

    /** The {@code tbody} the parser puts around the rows of {@code table}, which has none. */
    static MarkupFrame impliedBodyOf(MarkupFrame table) {
        return new MarkupFrame(
                "tbody", table.lang, table.inBody, table.skipped, table.isolated, false, table.marked, true);
    }
}
