package dev.mosaik.content;

import java.util.List;
import java.util.Optional;

/**
 * Where a page stands among the others: its own URL segment, the old addresses that forward to it and its place
 * in its section — the front matter keys {@code slug}, {@code aliases} and {@code weight}.
 *
 * @param slug    overrides the URL segment taken from the file name (translated slugs)
 * @param aliases old site paths (e.g. {@code /alt/seite/}) that redirect to this page
 * @param weight  order inside a section, lower first; pages without weight come after weighted ones
 */
public record Placement(Optional<String> slug, List<Alias> aliases, Optional<Integer> weight) {

    public Placement {
        aliases = List.copyOf(aliases);
    }

    /** A page placed by its file name alone. */
    static Placement byFileName(List<Alias> aliases) {
        return new Placement(Optional.empty(), aliases, Optional.empty());
    }
}
