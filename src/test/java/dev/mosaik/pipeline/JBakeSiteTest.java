package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JBake sites build: HTML pages with a JBake header and AsciiDoc pages are pages in the theme, and every address
 * JBake gave a page still answers. Tested on JBake's own example project (src/test/resources/jbake-example), built as
 * it is and after {@code import-jbake}.
 */
class JBakeSiteTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/jbake-example");
    private static final String SITE_YAML = """
            baseUrl: https://example.org/
            defaultLanguage: en
            languages:
              - code: en
                title: JBake
            """;

    private static final String ONE_LANGUAGE = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Testseite
            """;

    @TempDir
    Path dir;

    @Test
    @Tag("asciidoc")
    void buildsJBakesExampleProjectAsItIsAndEveryOldAddressAnswers() throws IOException {
        copy(EXAMPLE.resolve("content"), dir.resolve("content"));
        copy(EXAMPLE.resolve("assets"), dir.resolve("assets"));
        Files.writeString(dir.resolve("site.yaml"), SITE_YAML);
        Files.writeString(dir.resolve("content/_index.en.md"), "---\ntitle: Home\n---\n\nHome.\n");

        TestSite.Run run = TestSite.run("build", "--source", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("no link errors, no warnings").isBlank();
        assertPagesOfTheExample(dir.resolve("public"));
        assertEveryOldAddressAnswers(dir.resolve("public"));
    }

    @Test
    @Tag("asciidoc")
    void importsJBakesExampleProjectAndEveryOldAddressAnswers() throws IOException {
        Path site = dir.resolve("site");
        TestSite.Run imported = TestSite.run("import-jbake", EXAMPLE.toString(), "--to", site.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        TestSite.Run run = TestSite.run("build", "--source", site.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("no link errors, no warnings").isBlank();
        assertPagesOfTheExample(site.resolve("public"));
        assertEveryOldAddressAnswers(site.resolve("public"));
    }

    private static void assertPagesOfTheExample(Path output) throws IOException {
        Document about = Jsoup.parse(output.resolve("en/about/index.html").toFile());
        assertThat(about.select("h1").text()).isEqualTo("About");
        assertThat(about.select(".prose img").attr("src"))
                .as("relative to the page's folder, as in JBake")
                .isEqualTo("/about/jbake_logo.png");
        assertThat(about.text()).doesNotContain("title=", "~~~~~~");
        Document first =
                Jsoup.parse(output.resolve("en/blog/2013/first-post/index.html").toFile());
        assertThat(first.select("h1").text()).isEqualTo("First Post");
        assertThat(first.select(".prose pre code").text()).contains("package org.jbake;");
        Document third =
                Jsoup.parse(output.resolve("en/blog/2013/third-post/index.html").toFile());
        assertThat(third.select("h1").text()).isEqualTo("Third Post");
        assertThat(third.select(".prose .ulist a").eachAttr("href"))
                .containsExactly("http://example.org", "http://example.org");
        assertThat(third.select(".prose").text())
                .as("the AsciiDoc title is the page's, not repeated in the body")
                .doesNotContain("Third Post", "Jonathan Bullock");
        Document fourth = Jsoup.parse(
                output.resolve("en/blog/2013/fourth-post/index.html").toFile());
        assertThat(fourth.select("h1").text())
                .as("title from the AsciiDoc header")
                .isEqualTo("Fourth Post");
        assertThat(fourth.select(".prose img").attr("src")).isEqualTo("/img/beach.jpg");
        assertThat(fourth.select(".prose img").attr("alt")).isEqualTo("Beach");
        assertThat(fourth.select(".prose").text()).doesNotContain(":jbake-type:", "reference to image");
        assertThat(fourth.select("time").attr("datetime"))
                .as("the revision date is the page's date")
                .startsWith("2013-10-17");
        assertThat(Jsoup.parse(output.resolve("en/tags/asciidoc/index.html").toFile())
                        .select("main a")
                        .eachText())
                .contains("Third Post", "Fourth Post");
    }

    /** Every content file's JBake address ({@code blog/2013/first-post.html}) is a page or forwards to one. */
    private static void assertEveryOldAddressAnswers(Path output) throws IOException {
        List<String> addresses;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("content"))) {
            addresses = files.filter(Files::isRegularFile)
                    .map(f -> EXAMPLE.resolve("content").relativize(f).toString())
                    .filter(f -> f.matches(".*\\.(md|html|adoc)"))
                    .map(f -> f.replaceFirst("\\.[a-z]+$", ".html"))
                    .sorted()
                    .toList();
        }
        assertThat(addresses)
                .containsExactly(
                        "about.html",
                        "blog/2013/first-post.html",
                        "blog/2013/fourth-post.html",
                        "blog/2013/second-post.html",
                        "blog/2013/third-post.html");
        for (String address : addresses) {
            Path file = output.resolve(address);
            assertThat(file).as(address).isRegularFile();
            String refresh = Jsoup.parse(file.toFile())
                    .select("meta[http-equiv=refresh]")
                    .attr("content");
            String target = refresh.replaceFirst("^0; url=", "");
            assertThat(target).as(address + " forwards").startsWith("/en/");
            assertThat(output.resolve(target.substring(1) + "index.html"))
                    .as(address + " forwards to a page")
                    .isRegularFile();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void htmlPageWithAJBakeHeaderIsAPageInTheThemeWithoutScripts() {
        TestSite site = TestSite.write(dir, ONE_LANGUAGE + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/blog/post.html --
                title=Ein Beitrag
                date=2024-03-01
                type=post
                ~~~~~~

                <p>Erster Absatz mit <a href="../ueber.html#team">Link</a> und <a href="flyer.pdf">Datei</a>.</p>

                <p onclick="alert(1)">Zweiter</p>
                <script>alert(2)</script>
                -- content/blog/flyer.pdf --
                %PDF-1.4
                -- content/ueber.html --
                title=Über uns
                ~~~~~~
                <h2 id="team">Team</h2>
                """);

        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document post = site.page("de/blog/post/index.html");
        assertThat(post.select("h1").text()).isEqualTo("Ein Beitrag");
        assertThat(post.select(".prose p").first().text()).isEqualTo("Erster Absatz mit Link und Datei.");
        assertThat(post.select(".prose a").eachAttr("href"))
                .as("a JBake address of a page goes to the page, a file next to the page to the file")
                .containsExactly("/de/ueber/#team", "/blog/flyer.pdf");
        assertThat(post.select("script"))
                .as("no script of the page's")
                .allMatch(s -> !s.data().contains("alert"));
        assertThat(post.select("[onclick]")).isEmpty();
        assertThat(run.err()).contains("content/blog/post.html:8: warning: HTML that could run scripts was removed");
        assertThat(site.output().resolve("blog/post.html"))
                .as("JBake's address forwards")
                .isRegularFile();
        assertThat(site.text("blog/post.html")).contains("url=/de/blog/post/");
    }

    @Test
    void htmlFileWithoutAJBakeHeaderIsNoPage() {
        TestSite site = TestSite.write(dir, ONE_LANGUAGE + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/alt/seite.html --
                <p>Just a file</p>
                """);

        site.build();

        assertThat(site.output().resolve("de/alt/seite/index.html")).doesNotExist();
    }

    @Test
    @Tag("asciidoc")
    void asciidocPageIsConvertedSecurelyIncludesNothingAndRunsNoScript() {
        TestSite site = TestSite.write(dir, ONE_LANGUAGE + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/geheim.txt --
                GEHEIMNIS
                -- content/seite.adoc --
                = Eine Seite
                :jbake-type: page

                == Abschnitt

                include::geheim.txt[]

                ++++
                <script>alert(1)</script>
                ++++

                Siehe link:seite.html[diese Seite] und <<_abschnitt,den Abschnitt>> und <<fehlt,nichts>>.

                ==== Zu tief
                """);

        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = site.page("de/seite/index.html");
        assertThat(page.select("h1").text()).isEqualTo("Eine Seite");
        assertThat(page.select(".prose h2").text()).isEqualTo("Abschnitt");
        assertThat(page.text())
                .as("SafeMode.SECURE: includes become links, no file is read")
                .doesNotContain("GEHEIMNIS", "root:");
        assertThat(page.select("script")).allMatch(s -> !s.data().contains("alert"));
        assertThat(page.select(".prose a").eachAttr("href")).contains("/de/seite/");
        assertThat(run.err())
                .contains(
                        "content/seite.adoc:1: warning: HTML that could run scripts was removed",
                        "content/seite.adoc:14: warning: AsciiDoc: section title out of sequence");
        assertThat(run.err()).as("AsciidoctorJ's own log stays quiet").doesNotContain("INFO:", "substitutors.rb");
    }

    @Test
    @Tag("asciidoc")
    void asciidocIncludeOfAFileOutsideTheSiteReadsNothingAndIsABrokenLinkAtItsLine() {
        TestSite site = TestSite.write(dir, ONE_LANGUAGE + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/seite.adoc --
                = Eine Seite
                :jbake-type: page

                include::/etc/passwd[]
                """);

        TestSite.Run run = site.build();

        // SafeMode.SECURE turns the include into a link to the path; the link check then finds it leads nowhere.
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/seite.adoc:4: link target '/etc/passwd' does not exist")
                .doesNotContain("root:");
    }
}
