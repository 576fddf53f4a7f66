package dev.mosaik.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a translation came about and, once a person has checked it, who did and when: readers are told which
 * texts no person has read ({@code machine}) and whose word a checked one carries ({@code reviewed}).
 *
 * @param reviewedBy the person (or office) who checked the translation against the original
 * @param reviewed   the day of that check
 */
public record Translation(TranslationKind kind, Optional<String> reviewedBy, Optional<LocalDate> reviewed) {

    public boolean isMachine() {
        return kind == TranslationKind.MACHINE;
    }

    public boolean isReviewed() {
        return kind == TranslationKind.REVIEWED;
    }
}
