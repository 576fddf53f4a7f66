package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * An issue of the newsletter ({@code type: newsletter}). A section either says something itself or pulls in a
 * project, event, course or role model by its file, so that the issue shows that page's current title, date and
 * link without copying text. The date is the page's {@code date}.
 */
public record Newsletter(int number, Optional<String> intro, List<Section> sections) implements TypedData {

    public Newsletter {
        sections = List.copyOf(sections);
    }

    /**
     * @param ref      a content link to the page the section presents
     * @param position where the section is written, for a broken {@code ref}
     */
    public record Section(
            Optional<String> title, Optional<String> text, Optional<String> ref, SourcePosition position) {}
}
