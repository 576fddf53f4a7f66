package dev.mosaik.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed header of a content file. What the page is and shows stands here; the keys that decide when it is
 * published ({@link Publishing}), where it stands ({@link Placement}) and what a translation says of its original
 * ({@link TranslationFacts}) are grouped in records of their own, since each is read as one by its own stage.
 *
 * @param summary one or two sentences for lists and the meta description
 * @param type    selects the template; empty means the default for the kind of page
 * @param sample  the page shows invented facts and carries a visible "Beispiel" badge
 * @param data    the structured part of a page of a content type ({@code type: handlungsfeld} …)
 */
public record FrontMatter(
        String title,
        Optional<String> summary,
        Optional<String> type,
        List<String> tags,
        boolean sample,
        Optional<TypedData> data,
        Publishing publishing,
        Placement placement,
        TranslationFacts translated) {

    public FrontMatter {
        tags = List.copyOf(tags);
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
                summary,
                type,
                tags,
                false,
                Optional.empty(),
                new Publishing(date, Optional.empty(), Optional.empty(), draft),
                Placement.byFileName(aliases),
                TranslationFacts.none());
    }

    /** This front matter with its title and summary set in the quotation marks of their language ({@link Quotes#typeset}). */
    public FrontMatter typeset(Quotes quotes) {
        return new FrontMatter(
                quotes.typeset(title),
                summary.map(quotes::typeset),
                type,
                tags,
                sample,
                data,
                publishing,
                placement,
                translated);
    }

    /** The last change worth telling readers: {@code updated}, else {@code date} (see {@link Publishing}). */
    public Optional<LocalDate> lastChange() {
        return publishing.lastChange();
    }
}
