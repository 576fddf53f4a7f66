package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.Alias;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.site.AddressClaim.AliasClaim;
import dev.mosaik.site.AddressClaim.FileClaim;
import dev.mosaik.site.AddressClaim.FindingClaim;
import dev.mosaik.site.AddressClaim.KeywordPartClaim;
import dev.mosaik.site.AddressClaim.ListingPartClaim;
import dev.mosaik.site.AddressClaim.PageClaim;
import dev.mosaik.site.AddressClaim.TaxonomyClaim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One claim per address while the site is assembled: pages, files published as they are, aliases, taxonomy
 * pages, the search page and the A–Z index with its parts, and the later pages of long listings all claim their
 * addresses here, and {@link #report} names every clash once, at the file an editor can change. (The files the
 * build writes are claimed again, with the theme's and generated ones, in {@link AddressBook}.)
 *
 * <p>Addresses are compared case-folded: on case-insensitive file systems and CDNs {@code /de/Kurse/} is {@code
 * /de/kurse/}. The report depends only on the order of the claims, which the assembly makes in page order.
 */
final class SiteAddresses {

    /** A claim and the folded address it claims, in claim order. */
    private record Entry(String address, AddressClaim claim) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<AddressClaim>> byAddress = new HashMap<>();

    /** Every page in every tree, then the files published as they are. */
    void claimPages(Map<Language, Map<TranslationKey, Placement>> placements, ContentScanner.Scan scan) {
        for (Map<TranslationKey, Placement> tree : placements.values()) {
            for (Placement placement : tree.values()) {
                claim(placement.path(), new PageClaim(placement.source(), placement.path(), placement.fallback()));
            }
        }
        scan.staticFiles().forEach(file -> claim(new FileClaim(file)));
        scan.assets().forEach(file -> claim(new FileClaim(file)));
    }

    /** The aliases of every page, in page order; those that get their address become redirects. */
    List<Redirect> claimAliases(SiteConfig config, Map<Language, Map<TranslationKey, Page>> pages) {
        List<Redirect> redirects = new ArrayList<>();
        for (Language language : config.languages()) {
            for (Page page : pages.get(language).values()) {
                if (page.isFallback()) {
                    continue; // aliases belong to the file that declares them, in its own language
                }
                for (Alias alias : page.frontMatter().placement().aliases()) {
                    Redirect redirect = new Redirect(new SitePath(alias.path().substring(1)), page, alias);
                    if (claim(new AliasClaim(redirect))) {
                        redirects.add(redirect);
                    }
                }
            }
        }
        return redirects;
    }

    /** Taxonomy pages take addresses below each home: the index, then its terms. */
    void claimTaxonomies(List<Taxonomy.Index> taxonomies) {
        for (Taxonomy.Index index : taxonomies) {
            claim(index.path(), new TaxonomyClaim(index.taxonomy(), index.path()));
            index.terms().forEach(t -> claim(t.path(), new TaxonomyClaim(index.taxonomy(), t.path())));
        }
    }

    /** Each tree's search page and A–Z index (a tree without a home has neither). */
    void claimFindingPages(SiteConfig config, Map<Language, SitePath> search, Map<Language, SitePath> keywords) {
        for (Language language : config.languages()) {
            if (search.containsKey(language)) {
                claim(search.get(language), new FindingClaim(language, search.get(language), false));
                claim(keywords.get(language), new FindingClaim(language, keywords.get(language), true));
            }
        }
    }

    /** The pages of split A–Z indexes, below their addresses. */
    void claimKeywordParts(List<KeywordIndex> indexes) {
        indexes.forEach(index -> index.parts().forEach(part -> claim(part.path(), new KeywordPartClaim(part))));
    }

    /**
     * The pages of a long listing after the first lie below its address ({@code /de/projekte/seite/2/}): sections'
     * listings in page order, then terms'.
     */
    void claimListingParts(Site site) {
        List<ListingPage> listings = new ArrayList<>();
        for (Page page : site.pages()) {
            if (page.kind() == PageKind.SECTION) {
                site.sectionPage(page.language(), page.key(), 1).ifPresent(listings::add);
            }
        }
        for (Taxonomy.Index index : site.taxonomies()) {
            for (Taxonomy.Term term : index.terms()) {
                site.termPage(index.taxonomy(), index.language(), term.name(), 1)
                        .ifPresent(listings::add);
            }
        }
        for (ListingPage first : listings) {
            for (int n = 2; n <= first.count(); n++) {
                claim(first.pathOf(n), new ListingPartClaim(first.listing(), first.pathOf(n), n));
            }
        }
    }

    /** Claims {@code path} (a page's folder, or a file). */
    private void claim(SitePath path, AddressClaim claim) {
        claim(path.folded(), claim);
    }

    /** Claims the address of a file published as it is: its folder when it is a folder's {@code index.html}. */
    private void claim(FileClaim file) {
        String folded = file.file().sitePath().toLowerCase(Locale.ROOT);
        boolean index = folded.equals("index.html") || folded.endsWith("/index.html");
        claim(index ? folded.substring(0, folded.length() - "index.html".length()) : folded, file);
    }

    /** Claims an alias's address; whether it is granted, so that a redirect is written from it. */
    private boolean claim(AliasClaim alias) {
        claim(alias.redirect().from(), alias);
        return holders(alias.redirect().from().folded(), new HashSet<>()).grants(alias);
    }

    private void claim(String folded, AddressClaim claim) {
        entries.add(new Entry(folded, claim));
        byAddress.computeIfAbsent(folded, a -> new ArrayList<>()).add(claim);
    }

    /** Reports every clash among the claims, in claim order. */
    void report(Problems problems) {
        Set<SourceFile> reported = new HashSet<>();
        for (Entry entry : entries) {
            entry.claim().contest(holders(entry.address(), reported), problems);
        }
    }

    private AddressClaim.Holders holders(String folded, Set<SourceFile> reported) {
        return new AddressClaim.Holders(List.copyOf(byAddress.get(folded)), reported);
    }
}
