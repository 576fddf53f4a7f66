package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.StaticFile;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.I18n;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What claims an address of the assembled site. Each kind knows whom it yields to and what it tells the editor
 * then: a content page keeps its address against the generated pages (the error is at the page, which the editor
 * can move), a file published as it is keeps it against a page, the first page against a later one.
 */
sealed interface AddressClaim {

    /** Reports what this claim's clash with the other holders of its address means, if it has one. */
    void contest(Holders holders, Problems problems);

    /** A page of a language tree: its own text or a fallback language's. */
    record PageClaim(SourceDocument source, SitePath path, boolean fallback) implements AddressClaim {

        @Override
        public void contest(Holders holders, Problems problems) {
            PageClaim first = holders.firstPage().orElseThrow();
            if (first != this && first.source() != source) {
                String same =
                        first.path().equals(path) ? "the same address " : "an address differing only in case from ";
                problems.error(
                        position(),
                        "has " + same + first.path() + " as "
                                + first.source().file().relative(),
                        Optional.of("give one of them another file name or 'slug'"));
            }
            holders.lastFile()
                    .ifPresent(file -> problems.error(
                            position(),
                            "its address " + path + " is also where the file "
                                    + file.file().sitePath() + " is published; the page would overwrite it",
                            Optional.of("move or rename the file, or give the page another 'slug'")));
        }

        SourcePosition position() {
            return source.file().position(1);
        }
    }

    /** A file of {@code content/} or {@code assets/} published as it is; a page at its address reports the clash. */
    record FileClaim(StaticFile file) implements AddressClaim {

        @Override
        public void contest(Holders holders, Problems problems) {}
    }

    /** An alias of a page, in the language of the file that declares it. */
    record AliasClaim(Redirect redirect) implements AddressClaim {

        @Override
        public void contest(Holders holders, Problems problems) {
            if (!holders.grants(this)) {
                problems.error(
                        redirect.to().source().position(1),
                        "alias '" + redirect.alias().path() + "' is already the address of another page or alias");
            }
        }
    }

    /** A taxonomy's index or one of its terms' pages; a fallback page there gives way silently. */
    record TaxonomyClaim(Taxonomy taxonomy, SitePath path) implements AddressClaim {

        @Override
        public void contest(Holders holders, Problems problems) {
            holders.lastPage()
                    .filter(page -> !page.fallback())
                    .ifPresent(page -> problems.error(
                            page.position(),
                            "has the address " + path + ", which the " + taxonomy.name() + " pages use",
                            Optional.of("move the page or give it another 'slug'")));
        }
    }

    /** The search page or the A–Z index of a language tree. */
    record FindingClaim(Language language, SitePath path, boolean keywords) implements AddressClaim {

        @Override
        public void contest(Holders holders, Problems problems) {
            Optional<FindingClaim> index = holders.keywordIndexOf(language).filter(k -> !keywords);
            if (index.isPresent()) {
                problems.error(
                        SourcePosition.file(I18n.I18N_DIR + "/" + language.code() + ".yaml"),
                        "'search.slug' and 'keywords.slug' give the search page and the A–Z index the same address "
                                + index.get().path(),
                        Optional.of("give them different slugs"));
            }
            // A search page spelt exactly as the A–Z index is named once, as the index.
            String what =
                    keywords || index.filter(k -> k.path().equals(path)).isPresent() ? "A–Z index" : "search page";
            holders.firstPage()
                    .ifPresent(page -> problems.error(
                            page.position(),
                            "has the address " + path + ", which the " + what + " uses",
                            Optional.of("move the page or give it another 'slug'")));
        }
    }

    /** A page of a split A–Z index, for one letter or a part of one. */
    record KeywordPartClaim(KeywordIndex.Part part) implements AddressClaim {

        @Override
        public void contest(Holders holders, Problems problems) {
            holders.firstPage()
                    .ifPresent(page -> problems.error(
                            page.position(),
                            "has the address " + part.path() + ", which the A–Z index uses for the letter "
                                    + part.label(),
                            Optional.of("move the page or give it another 'slug'")));
        }
    }

    /** Page {@code number} (from 2) of a long listing, below the listing's address. */
    record ListingPartClaim(SitePath listing, SitePath path, int number) implements AddressClaim {

        @Override
        public void contest(Holders holders, Problems problems) {
            String what = "page " + number + " of the listing " + listing;
            holders.firstPage()
                    .filter(page -> holders.firstReport(page.source().file()))
                    .ifPresent(page -> problems.error(
                            page.position(),
                            "has the address " + path + ", which " + what + " uses",
                            Optional.of("move the page or give it another 'slug'")));
            holders.grantedAlias()
                    .map(AliasClaim::redirect)
                    .filter(alias -> holders.firstReport(alias.to().source()))
                    .ifPresent(alias -> problems.error(
                            alias.to().source().position(1),
                            "alias '" + alias.from() + "' is the address of " + what,
                            Optional.of("remove the alias or choose another address")));
        }
    }

    /**
     * Everyone who claims one address, in the order they claimed it, as a claim sees them when it reports its clash.
     *
     * @param reported the files already named for a clash with a listing's pages: a German page under "seite" may
     *     clash in the German and the Leichte Sprache tree, and is named once
     */
    record Holders(List<AddressClaim> claims, Set<SourceFile> reported) {

        Optional<PageClaim> firstPage() {
            return pages().findFirst();
        }

        Optional<PageClaim> lastPage() {
            return pages().reduce((a, b) -> b);
        }

        /** The file published here; an asset claimed after a content file at the same address replaces it. */
        Optional<FileClaim> lastFile() {
            return of(FileClaim.class).reduce((a, b) -> b);
        }

        Optional<FindingClaim> keywordIndexOf(Language language) {
            return of(FindingClaim.class)
                    .filter(f -> f.keywords() && f.language().equals(language))
                    .findFirst();
        }

        /** An alias gets its address when no page and no earlier alias has it. */
        boolean grants(AliasClaim alias) {
            return firstPage().isEmpty() && of(AliasClaim.class).findFirst().orElseThrow() == alias;
        }

        /** The alias that redirects from here, if one does. */
        Optional<AliasClaim> grantedAlias() {
            return of(AliasClaim.class).findFirst().filter(this::grants);
        }

        /** Whether {@code file} is named here for the first time for a clash with a listing. */
        boolean firstReport(SourceFile file) {
            return reported.add(file);
        }

        private java.util.stream.Stream<PageClaim> pages() {
            return of(PageClaim.class);
        }

        private <T extends AddressClaim> java.util.stream.Stream<T> of(Class<T> kind) {
            return claims.stream().filter(kind::isInstance).map(kind::cast);
        }
    }
}
