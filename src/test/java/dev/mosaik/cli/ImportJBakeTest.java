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
        assertThat(post).startsWith("---\ntitle: \"Second Post\"\ndate: 2013-08-25\ntype: \"post\"\ntags: [\"blog\"]\n---");

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
}
