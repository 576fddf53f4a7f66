package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What hostile or broken content does to a build. Every case starts from the good site in
 * {@code src/test/resources/hostile/base/}, built once, and then adds or replaces the files of its folder
 * {@code hostile/<case>/} (the big ones — 50 MB, 10,000 files — and those git cannot hold portably, such as
 * symbolic links and names differing only in case, are made here). A case is either an error — exit 1, each
 * problem as {@code path:line: message}, no stack trace, the previous output as it was and nothing written
 * anywhere else — or rendered safely, which the case checks in the output.
 */
class HostileContentTest {

    @TempDir
    Path dir;

    private Path site;
    private Path output;

    @BeforeEach
    void buildThePreviousSite() throws IOException {
        site = dir.resolve("site");
        output = dir.resolve("out");
        copyTree(fixture("base"), site);
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private TestSite.Run build() {
        return TestSite.run(
                "build",
                "--source",
                site.toString(),
                "--output",
                output.toString(),
                "--no-pdf",
                "--build-date",
                "2026-06-01");
    }

    /** Adds the files of {@code hostile/<name>/} to the site, replacing files of the same name. */
    private void add(String name) throws IOException {
        copyTree(fixture(name), site);
    }

    /**
     * Builds and expects it to fail without harm; returns the problem lines. Compares hashes of every file of
     * the temporary folder before and after, so it notices a changed output as well as a file written
     * anywhere else (beside the output, in the site folder, above it).
     */
    private List<String> failingBuild() {
        Map<String, String> before = listing(dir);
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("Error:");
        assertThat(run.out()).doesNotContain("Built");
        assertThat(listing(dir))
                .as("the previous output is intact and nothing was written anywhere")
                .isEqualTo(before);
        List<String> lines = run.errLines();
        assertThat(lines.get(lines.size() - 1)).endsWith("nothing was published, the previous output is unchanged.");
        return lines.subList(0, lines.size() - 1);
    }

    private TestSite.Run succeedingBuild() {
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(output.resolve(path).toFile(), "UTF-8", "https://example.org/" + path);
    }

    @Test
    void malformedYamlIsReportedWhereTheUnclosedQuoteStarts() throws IOException {
        add("malformed-yaml");
        assertThat(failingBuild())
                .containsExactly(
                        "content/projekte/kaputt.de.md:3: invalid YAML: the quotation mark opened on this line is never closed"
                                + " (close it at the end of the value)");
    }

    @Test
    void yamlAliasBombsAndDeepNestingAreRefusedAtTheirLines() throws IOException {
        add("yaml-bombs");
        assertThat(failingBuild())
                .containsExactly(
                        "content/lachen.de.md:7: invalid YAML: more than 20 aliases (*name) of lists or mappings"
                                + " (write the values out; the limit keeps a few lines from expanding into billions of entries)",
                        "content/tief.de.md:3: invalid YAML: lists or mappings nested more than 50 levels deep"
                                + " (front matter and configuration need only a few levels)");
    }

    @Test
    void aFiftyMegabyteMarkdownFileIsRefusedWithItsSize() throws IOException {
        Path huge = site.resolve("content/riesig.de.md");
        byte[] line = "Ein Satz, der sich wiederholt, bis die Datei fünfzig Megabyte groß ist.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(huge)) {
            out.write("---\ntitle: Riesig\n---\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThat(failingBuild())
                .containsExactly(
                        "content/riesig.de.md: the file is 50 MB; a page may be at most 8 MB (split it into several pages)");
    }

    @Test
    void invalidUtf8IsReportedAtTheLineOfTheBadByteInPagesAndUiStrings() throws IOException {
        add("invalid-utf8");
        assertThat(failingBuild())
                .containsExactly(
                        "content/latin1.de.md:4: the file is not valid UTF-8 (save it as UTF-8 in your editor ('Unicode (UTF-8)'))",
                        "i18n/de.yaml:2: the file is not valid UTF-8 (save it as UTF-8 in your editor ('Unicode (UTF-8)'))");
    }

    @Test
    void aByteOrderMarkIsIgnoredInPagesAndSiteYaml() throws IOException {
        add("byte-order-mark");
        succeedingBuild();
        Document page = page("de/bom/index.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Mit BOM");
        assertThat(Files.readString(output.resolve("de/bom/index.html"))).doesNotContain("\uFEFF");
    }

    @Test
    void crlfAndMixedLineEndsReadAsLineBreaks() throws IOException {
        add("line-endings");
        succeedingBuild();
        assertThat(page("de/windows/index.html").select(".prose p").eachText())
                .containsExactly("Erster Absatz.", "Zweiter Absatz.");
        assertThat(page("de/gemischt/index.html").select(".prose p").eachText())
                .containsExactly("Erster Absatz.", "Zweiter Absatz.", "Dritter Absatz.");
        assertThat(Files.readString(output.resolve("de/gemischt/index.html"))).doesNotContain("\r");
    }

    @Test
    void linesAreCountedAcrossMixedLineEnds() throws IOException {
        add("line-endings-wrong-key");
        assertThat(failingBuild())
                .containsExactly("content/gemischt.de.md:5: unknown key 'wieght' (did you mean 'weight'?)");
    }

    @Test
    void nulBytesMeanTheFileIsNotText() throws IOException {
        add("nul-bytes");
        assertThat(failingBuild())
                .containsExactly(
                        "content/binaer.de.md:5: the file contains a NUL character, so it is probably not a text file");
    }

    @Test
    void directionOverridesInTitlesAreIsolatedAndCannotReorderTheTextAround() throws IOException {
        add("bidi-title");
        TestSite.Run run = succeedingBuild();
        assertThat(run.err())
                .contains(
                        "content/projekte/miete.de.md:2: warning: 'title' contains an invisible direction control"
                                + " (U+202E RIGHT-TO-LEFT OVERRIDE); it is isolated so that it cannot reorder the text around it");
        String isolated = "\u2068Miete \u202E0001 \u20AC\u202C\u2069";
        Document page = page("de/projekte/miete/index.html");
        assertThat(page.title())
                .as("the site's name after the title reads in its own direction")
                .isEqualTo(isolated + " – Testseite");
        assertThat(page.selectFirst("h1").text()).isEqualTo(isolated);
        assertThat(page.select(".lead").text()).isEqualTo("\u2068Vertrag \u202Efdp.exe\u202C\u2069");
        assertThat(page("de/projekte/index.html")
                        .select("main a[href=/de/projekte/miete/]")
                        .text())
                .isEqualTo(isolated);
        assertThat(Files.exists(output.resolve("de/schlagwoerter/neuigkeiten/index.html")))
                .as("the tag's address leaves the control out")
                .isTrue();
    }

    @Test
    void directionOverridesInSlugsAndFileNamesAreRefusedAndShownVisibly() throws IOException {
        add("bidi-slug");
        Files.writeString(site.resolve("content/projekte/bild\u202Egnp.exe.de.md"), "---\ntitle: Bild\n---\nText\n");
        List<String> problems = failingBuild();
        assertThat(problems)
                .contains(
                        "content/projekte/bild<U+202E>gnp.exe.de.md: 'bild<U+202E>gnp.exe' cannot be part of a web address"
                                + " (use letters, digits and hyphens, e.g. 'bild-gnp-exe')",
                        "content/projekte/rechnung.de.md:3: slug '<U+2068>rechnung<U+202E>fdp.exe<U+202C><U+2069>' must be one URL segment"
                                + " of letters, digits and hyphens (for example 'rechnung-fdp-exe')");
        assertThat(problems).allSatisfy(line -> assertThat(line).doesNotContain("\u202E"));
    }

    @Test
    void fileNamesThatCannotBeWebAddressesAreRefused() throws IOException {
        // Made here: Windows cannot hold these names, and the backslash one is exactly what must not become a folder.
        for (String name : List.of("\\.de.md", "a\\b.de.md", "mit leerzeichen.de.md", "frage?.de.md")) {
            Files.writeString(site.resolve("content/projekte/" + name), "---\ntitle: X\n---\nText\n");
        }
        assertThat(failingBuild())
                .containsExactly(
                        "content/projekte/\\.de.md: '\\' cannot be part of a web address (use letters, digits and hyphens, e.g. 'seite')",
                        "content/projekte/a\\b.de.md: 'a\\b' cannot be part of a web address (use letters, digits and hyphens, e.g. 'a-b')",
                        "content/projekte/frage?.de.md: 'frage?' cannot be part of a web address (use letters, digits and hyphens, e.g. 'frage')",
                        "content/projekte/mit leerzeichen.de.md: 'mit leerzeichen' cannot be part of a web address"
                                + " (use letters, digits and hyphens, e.g. 'mit-leerzeichen')");
    }

    @Test
    void rawHtmlThatCouldRunScriptsIsRemovedByDefault() throws IOException {
        add("raw-html");
        TestSite.Run run = succeedingBuild();
        assertThat(run.err())
                .contains("content/projekte/roh.de.md:4: warning: HTML that could run scripts was removed");
        Document page = page("de/projekte/roh/index.html");
        String prose = page.select(".prose").outerHtml();
        assertThat(page.select(
                        ".prose script, .prose iframe, .prose form, .prose input, .prose style, .prose svg, .prose object,"
                                + " .prose embed, .prose meta, .prose base, .prose [style]"))
                .isEmpty();
        assertThat(page.select(".prose *").stream().flatMap(e -> e.attributes().asList().stream()))
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on"));
        assertThat(page.select(".prose a[href]").eachAttr("href")).isEmpty();
        assertThat(prose.toLowerCase())
                .doesNotContain("javascript")
                .doesNotContain("evil.example")
                .doesNotContain("alert");
        assertThat(page.select(".prose b").text()).isEqualTo("fettem");
        assertThat(page.select(".prose p").last().text()).isEqualTo("Der Text danach bleibt.");
    }

    @Test
    void pathsLeavingTheSiteInSlugsAndAliasesAreRefused() throws IOException {
        add("paths-front-matter");
        assertThat(failingBuild())
                .containsExactly(
                        "content/projekte/pfade.de.md:3: slug '../../../etc' must be one URL segment of letters, digits and hyphens (for example 'etc')",
                        "content/projekte/pfade.de.md:4: alias '/../../etc/passwd/' must be a path inside the site such as /alt/seite/",
                        "content/projekte/pfade.de.md:4: alias '//evil.example/' must be a path inside the site such as /alt/seite/",
                        "content/projekte/pfade.de.md:4: alias '/alt/../../../tmp/' must be a path inside the site such as /alt/seite/",
                        "content/projekte/pfade.de.md:4: alias '/alt//' must be a path inside the site such as /alt/seite/",
                        "content/projekte/pfade.de.md:4: alias 'C:\\Windows\\' must be a path inside the site such as /alt/seite/",
                        "content/projekte/pfade.de.md:4: alias 'alt\\..\\..\\x' must be a path inside the site such as /alt/seite/");
    }

    @Test
    void imagesAndLinksLeavingTheSiteOrPointingIntoTheEditorsComputerAreRefused() throws IOException {
        add("paths-body");
        assertThat(failingBuild())
                .containsExactly(
                        "content/projekte/verweise.de.md:4: image '../../../etc/passwd' points above the site's root folder"
                                + " (put the image next to the page or in assets/)",
                        "content/projekte/verweise.de.md:6: image '/etc/passwd' not found"
                                + " (put it next to the page (content/projekte/) or in assets/ and link it as /etc/passwd)",
                        "content/projekte/verweise.de.md:8: image 'file:///etc/passwd' is a file on this computer, which readers cannot see"
                                + " (copy the image into the site, next to the page, and link it by file name)",
                        "content/projekte/verweise.de.md:10: image 'C:\\Users\\anna\\Bilder\\foto.jpg' is a file on this computer, which readers"
                                + " cannot see (copy the image into the site, next to the page, and link it by file name)",
                        "content/projekte/verweise.de.md:12: link target '../../../../geheim.md' points above the site's root folder"
                                + " (remove the '../' that lead out of the site)",
                        "content/projekte/verweise.de.md:14: link target '/../../etc/passwd' points above the site's root folder"
                                + " (remove the '../' that lead out of the site)",
                        "content/projekte/verweise.de.md:16: link target 'file:///home/anna/brief.pdf' is a file on this computer, which readers"
                                + " cannot open (copy the file into the site, next to the page, and link it by name)",
                        "content/projekte/verweise.de.md:18: link target '..\\..\\..\\geheim.md' points above the site's root folder"
                                + " (remove the '../' that lead out of the site)");
    }

    @Test
    void symbolicLinksOutOfTheSiteToFoldersOrToNothingAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "Passwort: hunter2\n");
        Path outsideFolder = Files.createDirectories(dir.resolve("anderswo"));
        Files.writeString(outsideFolder.resolve("fremd.de.md"), "---\ntitle: Fremd\n---\nText\n");
        Files.createSymbolicLink(site.resolve("content/geheim.de.md"), secret);
        Files.createSymbolicLink(site.resolve("content/anderswo"), outsideFolder);
        Files.createSymbolicLink(site.resolve("content/schleife"), site.resolve("content"));
        Files.createSymbolicLink(site.resolve("content/verwaist.de.md"), site.resolve("content/gibt-es-nicht.de.md"));
        Files.createDirectories(site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets/schluessel.txt"), secret);
        Files.writeString(site.resolve("content/projekte/echt.de.md"), "---\ntitle: Echt\n---\nText\n");
        Files.createSymbolicLink(site.resolve("content/verlinkt.de.md"), site.resolve("content/projekte/echt.de.md"));

        assertThat(failingBuild())
                .containsExactly(
                        "assets/schluessel.txt: is a symbolic link to " + secret.toRealPath()
                                + ", outside the site folder; it is not published"
                                + " (copy the file into the site instead of linking it)",
                        "content/anderswo: is a symbolic link to " + outsideFolder.toRealPath()
                                + ", outside the site folder; it is not published"
                                + " (copy the file into the site instead of linking it)",
                        "content/geheim.de.md: is a symbolic link to " + secret.toRealPath()
                                + ", outside the site folder; it is not published"
                                + " (copy the file into the site instead of linking it)",
                        "content/schleife: is a symbolic link to a folder; mosaik follows links to files only"
                                + " (move the folder here, or link its files one by one)",
                        "content/verwaist.de.md: is a symbolic link to something that does not exist (delete the link or restore what it pointed at)");

        for (String link : List.of(
                "content/geheim.de.md",
                "content/anderswo",
                "content/schleife",
                "content/verwaist.de.md",
                "assets/schluessel.txt")) {
            Files.delete(site.resolve(link));
        }
        succeedingBuild();
        assertThat(page("de/verlinkt/index.html").selectFirst("h1").text())
                .as("a link to a file inside the site is read")
                .isEqualTo("Echt");
    }

    @Test
    void symbolicLinksOutOfTheSiteInI18nAndThemeAreRefusedBeforeTheyAreRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path outsideFolder = Files.createDirectories(dir.resolve("fremdes-theme"));
        Files.writeString(outsideFolder.resolve("page.html"), "<html><body>fremd</body></html>");
        Files.createDirectories(site.resolve("i18n"));
        Files.createDirectories(site.resolve("theme"));
        Files.createSymbolicLink(site.resolve("i18n/de.yaml"), secret);
        Files.createSymbolicLink(site.resolve("theme/page.html"), secret);
        Files.createSymbolicLink(site.resolve("theme/partials"), outsideFolder);
        Files.createSymbolicLink(site.resolve("theme/list.html"), site.resolve("theme/weg.html"));

        List<String> problems = failingBuild();
        String message =
                ": is a symbolic link; mosaik does not follow links out of the site (copy the file into the site instead of linking it)";
        assertThat(problems)
                .containsExactly(
                        "i18n/de.yaml" + message,
                        "theme/list.html" + message,
                        "theme/page.html" + message,
                        "theme/partials" + message);
        assertThat(String.join("\n", problems)).doesNotContain("root:x");
    }

