package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing from content takes an address the theme or the build generates (issue 15, point 2; issue 20's one
 * claim per address): a page, an alias or a file published as it is at such an address is an error at its file
 * and line, the previous output stays as it was, and the failure is the same on every build.
 */
class GeneratedAddressesTest {

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void buildThePreviousSite() {
        site = TestSite.write(dir.resolve("site"), """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Willkommen.
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                Alle Projekte.
                -- content/projekte/sprachcafe.de.md --
                ---
                title: Sprachcafé
                tags: [Sprache]
                ---
                Jeden Dienstag.
                """);
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private TestSite.Run build() {
        return site.build("--output", dir.resolve("out").toString(), "--no-pdf", "--build-date", "2026-06-01");
    }

    /** Builds, expects exit 1 and the previous output untouched; returns the problem lines. */
    private List<String> failingBuild() {
        Map<String, String> before = HostileContentTest.listing(dir.resolve("out"));
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("disk full");
        assertThat(HostileContentTest.listing(dir.resolve("out")))
                .as("the previous output is intact")
                .isEqualTo(before);
        List<String> lines = run.errLines();
        return lines.subList(0, lines.size() - 1);
    }

    @Test
    void anEditorsScriptCannotReplaceTheThemesScriptEvenWhereScriptsArePublished() throws Exception {
        // Without the opt-in, the script is refused for its type already (PublishedFileTypesTest).
        site.file("site.yaml", Files.readString(site.root().resolve("site.yaml")) + "publish:\n  rawFiles: [js]\n");
        site.file("content/mosaik/chooser.js", "alert(document.cookie)\n");
        assertThat(failingBuild())
                .contains("content/mosaik/chooser.js: the file takes the address /mosaik/chooser.js,"
                        + " which the theme's own file uses (rename or move the file)");
    }

    @Test
    void aSitesAssetMayStillReplaceTheThemesStylesheet() throws Exception {
        site.file("assets/mosaik/site.css", "body { color: black; }\n");
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/mosaik/site.css"))).isEqualTo("body { color: black; }\n");
    }

    @Test
    void contentFilesAtGeneratedFilesAreErrorsNotSilentlyDropped() {
        site.file("content/robots.txt", "User-agent: *\nDisallow:\n");
        site.file("content/de/feed.json", "{}\n");
        site.file("assets/de/suche/search.json", "{}\n");
        assertThat(failingBuild())
                .containsExactly(
                        "assets/de/suche/search.json: the file takes the address /de/suche/search.json, which mosaik generates"
                                + " (rename or move the file; assets/ may replace only the theme's files (mosaik/…))",
                        "content/de/feed.json: the file takes the address /de/feed.json, which mosaik generates (rename or move the file)",
                        "content/robots.txt: the file takes the address /robots.txt, which mosaik generates (rename or move the file)");
    }

    @Test
    void aliasesAtGeneratedAddressesAreErrorsAtTheirLines() {
        site.file("content/projekte/alt.de.md", """
                ---
                title: Alt
                aliases:
                  - /index.html
                  - /de/suche/
                  - /robots.txt
                  - /sitemap.xml
                  - /de/atom.xml
                  - /404.html
                  - /de/index.html
                  - /de/schlagwoerter/sprache/
                  - /mosaik/search.js
                ---
                Umgezogen.
                """);
        assertThat(failingBuild())
                .containsExactly(
                        "content/projekte/alt.de.md:4: alias '/index.html' takes the address /index.html, which mosaik generates"
                                + " (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:5: alias '/de/suche/' takes the address /de/suche/index.html, which mosaik generates"
                                + " (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:6: alias '/robots.txt/' takes the address /robots.txt, which mosaik generates"
                                + " (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:7: alias '/sitemap.xml/' takes the address /sitemap.xml, which mosaik generates"
                                + " (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:8: alias '/de/atom.xml/' takes the address /de/atom.xml, which mosaik generates"
                                + " (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:9: alias '/404.html' takes the address /404.html, which mosaik generates"
                                + " (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:10: alias '/de/index.html' takes the address /de/index.html, which the page in"
                                + " content/_index.de.md also takes (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:11: alias '/de/schlagwoerter/sprache/' takes the address /de/schlagwoerter/sprache/index.html,"
                                + " which mosaik generates (remove the alias or choose another address)",
                        "content/projekte/alt.de.md:12: alias '/mosaik/search.js/' takes the address /mosaik/search.js, which the theme's own"
                                + " file uses (remove the alias or choose another address)");
    }

    @Test
    void pagesAtGeneratedPagesAddressesAreErrors() {
        site.file("content/suche.de.md", "---\ntitle: Suche\n---\nText\n");
        site.file("content/schlagwoerter/_index.de.md", "---\ntitle: Schlagwörter\n---\nText\n");
        assertThat(failingBuild())
                .containsExactly(
                        "content/schlagwoerter/_index.de.md:1: has the address /de/schlagwoerter/, which the tags pages use"
                                + " (move the page or give it another 'slug')",
                        "content/suche.de.md:1: has the address /de/suche/, which the search page uses (move the page or give it another 'slug')");
    }

    @Test
    void everyKindOfAddressClashInTheContentIsReportedInOneBuild() {
        // Page against page, file, taxonomy, search page and A–Z index, and alias against page: one report.
        site.file("content/projekte/zweite.de.md", "---\ntitle: Zweite\nslug: sprachcafe\n---\nB\n");
        site.file("content/kontakt.de.md", "---\ntitle: Kontakt\n---\nText\n");
        site.file("assets/de/kontakt/index.html", "<p>alt</p>\n");
        site.file("content/schlagwoerter/_index.de.md", "---\ntitle: Schlagwörter\n---\nText\n");
        site.file("content/suche.de.md", "---\ntitle: Suche\n---\nText\n");
        site.file("content/a-z.de.md", "---\ntitle: A bis Z\nslug: a-z\n---\nText\n");
        site.file("content/alt.de.md", "---\ntitle: Alt\naliases: [/de/projekte/]\n---\nUmgezogen.\n");
        assertThat(failingBuild())
                .containsExactly(
                        "assets/de/kontakt/index.html: HTML files are not published, since their scripts would run with"
                                + " the site's address (if every editor of this site may publish scripts, add 'html' to"
                                + " 'publish: {rawFiles: [...]}' in site.yaml; see docs/security.md)",
                        "content/a-z.de.md:1: has the address /de/a-z/, which the A–Z index uses"
                                + " (move the page or give it another 'slug')",
                        "content/alt.de.md:1: alias '/de/projekte/' is already the address of another page or alias",
                        "content/kontakt.de.md:1: its address /de/kontakt/ is also where the file de/kontakt/index.html"
                                + " is published; the page would overwrite it"
                                + " (move or rename the file, or give the page another 'slug')",
                        "content/projekte/zweite.de.md:1: has the same address /de/projekte/sprachcafe/ as"
                                + " content/projekte/sprachcafe.de.md (give one of them another file name or 'slug')",
                        "content/schlagwoerter/_index.de.md:1: has the address /de/schlagwoerter/, which the tags pages use"
                                + " (move the page or give it another 'slug')",
                        "content/suche.de.md:1: has the address /de/suche/, which the search page uses"
                                + " (move the page or give it another 'slug')");
    }

    @Test
    void anAliasOnTheSearchPageFailsTheSameWayOnEveryBuild() {
        site.file("content/projekte/alt.de.md", "---\ntitle: Alt\naliases: [/de/suche/]\n---\nUmgezogen.\n");
        List<String> first = failingBuild();
        for (int i = 0; i < 3; i++) {
            assertThat(failingBuild()).isEqualTo(first);
        }
        assertThat(first)
                .containsExactly(
                        "content/projekte/alt.de.md:3: alias '/de/suche/' takes the address /de/suche/index.html,"
                                + " which mosaik generates (remove the alias or choose another address)");
    }

    @Test
    void checkReportsAnAliasOnAGeneratedPageOrTheThemesFilesAsTheBuildWould() {
        site.file(
                "content/projekte/alt.de.md",
                "---\ntitle: Alt\naliases:\n  - /de/suche/\n  - /mosaik/site.css\n---\nUmgezogen.\n");
        TestSite.Run run = TestSite.run("check", "--source", site.root().toString(), "--build-date", "2026-06-01");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/projekte/alt.de.md:4: alias '/de/suche/' takes the address /de/suche/index.html, which mosaik generates",
                        "content/projekte/alt.de.md:5: alias '/mosaik/site.css/' takes the address /mosaik/site.css, which the theme's own file uses");
    }
}
