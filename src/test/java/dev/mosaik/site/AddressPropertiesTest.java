package dev.mosaik.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.content.UrlSegment;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever names, slugs, aliases and tags editors choose, every address the site gets is a safe relative
 * path: segments that are neither empty nor {@code .} or {@code ..}, without slashes, backslashes, control or
 * direction characters, in NFC, short enough for a file name, and resolving inside the output folder. Names
 * that cannot be addresses are problems, never exceptions.
 */
class AddressPropertiesTest {

    private static final SiteConfig CONFIG =
            new SiteConfigReader().parse("""
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Test
              - code: ar
                title: اختبار
            """, new Problems()).orElseThrow();
    private static final I18n I18N = I18n.load(Path.of("does-not-exist"), CONFIG, new Problems());
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final Path OUTPUT = Path.of("/srv/www/site").toAbsolutePath();

    /** Names that broke other generators, or would break a naive one. */
    private static final List<String> HOSTILE = List.of(
            "..",
            ".",
            "",
            "/",
            "\\",
            "..\\..",
            "../..",
            "%2e%2e",
            "%2F",
            "C:",
            "CON",
            "nul",
            "~",
            ".hidden",
            " ",
            "\t",
            "\n",
            ":",
            "*",
            "?",
            "\"",
            "<",
            ">",
            "|",
            "#",
            "&",
            "\u202E",
            "\u2066",
            "\u200F",
            "\u00AD",
            "\uFEFF",
            "\u0000",
            "\uD800",
            "u\u0308",
            "\u00FC",
            "İ",
            "ß",
            "ǅ",
            "Ⅻ",
            "١٢",
            "تست",
            "شماره",
            "пример",
            "例",
            "🙂",
            "x".repeat(90),
            "ع".repeat(130),
            "_index",
            "index.html",
            "-",
            "_");

    @AfterContainer
    static void stopPool() {
        POOL.shutdown();
    }

    @Property(tries = 1000)
    @StatisticsReport(onFailureOnly = true)
    void slugsMadeFromNamesAreSafeFolderNames(@ForAll("names") String name) {
        assertSafeSegment(UrlSegment.suggest(name));
        assertSafeSegment(SitePath.segmentOf(name));
        assertThat(UrlSegment.isValid(UrlSegment.suggest(name))).isTrue();
    }

    @Property(tries = 1000)
    @StatisticsReport(onFailureOnly = true)
    void contentLinksResolveInsideTheContentFolderOrNotAtAll(
            @ForAll("links") String link, @ForAll("keys") TranslationKey from) {
        TranslationKey.ofLink(link, from).ifPresent(key -> {
            for (String segment : key.value().split("/", -1)) {
                assertThat(segment).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..");
            }
            assertThat(key.value()).doesNotStartWith("/");
        });
    }

    // No edge cases: those of six combined generators (empty lists, empty names) would take every try.
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    void everyAddressOfAnAssembledSiteIsASafePathInsideTheOutputFolder(@ForAll("pages") List<GeneratedPage> pages)
            throws IOException {
        Path root = Files.createTempDirectory("mosaik-addresses-");
        try {
            Files.createDirectories(root.resolve("content"));
            Files.writeString(root.resolve("content/_index.de.md"), "---\ntitle: Start\n---\nText\n");
            for (GeneratedPage page : pages) {
                page.writeBelow(root.resolve("content"));
            }
            Problems problems = new Problems();
            ContentScanner.Scan scan = new ContentScanner().scan(root, CONFIG, problems);
            List<SourceDocument> documents = new ContentReader().read(scan.sources(), POOL, problems);
            Site site = new SiteAssembler(MARKDOWN)
                    .assemble(
                            ContentTypes.shipped(),
                            CONFIG,
                            documents,
                            scan,
                            I18N,
                            true,
                            LocalDate.of(2026, 6, 1),
                            POOL,
                            problems);

            List<SitePath> addresses = new ArrayList<>();
            site.pages().forEach(p -> addresses.add(p.path()));
            site.redirects().forEach(r -> addresses.add(r.from()));
            site.taxonomies().forEach(index -> {
                addresses.add(index.path());
                index.terms().forEach(term -> addresses.add(term.path()));
            });
            for (SitePath address : addresses) {
                assertSafePath(address);
            }
            scan.staticFiles()
                    .forEach(file -> assertThat(OUTPUT.resolve(file.sitePath()).normalize())
                            .startsWithRaw(OUTPUT));
            // Not vacuous: many generated names must make it into the site, with slugs, aliases and tags.
            Statistics.collect(
                    site.pages().stream()
                                    .anyMatch(p -> !p.isFallback() && !p.key().isHome())
                            ? "with pages"
                            : "home only");
            Statistics.collect(site.redirects().isEmpty() ? "no alias" : "with aliases");
            // Shares of all labels collected (two a try): 10 % "with aliases" is a fifth of the sites. About a quarter
            // of the sites have an alias that gets its address; the bound leaves room for the spread of 200 tries.
            Statistics.coverage(checker -> {
                checker.check("with pages").percentage(p -> p > 25);
                checker.check("with aliases").percentage(p -> p > 5);
            });
        } finally {
            deleteTree(root);
        }
    }