    @Test
    void staticFileNamesThatDisguiseOrBreakAreRefusedAtTheirPath() throws IOException {
        Files.createDirectories(site.resolve("assets/docs"));
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of(
                "content/rechnung\u202Efdp.exe",
                "content/zeile\nzwei.txt",
                "content/a\\b.css",
                "content/c:d.png",
                "content/frage?.png",
                "content/stern*.png",
                "content/kleiner<.png",
                "content/pipe|.png",
                "content/quote\".png",
                "assets/CON.txt",
                "assets/docs/nul",
                "assets/com1.pdf",
                "assets/punkt.")) {
            Files.write(site.resolve(name), pdf);
        }
        // An ordinary name next to them, with the bytes its type has, is published.
        Files.write(
                site.resolve("assets/docs/Logo_2024.PNG"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        assertThat(failingBuild())
                .containsExactly(
                        "assets/CON.txt: 'CON.txt' is a device name on Windows, where no file can have it (rename the file)",
                        "assets/com1.pdf: 'com1.pdf' is a device name on Windows, where no file can have it (rename the file)",
                        "assets/docs/nul: 'nul' is a device name on Windows, where no file can have it (rename the file)",
                        "assets/punkt.: the file name 'punkt.' ends in a dot or space, which Windows drops (rename the file)",
                        "content/a\\b.css: the file name contains '\\', which web addresses or Windows do not allow in names (rename the file)",
                        "content/c:d.png: the file name contains ':', which web addresses or Windows do not allow in names (rename the file)",
                        "content/frage?.png: the file name contains '?', which web addresses or Windows do not allow in names (rename the file)",
                        "content/kleiner<.png: the file name contains '<', which web addresses or Windows do not allow in names (rename the file)",
                        "content/pipe|.png: the file name contains '|', which web addresses or Windows do not allow in names (rename the file)",
                        "content/quote\".png: the file name contains '\"', which web addresses or Windows do not allow in names (rename the file)",
                        "content/rechnung\\u202Efdp.exe: the file name contains a text direction control (U+202E), which can disguise its type"
                                + " (rename the file)",
                        "content/stern*.png: the file name contains '*', which web addresses or Windows do not allow in names (rename the file)",
                        "content/zeile\\u000Azwei.txt: the file name contains a control character (U+000A) (rename the file)");
    }

    @Test
    void aThemeFolderThatIsALinkOutOfTheSiteIsRefused() throws IOException {
        Path outsideFolder = Files.createDirectories(dir.resolve("fremdes-theme"));
        Files.writeString(outsideFolder.resolve("page.html"), "<html><body>fremd</body></html>");
        Files.createSymbolicLink(site.resolve("theme"), outsideFolder);
        assertThat(failingBuild())
                .containsExactly("theme: is a symbolic link; mosaik does not follow links out of the site"
                        + " (copy the file into the site instead of linking it)");
    }

    @Test
    void aContentFolderThatIsALinkOutOfTheSiteIsRefused() throws IOException {
        Path elsewhere = dir.resolve("fremder-inhalt");
        Files.move(site.resolve("content"), elsewhere);
        Files.createSymbolicLink(site.resolve("content"), elsewhere);
        assertThat(failingBuild())
                .contains("content: is a symbolic link to " + elsewhere.toRealPath() + ", outside the site folder"
                        + " (move or copy the folder into the site)");
    }

    @Test
    void twoPagesAtOneAddressAreRefusedAlsoWhenTheirNamesDifferOnlyInCaseOrUnicodeForm() throws IOException {
        add("same-url");
        // Made here: on case-insensitive or normalising file systems (macOS, Windows) git could not check these out.
        Files.writeString(site.resolve("content/projekte/Kontakt.de.md"), "---\ntitle: Kontakt groß\n---\nA\n");
        Files.writeString(site.resolve("content/projekte/kontakt.de.md"), "---\ntitle: Kontakt klein\n---\nB\n");
        Files.writeString(site.resolve("content/projekte/\u00fcber.de.md"), "---\ntitle: Über (NFC)\n---\nC\n");
        Files.writeString(site.resolve("content/projekte/u\u0308ber.de.md"), "---\ntitle: Über (NFD)\n---\nD\n");
        List<String> problems = failingBuild();
        assertThat(problems)
                .contains(
                        "content/projekte/dritte.de.md:1: alias '/de/projekte/sprachcafe/' is already the address of another page or alias",
                        "content/projekte/kontakt.de.md:1: has an address differing only in case from /de/projekte/Kontakt/ as"
                                + " content/projekte/Kontakt.de.md (give one of them another file name or 'slug')",
                        "content/projekte/zweite.de.md:1: has the same address /de/projekte/gleich/ as content/projekte/erste.de.md"
                                + " (give one of them another file name or 'slug')");
        assertThat(problems)
                .anySatisfy(
                        line -> assertThat(line)
                                .matches(
                                        "content/projekte/(u\u0308|\u00fc)ber\\.de\\.md: has the same name as"
                                                + " content/projekte/(u\u0308|\u00fc)ber\\.de\\.md, written with other Unicode characters .*"));
        assertThat(problems).hasSize(4);
    }

    /**
     * 10,000 files in one folder: 2,000 pages with four pictures each. All are scanned, read, checked and
     * published; pages are fewer than files because rendering speed is the benchmark's business (it builds
     * 10,000 and 100,000 pages), while what can break here is the scan, the listing and the copying.
     */
    @Test
    void tenThousandFilesInOneFolderBuild() throws IOException {
        Path folder = Files.createDirectories(site.resolve("content/viele"));
        Files.writeString(folder.resolve("_index.de.md"), "---\ntitle: Viele\n---\nZehntausend Dateien.\n");
        byte[] picture = Files.readAllBytes(fixture("pixel.png"));
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder("---\ntitle: Seite %d\nweight: %d\n---\n".formatted(i, i));
            for (int p = 0; p < 4; p++) {
                String name = "bild-%05d-%d.png".formatted(i, p);
                Files.write(folder.resolve(name), picture);
                text.append("![Bild ").append(p).append("](").append(name).append(")\n\n");
            }
            Files.writeString(folder.resolve("seite-%05d.de.md".formatted(i)), text.toString());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(10_001);
        }
        succeedingBuild();
        try (Stream<Path> published = Files.list(output.resolve("de/viele"))) {
            assertThat(published
                            .filter(Files::isDirectory)
                            .filter(d -> d.getFileName().toString().startsWith("seite-"))
                            .count())
                    .isEqualTo(2_000);
        }
        try (Stream<Path> published = Files.list(output.resolve("viele"))) {
            assertThat(published.count()).isEqualTo(8_000);
        }
        // The section lists them 50 a page, on 40 pages: its own and de/viele/seite/2/ to seite/40/.
        int listed = page("de/viele/index.html")
                .select("main a[href^=/de/viele/seite-]")
                .size();
        for (int n = 2; n <= 40; n++) {
            listed += page("de/viele/seite/" + n + "/index.html")
                    .select("main a[href^=/de/viele/seite-]")
                    .size();
        }
        assertThat(listed).isEqualTo(2_000);
        assertThat(output.resolve("de/viele/seite/41")).doesNotExist();
        assertThat(page("de/viele/seite-01999/index.html").select(".prose img[src=/viele/bild-01999-3.png]"))
                .hasSize(1);
    }

