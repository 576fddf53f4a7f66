package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;

/**
 * A course's or event's {@code place:} naming a page of type {@code ort}, written like other content links
 * ({@code /orte/integrationsbuero.md}, or relative and without {@code .md}), with its line for messages.
 */
public record PlaceRef(String target, SourcePosition position) {

    /** The link as a content file link, {@code .md} added where the editor left it out. */
    public String link() {
        return target.endsWith(".md") ? target : target + ".md";
    }
}
