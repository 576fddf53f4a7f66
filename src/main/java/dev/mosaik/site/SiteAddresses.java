package dev.mosaik.site;

import dev.mosaik.content.SourceFile;
import dev.mosaik.diag.Problems;
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

    /** Claims {@code path} (a page's folder, or a file). */
    void claim(SitePath path, AddressClaim claim) {
        claim(path.folded(), claim);
    }

    /** Claims the address of a file published as it is: its folder when it is a folder's {@code index.html}. */
    void claim(AddressClaim.FileClaim file) {
        String folded = file.file().sitePath().toLowerCase(Locale.ROOT);
        boolean index = folded.equals("index.html") || folded.endsWith("/index.html");
        claim(index ? folded.substring(0, folded.length() - "index.html".length()) : folded, file);
    }

    /** Claims an alias's address; whether it is granted, so that a redirect is written from it. */
    boolean claim(AddressClaim.AliasClaim alias) {
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