    @Test
    void listsQuotesAndEmphasisNestedThousandsOfLevelsDeepAreRefusedAtTheirLines() throws IOException {
        add("deep-nesting");
        String hint = " (no page needs that many levels; is part of the file garbled?)";
        assertThat(failingBuild())
                .containsExactly(
                        "content/betonung.de.md:6: more than 128 emphasis marks (* or _) in a row" + hint,
                        "content/eingerueckt.de.md:68: lists or quotes are nested more than 64 levels deep" + hint,
                        "content/listen.de.md:9: lists or quotes are nested more than 64 levels deep" + hint,
                        "content/zitate.de.md:4: lists or quotes are nested more than 64 levels deep" + hint);
    }

    @Test
    void markdownBuiltToBeSlowIsRefusedAtItsLinesWithinSeconds() throws IOException {
        Path content = site.resolve("content");
        Files.writeString(content.resolve("klammern.de.md"), "---\ntitle: Klammern\n---\n" + "[a](".repeat(40_000));
        StringBuilder footnotes = new StringBuilder("---\ntitle: Fußnoten\n---\nSiehe[^1].\n\n");
        for (int i = 1; i <= 50_000; i++) {
            footnotes
                    .append("[^")
                    .append(i)
                    .append("]: Siehe auch[^")
                    .append(i + 1)
                    .append("].\n\n");
        }
        Files.writeString(content.resolve("fussnoten.de.md"), footnotes);
        StringBuilder references = new StringBuilder("---\ntitle: Verweise\n---\n");
        for (int i = 0; i < 100_000; i++) {
            references
                    .append("[ziel")
                    .append(i)
                    .append("]: https://example.org/")
                    .append(i)
                    .append('\n');
        }
        Files.writeString(content.resolve("verweise.de.md"), references);
        List<String> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), this::failingBuild);
        assertThat(problems)
                .containsExactly(
                        "content/fussnoten.de.md:2004: more than 2,000 footnotes and references to footnotes"
                                + " (split the page; long lists of sources are easier to read as a list of their own)",
                        "content/klammern.de.md:4: more than 1,000 unclosed link brackets ('](' without ')' on the line)"
                                + " (close each link address with ')' on its line; is part of the file garbled?)",
                        "content/verweise.de.md:10004: more than 10,000 link reference definitions ([name]: address)"
                                + " (no page needs that many; is part of the file garbled?)");
    }

    @Test
    void aPageThatTakesLongerThanTheSitesLimitIsReportedAtItsFile() throws IOException {
        Files.writeString(
                site.resolve("site.yaml"),
                Files.readString(site.resolve("site.yaml")) + "check:\n  renderSeconds: 1\n");
        // Just under every count limit, and slow enough for a second on any machine: a list item per code fence.
        Files.writeString(
                site.resolve("content/lang.de.md"), "---\ntitle: Lang\n---\n" + "    - ```\n\n".repeat(300_000));
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(60), this::failingBuild))
                .containsExactly(
                        "content/lang.de.md: took longer than 1 s to render (look for very long lines or thousands of links,"
                                + " brackets or footnotes; 'check: {renderSeconds: N}' in site.yaml allows more time)");
    }

    @Test
    void icuMessagesNestedThousandsOfLevelsDeepAreRefusedAtTheirLine() throws IOException {
        Files.createDirectories(site.resolve("i18n"));
        Files.writeString(
                site.resolve("i18n/de.yaml"),
                "tief: \"" + "{n, select, other {".repeat(3_000) + "x" + "}}".repeat(3_000) + "\"\n");
        assertThat(failingBuild())
                .containsExactly(
                        "i18n/de.yaml:1: message 'tief' has braces nested more than 20 levels deep"
                                + " (no message needs that many; plurals and selects inside each other rarely go beyond three)");
    }

    @Test
    void emptyPagesAreErrorsWhileEmptyUiStringsAndAssetsAreFine() throws IOException {
        add("empty-files");
        String hint = " (start it with a line '---', then 'title: …', then another '---')";
        assertThat(failingBuild())
                .containsExactly(
                        "content/leer.de.md:1: the file is empty" + hint,
                        "content/nur-leerraum.de.md:1: the file is empty" + hint);
        Files.delete(site.resolve("content/leer.de.md"));
        Files.delete(site.resolve("content/nur-leerraum.de.md"));
        succeedingBuild();
        assertThat(output.resolve("leer.txt")).isEmptyFile();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(
                    HostileContentTest.class.getResource("/hostile/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every file below {@code root} with the SHA-256 of its bytes; links with their target. */
    /**
     * Every file and folder below {@code root} with its content hash, except the entries of mosaik's build cache: a
     * failed build keeps there the bodies it rendered without a problem (each checked again before a later build
     * uses it), which is writing into mosaik's own marked folder, not into the site or the output.
     */
    static Map<String, String> listing(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString();
                if (isCacheEntry(name)) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    files.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    files.put(name + "/", "folder");
                } else {
                    files.put(name, sha256(Files.readAllBytes(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static boolean isCacheEntry(String name) {
        int cache = name.indexOf(".mosaik-cache/");
        return cache >= 0 && !name.endsWith(".mosaik-cache/.gitignore") && !name.endsWith(".mosaik-cache/CACHEDIR.TAG");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
