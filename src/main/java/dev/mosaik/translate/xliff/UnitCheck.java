package dev.mosaik.translate.xliff;

import dev.mosaik.content.Segment;
import dev.mosaik.content.SegmentedPage;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.translate.xliff.XliffReader.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds the units of an imported XLIFF file against the segments of its original: every segment comes back, with
 * its source as exported and a translation that keeps the inline codes; no unit is left over. Each mistake at its
 * line of the XLIFF file.
 */
final class UnitCheck {

    private final String name;
    private final int fileLine;
    private final String originalRelative;
    private final Problems problems;

    /**
     * @param name             the XLIFF file, as its problems name it
     * @param fileLine         the line of its {@code <file>}, where a missing segment is reported
     * @param originalRelative the original's path below the site root
     */
    UnitCheck(String name, int fileLine, String originalRelative, Problems problems) {
        this.name = name;
        this.fileLine = fileLine;
        this.originalRelative = originalRelative;
        this.problems = problems;
    }

    /** The translation of each segment by its id, of those that pass. */
    Map<String, String> translations(SegmentedPage page, List<Unit> fileUnits) {
        Map<String, Unit> units = new LinkedHashMap<>();
        fileUnits.forEach(u -> units.put(u.id(), u));
        Map<String, String> translations = new LinkedHashMap<>();
        for (Segment segment : page.segments()) {
            translation(segment, Optional.ofNullable(units.remove(segment.id())))
                    .ifPresent(t -> translations.put(segment.id(), t));
        }
        units.values()
                .forEach(u -> problems.error(
                        new SourcePosition(name, u.line()),
                        "unit '" + u.id() + "' is not a segment of " + originalRelative));
        return translations;
    }

    private Optional<String> translation(Segment segment, Optional<Unit> found) {
        String what = segment.kind() + " of " + originalRelative + ":" + segment.line();
        if (found.isEmpty()) {
            problems.error(
                    new SourcePosition(name, fileLine),
                    "the segment '" + segment.id() + "' (" + what + ") is missing",
                    Optional.of("every segment of the export must come back, translated"));
            return Optional.empty();
        }
        Unit unit = found.get();
        if (!unit.source().equals(segment.text())) {
            problems.error(
                    new SourcePosition(name, unit.line()),
                    "the source of '" + segment.id() + "' differs from " + what
                            + ": the original changed since the export, or the source was edited",
                    Optional.of("export the page again"));
            return Optional.empty();
        }
        if (unit.target().isEmpty() || unit.target().get().isBlank()) {
            problems.error(
                    new SourcePosition(name, unit.line()),
                    "the segment '" + segment.id() + "' (" + what + ") has no translation");
            return Optional.empty();
        }
        Optional<String> codes =
                InlineCodes.compare(segment.text(), unit.target().get());
        if (codes.isPresent()) {
            problems.error(
                    new SourcePosition(name, unit.targetLine()),
                    "the translation of '" + segment.id() + "' " + codes.get(),
                    Optional.of(
                            "keep every inline code of the source, once, in the translation; move them, never edit them"));
            return Optional.empty();
        }
        return unit.target();
    }
}
