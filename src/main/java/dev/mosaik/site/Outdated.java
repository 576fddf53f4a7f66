package dev.mosaik.site;

import java.util.List;

/**
 * A translation whose original has changed since it was made.
 *
 * @param changedSections the headings (in the original's language; the title for the part before the first
 *                        heading) of the original's sections that are new or changed since; empty when the
 *                        translation did not record its original's sections, or only deleted ones changed
 */
public record Outdated(List<String> changedSections) {

    public Outdated {
        changedSections = List.copyOf(changedSections);
    }
}
