package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJBakeTest {

    @TempDir
    Path dir;

    @Test
    @Tag("asciidoc")
    void importsJBakesExampleProjectKeepingEachPagesFormatWithYamlFrontMatterAndItsOldAddress() throws Exception {
        Path target = dir.resolve("site");
        TestSite.Run run = TestSite.run("import-jbake", "src/test/resources/jbake-example", "--to", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 5 pages", "templates/").doesNotContain("AsciiDoc");
        assertThat(Files.readString(target.resolve("site.yaml")))
                .contains("baseUrl: http://jbake.org/", "defaultLanguage: en");
        assertThat(Files.readString(target.resolve("content/blog/2013/second-post.en.md")))
                .startsWith(
                        "---\ntitle: Second Post\ndate: 2013-08-25\ntype: post\ntags:\n  - blog\naliases:\n  - /blog/2013/second-post.html\n---");
        assertThat(Files.readString(target.resolve("content/about.en.html")))
                .startsWith("---\ntitle: About\n")
                .contains("aliases:\n  - /about.html\n---", "<img src=\"about/jbake_logo.png\"");
        assertThat(Files.readString(target.resolve("content/blog/2013/third-post.en.adoc")))
                .as("a JBake header becomes front matter; the AsciiDoc stays")
                .startsWith("---\ntitle: Third Post\ndate: 2013-09-26\n")
                .contains("---\n\n= Third Post\nJonathan Bullock\n");
        String fourth = Files.readString(target.resolve("content/blog/2013/fourth-post.en.adoc"));
        assertThat(fourth)
                .as("an AsciiDoc header's jbake attributes become front matter, the rest of the header stays")
                .startsWith(
                        "---\ntitle: Fourth Post\ndate: 2013-10-17\ntype: post\ntags:\n  - blog\n  - asciidoc\naliases:\n  - /blog/2013/fourth-post.html\n---")
                .contains("= Fourth Post\nJonathan Bullock\n2013-10-17\n:idprefix:\n")
                .doesNotContain(":jbake-");

        TestSite.Run build = TestSite.run("build", "--source", target.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(Files.exists(target.resolve("public/about/jbake_logo.png"))).isTrue();
        assertThat(Files.exists(target.resolve("public/css/base.css"))).isTrue();
    }

    @Test
    void rewritesLinksToJBakeAddressesOfPagesToTheirSourceFilesInEveryFormat() throws Exception {
        Path jbake = dir.resolve("jbake");
        Files.createDirectories(jbake.resolve("content/blog/2020"));
        Files.writeString(jbake.resolve("jbake.properties"), "site.host=https://old.example.org\n");
        Files.writeString(jbake.resolve("content/about.html"), """
                title=About
                ~~~~~~
                <p><a href="blog/2020/post.html#part">Post</a>, <a href='https://old.example.org/blog/2020/notes.html'>notes</a>,
                <a href="https://elsewhere.example/about.html">elsewhere</a>, <a href="flyer.pdf">flyer</a></p>
                <h2 id="team">Team</h2>
                """);
        Files.writeString(jbake.resolve("content/flyer.pdf"), "%PDF-1.4\n");
        Files.writeString(jbake.resolve("content/blog/2020/post.md"), """
                title=Post
                ~~~~~~

                ## Part

                See [about us](../../about.html#team), [the notes](/blog/2020/notes.html) and [ref][r].
                The text about.html stays text.

                [r]: notes.html
                """);
        Files.writeString(jbake.resolve("content/blog/2020/notes.adoc"), """
                = Notes
                :jbake-type: post
                :jbake-status: published

                See link:post.html#part[the post] and link:../../about.html[about].
                """);
        Path target = dir.resolve("site");

        TestSite.Run run = TestSite.run("import-jbake", jbake.toString(), "--to", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(target.resolve("content/about.en.html")))
                .contains(
                        "href=\"/blog/2020/post.md#part\"",
                        "href='/blog/2020/notes.adoc'",
                        "href=\"https://elsewhere.example/about.html\"",
                        "href=\"flyer.pdf\"");
        assertThat(Files.readString(target.resolve("content/blog/2020/post.en.md")))
                .contains(
                        "[about us](/about.html#team)",
                        "[the notes](/blog/2020/notes.adoc)",
                        "[r]: /blog/2020/notes.adoc",
                        "The text about.html stays text.");
        assertThat(Files.readString(target.resolve("content/blog/2020/notes.en.adoc")))
                .contains("link:/blog/2020/post.md#part[the post]", "link:/about.html[about]")
                .doesNotContain(":jbake-");
    }

    @Test
    void rewrittenLinksBuildWithoutLinkErrorsAndOldAddressesForward() throws Exception {
        Path jbake = dir.resolve("jbake");
        Files.createDirectories(jbake.resolve("content/blog/2020"));
        Files.writeString(jbake.resolve("jbake.properties"), "site.host=https://old.example.org\n");
        Files.writeString(
                jbake.resolve("content/about.html"),
                "title=About\n~~~~~~\n<p><a href=\"blog/2020/post.html#part\">Post</a></p>\n"
                        + "<h2 id=\"team\">Team</h2>\n");
        Files.writeString(
                jbake.resolve("content/blog/2020/post.md"),
                "title=Post\n~~~~~~\n\n## Part\n\nSee [about us](../../about.html#team).\n");
        Path target = dir.resolve("site");
        assertThat(TestSite.run("import-jbake", jbake.toString(), "--to", target.toString())
                        .exitCode())
                .isZero();

        TestSite.Run build = TestSite.run("build", "--source", target.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).isBlank();
        Document about =
                Jsoup.parse(target.resolve("public/en/about/index.html").toFile());
        assertThat(about.select(".prose a").attr("href")).isEqualTo("/en/blog/2020/post/#part");
        Document post = Jsoup.parse(
                target.resolve("public/en/blog/2020/post/index.html").toFile());
        assertThat(post.select(".prose a").attr("href")).isEqualTo("/en/about/#team");
        assertThat(Files.readString(target.resolve("public/about.html"))).contains("url=/en/about/");
        assertThat(Files.readString(target.resolve("public/blog/2020/post.html")))
                .contains("url=/en/blog/2020/post/");
    }

    @Test
    void refusesToImportIntoAnExistingSite() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("site.yaml"), "baseUrl: https://example.org/\n");
        TestSite.Run run = TestSite.run("import-jbake", "src/test/resources/jbake-example", "--to", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("already exists");
    }

    /** A JBake project with {@code jbake.properties} and one page, as a hostile one would be written. */
    private Path jbakeProject(String properties) throws Exception {
        Path jbake = dir.resolve("jbake");
        Files.createDirectories(jbake.resolve("content"));
        Files.writeString(jbake.resolve("jbake.properties"), properties);
        Files.writeString(
                jbake.resolve("content/about.md"),
                "title=About: \"us\"\nstatus=published\ntags=a: b, #c\n~~~~~~\n\nText.\n");
        return jbake;
    }

    @Test
    void importedYamlIsEscapedSoThatPropertiesCannotAddKeys() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org\nsite.title=Evil\\n\\\nmarkdown:\\n  rawHtml: true\n");
        Path target = dir.resolve("site");
        TestSite.Run run = TestSite.run("import-jbake", jbake.toString(), "--to", target.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        dev.mosaik.diag.Problems problems = new dev.mosaik.diag.Problems();
        dev.mosaik.config.SiteConfig config =
                new dev.mosaik.config.SiteConfigReader().read(target, problems).orElseThrow();
        assertThat(config.publish().rawHtml()).as("the title stays a title").isFalse();
        assertThat(config.defaultLanguage().title()).isEqualTo("Evil\nmarkdown:\n  rawHtml: true");
        String page = Files.readString(target.resolve("content/about.en.md"));
        assertThat(page).contains("title: 'About: \"us\"'");
        TestSite.Run build = TestSite.run("build", "--source", target.toString(), "--no-pdf");
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void aHostThatIsNotAWebAddressIsRefused() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org/\\nmarkdown:\\n  rawHtml: true\n");
        TestSite.Run run = TestSite.run(
                "import-jbake", jbake.toString(), "--to", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site.host must be an http(s) address");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aLanguageThatIsNotALanguageCodeIsAUsageError() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org\n");
        TestSite.Run run = TestSite.run(
                "import-jbake",
                jbake.toString(),
                "--to",
                dir.resolve("site").toString(),
                "--lang",
                "en\nmarkdown:\n  rawHtml: true");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang must be a language code");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aLinkOutOfTheJBakeProjectIsNotImported() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org\n");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
        Files.createSymbolicLink(jbake.resolve("content/secret.txt"), secret);
        TestSite.Run run = TestSite.run(
                "import-jbake", jbake.toString(), "--to", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/secret.txt: is a symbolic link; mosaik does not follow links out of the site");
        assertThat(dir.resolve("site/content/secret.txt")).doesNotExist();
    }

    @Test
    void refusesToImportIntoAFolderThatIsNotEmpty() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org\n");
        Path target = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(target.resolve("thesis.odt"), "work");
        TestSite.Run run = TestSite.run("import-jbake", jbake.toString(), "--to", target.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not empty");
        try (var files = Files.list(target)) {
            assertThat(files).hasSize(1);
        }
    }
}
