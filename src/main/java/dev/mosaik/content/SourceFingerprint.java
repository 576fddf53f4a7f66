package dev.mosaik.content;

import java.util.List;

/**
 * What a translation records of the original it was made from: its {@link SourceHash} (has it changed?) and its
 * {@link SourceSections} (which sections changed?).
 */
public record SourceFingerprint(String hash, List<SourceSections.Section> sections) {

    public SourceFingerprint {
        sections = List.copyOf(sections);
    }

    public static SourceFingerprint of(SourceDocument original, Segmenter segmenter) {
        return new SourceFingerprint(SourceHash.of(original), SourceSections.of(original, segmenter));
    }

    /** The front-matter lines of a translation: {@code sourceHash: …} and {@code sourceSections: […]}. */
    public String frontMatter() {
        return "sourceHash: " + hash + "\n" + SourceSections.frontMatterLine(sections);
    }
}
