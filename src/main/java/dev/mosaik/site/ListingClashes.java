package dev.mosaik.site;

import dev.mosaik.content.SourceFile;
import dev.mosaik.diag.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of a long listing after the first lie below its address ({@code /de/projekte/seite/2/}); a content
 * page or an alias there would be overwritten by one of them, or overwrite it, depending on which is written
 * last. Either is an error at the file that puts the page there.
 */
final class ListingClashes {

    private ListingClashes() {}

    static void check(Site site, Problems problems) {
        Map<String, Page> pages = new HashMap<>();
        site.pages().forEach(p -> pages.putIfAbsent(p.path().folded(), p));
        Map<String, Redirect> aliases = new HashMap<>();
        site.redirects().forEach(r -> aliases.putIfAbsent(r.from().folded(), r));
        // German and Leichte Sprache both say "seite": a German page may clash in both trees, and is named once.
        Set<SourceFile> reported = new HashSet<>();
        for (Page page : site.pages()) {
            if (page.kind() == PageKind.SECTION) {
                site.sectionPage(page.language(), page.key(), 1)
                        .ifPresent(first -> check(first, pages, aliases, reported, problems));
            }
        }
        for (Taxonomy.Index index : site.taxonomies()) {
            for (Taxonomy.Term term : index.terms()) {
                site.termPage(index.taxonomy(), index.language(), term.name(), 1)
                        .ifPresent(first -> check(first, pages, aliases, reported, problems));
            }
        }
    }

    private static void check(
            ListingPage first,
            Map<String, Page> pages,
            Map<String, Redirect> aliases,
            Set<SourceFile> reported,
            Problems problems) {
        for (int n = 2; n <= first.count(); n++) {
            SitePath path = first.pathOf(n);
            Page page = pages.get(path.folded());
            String what = "page " + n + " of the listing " + first.listing();
            if (page != null && reported.add(page.source())) {
                problems.error(
                        page.source().position(1),
                        "has the address " + path + ", which " + what + " uses",
                        Optional.of("move the page or give it another 'slug'"));
            }
            Redirect alias = aliases.get(path.folded());
            if (alias != null && reported.add(alias.to().source())) {
                problems.error(
                        alias.to().source().position(1),
                        "alias '" + alias.from() + "' is the address of " + what,
                        Optional.of("remove the alias or choose another address"));
            }
        }
    }
}
