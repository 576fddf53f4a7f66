package dev.mosaik.site;

import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.StaticFile;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One claim per address: every producer of an output file claims its path here before writing it — content
 * pages, aliases and files published as they are (claimed up front, from the assembled site), the theme's files
 * and everything the build generates (claimed as they are written) — and every clash is reported once, at the
 * editor's file and line that causes it. Without it a file could silently replace another, depending on which
 * was written last, or end the build with a misleading write error when one wants a file where the other needs
 * a folder ({@code robots.txt} and {@code robots.txt/index.html}).
 *
 * <p>Addresses are compared case-folded: on case-insensitive file systems and CDNs {@code Robots.txt} is
 * {@code robots.txt}. Thread-safe: rendering claims from many threads. The report depends only on what was
 * claimed, not in which order, so it is the same on every build.
 */
public final class AddressBook {

    /** What kind of producer claims an address; decides the message and who may share an address with whom. */
    public enum Kind {
        // In order of precedence: of two claimants, the later kind is the one reported as taking the other's address.
        THEME,
        GENERATED,
        PAGE,
        ASSET,
        CONTENT_FILE,
        ALIAS
    }

    /**
     * Who claims an address. Claimants from content carry the file (and line) an editor can change; the theme's
     * files and generated outputs name what they are.
     *
     * @param subject how a message about this claimant starts ("alias '/de/suche/'"), or what the build writes
     */
    public record Claimant(Kind kind, String subject, Optional<SourcePosition> source) {

        public static Claimant page(Page page) {
            return new Claimant(Kind.PAGE, "the page", Optional.of(page.source().position(1)));
        }

        public static Claimant alias(Redirect redirect) {
            return new Claimant(
                    Kind.ALIAS,
                    "alias '" + redirect.alias().path() + "'",
                    Optional.of(redirect.alias().position()));
        }

        public static Claimant contentFile(StaticFile file) {
            return new Claimant(
                    Kind.CONTENT_FILE,
                    "the file",
                    Optional.of(SourcePosition.file(ContentScanner.CONTENT_DIR + "/" + file.sitePath())));
        }

        public static Claimant asset(StaticFile file) {
            return new Claimant(
                    Kind.ASSET,
                    "the file",
                    Optional.of(SourcePosition.file(ContentScanner.ASSETS_DIR + "/" + file.sitePath())));
        }

        public static Claimant theme(String file) {
            return new Claimant(Kind.THEME, "the theme's " + file, Optional.empty());
        }

        /** @param producer what writes the file, stable from build to build (a render job's id) */
        public static Claimant generated(String producer) {
            return new Claimant(Kind.GENERATED, producer, Optional.empty());
        }

        /** The end of a sentence about another claimant taking this one's address. */
        private String takenFrom() {
            return switch (kind) {
                case GENERATED -> "mosaik generates";
                case THEME -> "the theme's own file uses";
                default -> subject + " in " + source.orElseThrow().file() + " also takes";
            };
        }

        private String hint() {
            return switch (kind) {
                case PAGE -> "give the page another file name or 'slug'";
                case ALIAS -> "remove the alias or choose another address";
                case CONTENT_FILE -> "rename or move the file";
                case ASSET -> "rename or move the file; assets/ may replace only the theme's files (mosaik/…)";
                default -> "";
            };
        }

        /** Whether the two may share an address: a site's {@code assets/} replace the default theme's files on purpose. */
        private boolean mayShareWith(Claimant other) {
            return equals(other)
                    || kind == Kind.ASSET && other.kind == Kind.THEME
                    || kind == Kind.THEME && other.kind == Kind.ASSET;
        }
    }

    /**
     * Who claims an address, and how it was spelt when first claimed (for messages). Nearly every address has one
     * claimant, so a set is made only for a second: at 100,000 pages the sets, the spellings' own map and a set of
     * every folder took 67 MB of a build's live memory, this 30 MB.
     */
    private static final class Holders {
        final String spelled;
        final Claimant first;
        /** The claimants other than {@code first}, in the order they came; null while there are none. */
        Set<Claimant> more;

        Holders(String spelled, Claimant first) {
            this.spelled = spelled;
            this.first = first;
        }

        void add(Claimant claimant) {
            if (!claimant.equals(first)) {
                if (more == null) {
                    more = new LinkedHashSet<>();
                }
                more.add(claimant);
            }
        }

        List<Claimant> all() {
            List<Claimant> all = new ArrayList<>();
            all.add(first);
            if (more != null) {
                all.addAll(more);
            }
            return all;
        }
    }

    /**
     * Claimants by folded output file, sorted: the files below a folder follow one another, so whether a folder
     * holds any is one look-up ({@link #holdsFiles}).
     */
    private final TreeMap<String, Holders> claims = new TreeMap<>();

