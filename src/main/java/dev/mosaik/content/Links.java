package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;
import java.util.List;

/**
 * Content links written in front matter (e.g. a project's fields of action), with the line they stand on
 * so that a link to a missing page can be reported there.
 */
public record Links(List<String> targets, SourcePosition position) {

    public Links {
        targets = List.copyOf(targets);
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }
}
