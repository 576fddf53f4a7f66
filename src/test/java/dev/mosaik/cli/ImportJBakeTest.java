package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJBakeTest {

    @TempDir
    Path dir;

    @Test
    void importsJBakesExampleProjectIntoASiteThatBuilds() throws Exception {
        Path target = dir.resolve("site");
        TestSite.Run run = TestSite.run("import-jbake", "src/test/resources/jbake-example", "--to", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 4 pages", "third-post.ad (AsciiDoc is not supported", "templates/");
        assertThat(Files.readString(target.resolve("site.yaml"))).contains("baseUrl: http://jbake.org/", "defaultLanguage: en");
        String post = Files.readString(target.resolve("content/blog/2013/second-post.en.md"));
        assertThat(post).startsWith("---\ntitle: Second Post\ndate: 2013-08-25\ntype: post\ntags:\n  - blog\n---");

        TestSite.Run build = TestSite.run("build", "--source", target.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        Document about = Jsoup.parse(target.resolve("public/en/about/index.html").toFile());
        assertThat(about.select("h1").text()).isEqualTo("About");
        assertThat(about.select(".prose img").attr("src")).isEqualTo("/about/jbake_logo.png");
        assertThat(Files.exists(target.resolve("public/about/jbake_logo.png"))).isTrue();
        assertThat(Files.exists(target.resolve("public/css/base.css"))).isTrue();
        assertThat(Files.exists(target.resolve("public/en/blog/2013/draft-post/index.html"))).isFalse();
        assertThat(Jsoup.parse(target.resolve("public/en/blog/2013/first-post/index.html").toFile()).select(".prose pre").text())
                .contains("package org.jbake;");
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
        Files.writeString(jbake.resolve("content/about.md"), "title=About: \"us\"\nstatus=published\ntags=a: b, #c\n~~~~~~\n\nText.\n");
        return jbake;
    }

    @Test
    void importedYamlIsEscapedSoThatPropertiesCannotAddKeys() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org\nsite.title=Evil\\n\\\nmarkdown:\\n  rawHtml: true\n");
        Path target = dir.resolve("site");
        TestSite.Run run = TestSite.run("import-jbake", jbake.toString(), "--to", target.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        dev.mosaik.diag.Problems problems = new dev.mosaik.diag.Problems();
        dev.mosaik.config.SiteConfig config = new dev.mosaik.config.SiteConfigReader().read(target, problems).orElseThrow();
        assertThat(config.rawHtml()).as("the title stays a title").isFalse();
        assertThat(config.defaultLanguage().title()).isEqualTo("Evil\nmarkdown:\n  rawHtml: true");
        String page = Files.readString(target.resolve("content/about.en.md"));
        assertThat(page).contains("title: 'About: \"us\"'");
        TestSite.Run build = TestSite.run("build", "--source", target.toString(), "--no-pdf");
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void aHostThatIsNotAWebAddressIsRefused() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org/\\nmarkdown:\\n  rawHtml: true\n");
        TestSite.Run run = TestSite.run("import-jbake", jbake.toString(), "--to", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site.host must be an http(s) address");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aLanguageThatIsNotALanguageCodeIsAUsageError() throws Exception {
        Path jbake = jbakeProject("site.host=https://example.org\n");
        TestSite.Run run = TestSite.run("import-jbake", jbake.toString(), "--to", dir.resolve("site").toString(), "--lang",
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
        TestSite.Run run = TestSite.run("import-jbake", jbake.toString(), "--to", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/secret.txt: is a symbolic link; mosaik does not follow links out of the site");
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
