package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user mistake gives a {@code path:line:} message, exit 1, no stack trace and the old output intact. */
class BadInputTest {

    @TempDir
    Path dir;

    private TestSite builtSite() {
        TestSite site = TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Hallo.
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                Liste.
                """);
        assertThat(site.build().exitCode()).isZero();
        return site;
    }

    private TestSite.Run buildExpectingFailure(TestSite site) throws Exception {
        String before = site.text("de/index.html");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.text("de/index.html"))
                .as("the previous output stays as it was")
                .isEqualTo(before);
        assertThat(Files.list(dir).filter(p -> isStaging(p.getFileName().toString())))
                .as("no staging folder is left")
                .isEmpty();
        return run;
    }

    @Test
    void malformedYamlIsReportedWithItsLine() throws Exception {
        TestSite site = builtSite();
        site.file("content/kaputt.de.md", "---\ntitle: Kaputt\nsummary: [nicht geschlossen\n---\nText\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err()).containsPattern("content/kaputt\\.de\\.md:[34]: invalid YAML");
    }

    @Test
    void unknownFrontMatterKeyGetsADidYouMean() throws Exception {
        TestSite site = builtSite();
        site.file("content/seite.de.md", "---\ntitle: Seite\nsumary: Kurz\n---\nText\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err()).contains("content/seite.de.md:3: unknown key 'sumary' (did you mean 'summary'?)");
    }

    @Test
    void aDateThatIsNotADateIsReportedAtItsLine() throws Exception {
        TestSite site = builtSite();
        site.file("content/seite.de.md", "---\ntitle: Seite\n\ndate: morgen\n---\nText\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err()).contains("content/seite.de.md:4: 'date' must be a date like 2024-05-31, not 'morgen'");
    }

    @Test
    void aFileNameWithoutAKnownLanguageIsAnError() throws Exception {
        TestSite site = builtSite();
        site.file("content/seite.fr.md", "---\ntitle: Page\n---\nTexte\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .contains("content/seite.fr.md: unknown language 'fr' in the file name; site.yaml lists de, en, ar");
    }

    @Test
    void twoPagesWithTheSameAddressAreAnError() throws Exception {
        TestSite site = builtSite();
        site.file("content/projekte/a.de.md", "---\ntitle: A\nslug: gleich\n---\nA\n");
        site.file("content/projekte/b.de.md", "---\ntitle: B\nslug: Gleich\n---\nB\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .contains(
                        "content/projekte/b.de.md:1: has an address differing only in case from /de/projekte/gleich/ as content/projekte/a.de.md");
    }

    @Test
    void aStaticFileAtAPagesAddressIsAnErrorNotSilentlyOverwritten() throws Exception {
        TestSite site = builtSite();
        site.file("content/seite.de.md", "---\ntitle: Seite\n---\nText\n");
        site.file("assets/de/seite/index.html", "<p>alt</p>\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .contains(
                        "content/seite.de.md:1: its address /de/seite/ is also where the file de/seite/index.html is published");
    }

    @Test
    void aMissingImageAndAnImageWithoutAltTextAreReportedAtTheirLines() throws Exception {
        TestSite site = builtSite();
        site.file(
                "content/seite.de.md",
                "---\ntitle: Seite\n---\nText\n\n![Ein Bild](fehlt.png)\n\n![](/auch-fehlt.png)\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .contains("content/seite.de.md:6: image 'fehlt.png' not found")
                .contains("content/seite.de.md:8: image '/auch-fehlt.png' has no alt text");
    }

    @Test
    void aBrokenLinkToAnotherPageSuggestsTheClosestPage() throws Exception {
        TestSite site = builtSite();
        site.file("content/seite.de.md", "---\ntitle: Seite\n---\nSiehe [Projekte](/projekt/_index.md).\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .contains(
                        "content/seite.de.md:4: link target '/projekt/_index.md' does not exist (did you mean '/projekte/_index.md'?)");
    }

    @Test
    void reportsAllProblemsOfABuildAtOnce() throws Exception {
        TestSite site = builtSite();
        site.file("content/a.de.md", "---\ntitle: A\nwieght: 3\n---\nA\n");
        site.file("content/b.de.md", "---\ntitle: B\ndraft: vielleicht\n---\nB\n");
        site.file("content/c.de.md", "Kein Kopf\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .contains("content/a.de.md:3: unknown key 'wieght' (did you mean 'weight'?)")
                .contains("content/b.de.md:3: 'draft' must be true or false, not 'vielleicht'")
                .contains("content/c.de.md:1: the file has no front matter")
                .contains("3 errors");
    }

    @Test
    void siteYamlMistakesAreReportedWithTheirLines() throws Exception {
        TestSite site = builtSite();
        site.file("site.yaml", """
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    titel: Testseite
                    direction: sideways
                """);
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .contains("site.yaml:5: unknown key 'titel' (did you mean 'title'?)")
                .contains("site.yaml:6: direction must be 'ltr' or 'rtl', not 'sideways'");
    }

    @Test
    void aMenuEntryPointingNowhereIsReportedInSiteYaml() throws Exception {
        TestSite site = builtSite();
        site.file(
                "site.yaml",
                TestSite.SITE_YAML
                        .replace("-- site.yaml --\n", "")
                        .replace("page: /projekte/_index.md\n  - code: en", "page: /projekt.md\n  - code: en"));
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err())
                .containsPattern("site.yaml:7: menu entry 'Projekte' points at '/projekt.md', which does not exist");
    }

    @Test
    void aTemplateErrorNamesTheTemplateLine() throws Exception {
        TestSite site = builtSite();
        site.file(
                "theme/page.html",
                "<!DOCTYPE html>\n<html>\n<body>\n<p th:text=\"${page.nonsense}\">x</p>\n</body></html>");
        site.file("content/seite.de.md", "---\ntitle: Seite\n---\nText\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err()).contains("theme/page.html:4: template failed while rendering content/seite.de.md");
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        TestSite.Run run = TestSite.run("build", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void aFailedWriteRemovesItsStagingFolderAndKeepsThePreviousSite() throws Exception {
        TestSite site = builtSite();
        for (int i = 0; i < 60; i++) {
            site.file("content/projekte/p" + i + ".de.md", "---\ntitle: Projekt " + i + "\n---\nText " + i + ".\n");
        }
        assertThat(site.build().exitCode()).isZero();
        String before = site.text("de/index.html");
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        // A disk that fills up while pages are rendered in parallel: one write fails as the real one would, and
        // the others, slowed down, are still running when the build gives up.
        SiteBuilder builder = new SiteBuilder(folder -> new dev.mosaik.output.OutputTarget() {
            private final dev.mosaik.output.OutputFolder real = dev.mosaik.output.OutputFolder.begin(folder);

            @Override
            public void write(String outputFile, byte[] content) {
                if (outputFile.endsWith(".html") && writes.incrementAndGet() == 10) {
                    throw new java.io.UncheckedIOException(
                            "cannot write " + outputFile, new java.io.IOException("No space left on device"));
                }
                try {
                    Thread.sleep(outputFile.endsWith(".html") ? 5 : 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                real.write(outputFile, content);
            }

            @Override
            public void copy(Path source, String outputFile) throws java.io.IOException {
                real.copy(source, outputFile);
            }

            @Override
            public void commit() throws java.io.IOException {
                real.commit();
            }

            @Override
            public java.util.List<String> changed() {
                return real.changed();
            }

            @Override
            public void close() throws java.io.IOException {
                real.close();
            }
        });
        BuildResult result = builder.build(BuildOptions.of(dir, site.output()).withPdf(false));

        assertThat(result.published()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString()).contains("No space left on device"));
        assertThat(site.text("de/index.html"))
                .as("the previous output stays as it was")
                .isEqualTo(before);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no staging folder is left")
                    .noneMatch(BadInputTest::isStaging);
        }
    }

    @Test
    void anEmptyLanguageListIsAnErrorAtItsLineInBuildAndCheck() throws Exception {
        TestSite site = builtSite();
        site.file("site.yaml", "baseUrl: https://example.org/\ndefaultLanguage: de\nlanguages: []\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err()).contains("site.yaml:3: 'languages' lists no language");
        TestSite.Run check = TestSite.run("check", "--source", dir.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out() + check.err())
                .contains("site.yaml:3: 'languages' lists no language")
                .doesNotContain("no problems");
    }

    @Test
    void aJavascriptMenuUrlIsAnErrorAtItsLine() throws Exception {
        TestSite site = builtSite();
        site.file(
                "site.yaml",
                TestSite.SITE_YAML
                        .replace("-- site.yaml --\n", "")
                        .replace(
                                "page: /projekte/_index.md\n  - code: en",
                                "page: /projekte/_index.md\n      - title: Klick\n        url: \" JavaScript:alert(1)\"\n  - code: en"));
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err()).contains("site.yaml:10: menu url ' JavaScript:alert(1)' is not allowed");
    }

    @Test
    void aLineBreakInTheNewslettersSenderIsAnErrorAtItsLine() throws Exception {
        TestSite site = builtSite();
        site.file(
                "site.yaml",
                TestSite.SITE_YAML.replace("-- site.yaml --\n", "")
                        + "params:\n  newsletterFrom: \"Wetzlar <n@example.org>\\r\\nBcc: all@example.org\"\n");
        TestSite.Run run = buildExpectingFailure(site);
        assertThat(run.err()).containsPattern("site.yaml:\\d+: params.newsletterFrom must be one line");
    }

    /** A staging folder (new site) or the swapped-out old site; not the build cache, which stays on purpose. */
    static boolean isStaging(String name) {
        return name.contains(".mosaik-new-") || name.contains(".mosaik-old-");
    }
}