    static void assertSafePath(SitePath path) {
        String value = path.value();
        if (!value.isEmpty()) {
            for (String segment :
                    (value.endsWith("/") ? value.substring(0, value.length() - 1) : value).split("/", -1)) {
                assertSafeSegment(segment);
            }
        }
        Path file = OUTPUT.resolve(path.outputFile()).normalize();
        assertThat(file).as(value).startsWithRaw(OUTPUT).isNotEqualTo(OUTPUT);
    }

    static void assertSafeSegment(String segment) {
        assertThat(segment)
                .as("segment '%s'", segment)
                .isNotEmpty()
                .isNotEqualTo(".")
                .isNotEqualTo("..");
        assertThat(Normalizer.isNormalized(segment, Normalizer.Form.NFC))
                .as("NFC: %s", segment)
                .isTrue();
        assertThat(segment.getBytes(StandardCharsets.UTF_8).length)
                .as("bytes of %s", segment)
                .isLessThanOrEqualTo(255);
        segment.codePoints().forEach(c -> {
            int type = Character.getType(c);
            assertThat(c != '/'
                            && c != '\\'
                            && c != ':'
                            && !Character.isWhitespace(c)
                            && !Character.isSpaceChar(c)
                            && type != Character.CONTROL
                            && type != Character.FORMAT
                            && type != Character.SURROGATE
                            && type != Character.PRIVATE_USE
                            && type != Character.UNASSIGNED)
                    .as("U+%04X in '%s'", c, segment)
                    .isTrue();
        });
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(HOSTILE)),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(10)),
                Tuple.of(
                        2,
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars("-_")
                                .ofMinLength(1)
                                .ofMaxLength(12)));
        return piece.list().ofMinSize(1).ofMaxSize(4).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> links() {
        return names().list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .map(parts -> String.join("/", parts))
                .flatMap(path -> Arbitraries.of("", "/", "./", "../", "../../").map(prefix -> prefix + path + ".md"));
    }

    @Provide
    Arbitrary<TranslationKey> keys() {
        return Arbitraries.of("_index", "a", "projekte/a", "projekte/_index", "a/b/c/d")
                .map(TranslationKey::new);
    }

    /** A content file: the folders and name it is saved under, and what its front matter says. */
    record GeneratedPage(
            List<String> folders,
            String name,
            String language,
            Optional<String> slug,
            List<String> aliases,
            List<String> tags) {

        void writeBelow(Path content) {
            String fileName = name + (language.isEmpty() ? "" : "." + language) + ".md";
            StringBuilder text = new StringBuilder("---\ntitle: ")
                    .append(yaml(name.isBlank() ? "T" : name))
                    .append('\n');
            slug.ifPresent(s -> text.append("slug: ").append(yaml(s)).append('\n'));
            if (!aliases.isEmpty()) {
                text.append("aliases:\n");
                aliases.forEach(a -> text.append("  - ").append(yaml(a)).append('\n'));
            }
            if (!tags.isEmpty()) {
                text.append("tags:\n");
                tags.forEach(t -> text.append("  - ").append(yaml(t)).append('\n'));
            }
            text.append("---\nText\n");
            try {
                Path folder = content;
                for (String name : folders) {
                    folder = folder.resolve(name);
                }
                Path file = folder.resolve(fileName).normalize();
                if (!file.startsWith(content)) {
                    return; // a name such as '..' would only put the file elsewhere on this disk
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                // The file system refused the name (too long, NUL, a lone surrogate): editors cannot save it either.
            }
        }

        /** A YAML double-quoted scalar that holds any text. */
        private static String yaml(String value) {
            StringBuilder out = new StringBuilder("\"");
            value.codePoints().forEach(c -> {
                if (c == '"' || c == '\\') {
                    out.append('\\').appendCodePoint(c);
                } else if (c < 0x20
                        || c == 0x7F
                        || c >= 0xD800 && c <= 0xDFFF
                        || c == 0xFEFF
                        || c == 0xFFFE
                        || c == 0xFFFF) {
                    out.append(String.format("\\u%04X", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.append('"').toString();
        }
    }

    @Provide
    Arbitrary<List<GeneratedPage>> pages() {
        // Mostly names an editor might choose, so that pages get far enough to have addresses; hostile ones mixed in.
        Arbitrary<String> fileName = Arbitraries.frequencyOf(
                Tuple.of(
                        6,
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars("-_äöüßعربي")
                                .ofMinLength(1)
                                .ofMaxLength(15)),
                Tuple.of(4, names()));
        Arbitrary<GeneratedPage> page = Combinators.combine(
                        fileName.list().ofMaxSize(2),
                        fileName,
                        Arbitraries.frequencyOf(
                                Tuple.of(4, Arbitraries.just("de")),
                                Tuple.of(2, Arbitraries.just("ar")),
                                Tuple.of(1, Arbitraries.of("", "xx"))),
                        fileName.optional(0.5),
                        Arbitraries.frequencyOf(Tuple.of(4, fileName.map(n -> "/" + n + "/")), Tuple.of(1, names()))
                                .list()
                                .ofMaxSize(1),
                        names().list().ofMaxSize(2))
                .as(GeneratedPage::new);
        return page.list().ofMinSize(1).ofMaxSize(5);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
