package dev.mosaik.content;

import java.util.List;
import java.util.Optional;

/**
 * What a translated page says about its translation and the original it was made from. Kept apart from the rest
 * of the front matter because only translations carry it, and the staleness checks read it as one.
 *
 * @param translation    how the text was translated and who checked it, where it is a translation
 * @param sourceHash     the {@link SourceHash} of the default-language text this translation was made from; a
 *                       different hash today means the original changed and the translation may be outdated
 * @param sourceSections the {@link SourceSections} fingerprints of that text, to tell which sections changed
 * @param prose          in a translation of a typed page: its translated prose, laid over the original's facts
 */
public record TranslationFacts(
        Optional<Translation> translation,
        Optional<String> sourceHash,
        List<String> sourceSections,
        Optional<ProseOverlay> prose) {

    public TranslationFacts {
        sourceSections = List.copyOf(sourceSections);
    }

    /** The facts of a page that is no translation (or says nothing about being one). */
    static TranslationFacts none() {
        return new TranslationFacts(Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