    /** A book with the addresses of the site's content: its pages in every tree, its aliases, and the files published as they are. */
    public static AddressBook of(Site site, ContentScanner.Scan scan) {
        AddressBook book = new AddressBook();
        for (Page page : site.pages()) {
            book.claim(page.path().outputFile(), Claimant.page(page));
        }
        for (Redirect redirect : site.redirects()) {
            book.claim(redirect.from().outputFile(), Claimant.alias(redirect));
        }
        scan.staticFiles().forEach(file -> book.claim(file.sitePath(), Claimant.contentFile(file)));
        scan.assets().forEach(file -> book.claim(file.sitePath(), Claimant.asset(file)));
        return book;
    }

    /**
     * Claims {@code outputFile} for {@code claimant}.
     *
     * @return whether the file may be written: false when someone else holds the address, or a file where this
     *         needs a folder (or the other way round); the clash is then reported by {@link #report}
     */
    public synchronized boolean claim(String outputFile, Claimant claimant) {
        String folded = outputFile.toLowerCase(Locale.ROOT);
        Holders holders = claims.get(folded);
        boolean free = !holdsFiles(folded + "/");
        if (holders == null) {
            claims.put(folded, new Holders(outputFile, claimant));
        } else {
            free &= holders.all().stream().allMatch(claimant::mayShareWith);
            holders.add(claimant);
        }
        for (int slash = folded.indexOf('/'); slash >= 0; slash = folded.indexOf('/', slash + 1)) {
            free &= !claims.containsKey(folded.substring(0, slash));
        }
        return free;
    }

    /** Whether a file below {@code folder} (folded, ending in {@code /}) is claimed. */
    private boolean holdsFiles(String folder) {
        String next = claims.ceilingKey(folder);
        return next != null && next.startsWith(folder);
    }

    /**
     * Whether something is published at {@code address}, a site path without the leading slash, spelt exactly so
     * (servers tell case apart): a file, or a folder's {@code index.html} ({@code de/kontakt/}, also written
     * {@code de/kontakt}).
     */
    public synchronized boolean publishes(String address) {
        if (address.isEmpty() || address.endsWith("/")) {
            return claimedAsSpelt(address + "index.html");
        }
        return claimedAsSpelt(address) || claimedAsSpelt(address + "/index.html");
    }

    private boolean claimedAsSpelt(String file) {
        Holders holders = claims.get(file.toLowerCase(Locale.ROOT));
        return holders != null && file.equals(holders.spelled);
    }

    /** Every published address, as readers write it ({@code /de/kontakt/} for {@code de/kontakt/index.html}), sorted. */
    public synchronized List<String> addresses() {
        return claims.values().stream()
                .map(holders -> holders.spelled)
                .map(file -> "/"
                        + (file.equals("index.html")
                                ? ""
                                : file.endsWith("/index.html")
                                        ? file.substring(0, file.length() - "index.html".length())
                                        : file))
                .sorted()
                .toList();
    }

    /** Reports every clash among the claims: an error at each content file or alias involved; a bug of mosaik's own otherwise. */
    public synchronized void report(Problems problems) {
        // Per address, everyone who wants it: its own claimants and those of files below it (it as a folder).
        Map<String, Set<Claimant>> contested = new TreeMap<>();
        claims.forEach((folded, holders) -> {
            if (holders.more != null) {
                contested.computeIfAbsent(folded, f -> new HashSet<>()).addAll(holders.all());
            }
            for (int slash = folded.indexOf('/'); slash >= 0; slash = folded.indexOf('/', slash + 1)) {
                Holders asFile = claims.get(folded.substring(0, slash));
                if (asFile != null) {
                    Set<Claimant> all = contested.computeIfAbsent(folded.substring(0, slash), f -> new HashSet<>());
                    all.addAll(asFile.all());
                    all.addAll(holders.all());
                }
            }
        });
        // Who keeps the address: mosaik's own output before an editor's page, before a file, before an alias; then by
        // position.
        Comparator<Claimant> precedence = Comparator.comparing(Claimant::kind)
                .thenComparing(c -> c.source().orElse(SourcePosition.file("")))
                .thenComparing(Claimant::subject);
        contested.forEach((folded, holders) -> {
            List<Claimant> sorted = new ArrayList<>(holders);
            sorted.sort(precedence);
            Claimant owner = sorted.get(0);
            String address = "/" + claims.get(folded).spelled;
            List<Claimant> others = sorted.subList(1, sorted.size()).stream()
                    .filter(c -> !c.mayShareWith(owner))
                    .toList();
            for (Claimant claimant : others) {
                claimant.source()
                        .ifPresent(at -> problems.error(
                                at,
                                claimant.subject() + " takes the address " + address + ", which " + owner.takenFrom(),
                                Optional.of(claimant.hint())));
            }
            if (!others.isEmpty() && others.stream().allMatch(c -> c.source().isEmpty())) {
                // No editor's file is involved: two of mosaik's own outputs want one address.
                problems.error(
                        SourcePosition.file(address),
                        "is written by "
                                + sorted.stream().map(Claimant::subject).toList() + "; this is a bug in mosaik");
            }
        });
    }
}
