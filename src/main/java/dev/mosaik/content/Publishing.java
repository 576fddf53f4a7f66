package dev.mosaik.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a page is published and what readers are told about its age: the front matter keys {@code date},
 * {@code updated}, {@code expires} and {@code draft}, kept together because the build decides from all four whether
 * and how a page appears.
 *
 * @param date    the day the page was first published
 * @param updated the day of its last change worth telling readers
 * @param expires the day from which the page is no longer published
 * @param draft   the page is left out of a published build
 */
public record Publishing(
        Optional<LocalDate> date, Optional<LocalDate> updated, Optional<LocalDate> expires, boolean draft) {

    /** A page with no dates that is published. */
    static Publishing none() {
        return new Publishing(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** The last change worth telling readers: {@code updated}, else {@code date}. */
    public Optional<LocalDate> lastChange() {
        return updated.or(() -> date);
    }
}
