package dev.mosaik.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed header of a content file.
 *
 * @param summary     one or two sentences for lists and the meta description
 * @param type        selects the template; empty means the default for the kind of page
 * @param weight      order inside a section, lower first; pages without weight come after weighted ones
 * @param aliases     old site paths (e.g. {@code /alt/seite/}) that redirect to this page
 * @param sample      the page shows invented facts and carries a visible "Beispiel" badge
 * @param slug        overrides the URL segment taken from the file name (translated slugs)
 * @param translation how the text was translated and who checked it, where it is a translation
 * @param sourceHash  the {@link SourceHash} of the default-language text this translation was made from; a
 *                    different hash today means the original changed and the translation may be outdated
 * @param sourceSections the {@link SourceSections} fingerprints of that text, to tell which sections changed
 * @param data        the structured part of a page of a content type ({@code type: handlungsfeld} …)
 * @param expires     the day from which the page is no longer published
 * @param prose       in a translation of a typed page: its translated prose, laid over the original's facts
 */
public record FrontMatter(
        String title,
        Optional<LocalDate> date,
        Optional<LocalDate> updated,
        Optional<String> summary,
        Optional<String> type,
        boolean draft,
        List<String> tags,
        Optional<Integer> weight,
        List<Alias> aliases,
        boolean sample,
        Optional<String> slug,
        Optional<Translation> translation,
        Optional<String> sourceHash,
        List<String> sourceSections,
        Optional<TypedData> data,
        Optional<LocalDate> expires,
        Optional<ProseOverlay> prose) {

    public FrontMatter {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        sourceSections = List.copyOf(sourceSections);
    }

    /**
     * The header of a page read from another generator's format (a JBake header, an AsciiDoc header): only the
     * keys those formats know; everything mosaik adds is empty.
     */
    static FrontMatter imported(
            String title,
            Optional<LocalDate> date,
            Optional<String> summary,
            Optional<String> type,
            boolean draft,
            List<String> tags,
            List<Alias> aliases) {
        return new FrontMatter(
                title,
                date,
                Optional.empty(),
                summary,
                type,
                draft,
                tags,
                Optional.empty(),
                aliases,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** This front matter with its title and summary set in the quotation marks of their language ({@link Quotes#typeset}). */
    public FrontMatter typeset(Quotes quotes) {
        return new FrontMatter(
                quotes.typeset(title),
                date,
                updated,
                summary.map(quotes::typeset),
                type,
                draft,
                tags,
                weight,
                aliases,
                sample,
                slug,
                translation,
                sourceHash,
                sourceSections,
                data,
                expires,
                prose);
    }

    /** The last change worth telling readers: {@code updated}, else {@code date}. */
    public Optional<LocalDate> lastChange() {
        return updated.or(() -> date);
    }
}
