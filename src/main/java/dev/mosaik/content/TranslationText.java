package dev.mosaik.content;

import java.util.Optional;

/**
 * The text of a translation file made from its original's text with the prose translated (what
 * {@link SegmentAssembler} gives back): the original's header without the facts a translation does not repeat
 * (see {@link ProseOverlay}) and without the original's own translation keys, labelled with how it was translated
 * and the fingerprint of the original it was made from (hash and sections).
 */
public final class TranslationText {

    private TranslationText() {}

    /**
     * @param translated the original's file text with its segments translated
     * @param label      {@code human}, {@code machine} or {@code reviewed}
     * @return empty when the text has no YAML front matter
     */
    public static Optional<String> of(
            String translated, Optional<String> type, String label, SourceFingerprint source) {
        int end = Segmenter.closingLine(translated);
        if (!translated.startsWith("---\n") || end < 0) {
            return Optional.empty();
        }
        String header = translated
                .substring(4, end + 1)
                .replaceAll("(?m)^(translation|sourceHash|sourceSections|draft|reviewedBy|reviewed):.*\n", "");
        String prose = ProseHeader.of(header, type);
        if (!prose.endsWith("\n")) {
            prose += "\n";
        }
        return Optional.of("---\n" + prose + "translation: " + label + "\n"
                + source.frontMatter().stripTrailing() + translated.substring(end));
    }
}
