package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A link from a typed page to another typed page, as its front matter writes it ({@code fields:}, {@code place:}, a
 * newsletter section's {@code ref:}). The site resolves it once per build; a link to a missing page or to a page of
 * none of {@code types} is an error at {@code position}.
 *
 * @param target   the content link as written, {@code .md} optional
 * @param types    the records the linked page's data may be
 * @param what     what the link must name, for the message ("a field of action")
 * @param fallback a hint for when no page of the right type has a similar name
 */
public record TypedLink(
        String target,
        SourcePosition position,
        List<Class<? extends TypedData>> types,
        String what,
        Optional<String> fallback) {

    public TypedLink {
        types = List.copyOf(types);
    }

    /** Each of {@code links}' targets, all at the line of the key. */
    public static List<TypedLink> each(Links links, Class<? extends TypedData> type, String what) {
        return links.targets().stream()
                .map(t -> new TypedLink(t, links.position(), List.of(type), what, Optional.empty()))
                .toList();
    }

    /** Whether {@code data} is of one of the types this link may name. */
    public boolean accepts(TypedData data) {
        return types.stream().anyMatch(t -> t.isInstance(data));
    }

    /** The link as a content file link, {@code .md} added where the editor left it out. */
    public String link() {
        return target.endsWith(".md") ? target : target + ".md";
    }
}
