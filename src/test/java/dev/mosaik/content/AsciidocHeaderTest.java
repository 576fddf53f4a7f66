package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsciidocHeaderTest {

    private static final SourceFile FILE = ContentTestSupport.file("content/blog/post.adoc", "blog/post", "en");

    private static FrontMatter read(String text, Problems problems) {
        return new FrontMatterReader()
                .read(FILE, text, problems)
                .map(SourceDocument::frontMatter)
                .orElse(null);
    }

    @Test
    void readsTitleRevisionDateAndJBakeAttributesAndKeepsTheJBakeAddressAsAlias() {
        Problems problems = new Problems();
        FrontMatter front = read("""
                // a comment
                = Fourth Post
                Jonathan Bullock
                v1.2, 2013-10-17: first version
                :jbake-type: post
                :jbake-tags: blog, asciidoc
                :idprefix:

                Text.
                """, problems);

        assertThat(problems.all()).isEmpty();
        assertThat(front.title()).isEqualTo("Fourth Post");
        assertThat(front.publishing().date()).contains(LocalDate.of(2013, 10, 17));
        assertThat(front.type()).contains("post");
        assertThat(front.tags()).containsExactly("blog", "asciidoc");
        assertThat(front.placement().aliases()).extracting(Alias::path).containsExactly("/blog/post.html");
    }

    @Test
    void aRevisionLineWithOnlyADateIsTheDateAndJBakeDateWins() {
        Problems problems = new Problems();
        assertThat(read("= T\nA. Author\n2013-10-17\n\nText.\n", problems)
                        .publishing()
                        .date())
                .contains(LocalDate.of(2013, 10, 17));
        assertThat(read("= T\nA. Author\n2013-10-17\n:jbake-date: 2020-01-02\n", problems)
                        .publishing()
                        .date())
                .contains(LocalDate.of(2020, 1, 2));
        assertThat(read("= T\n:jbake-status: draft\n", problems).publishing().draft())
                .isTrue();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void anAsciidocPageWithoutTitleOrWithAWrongDateIsReportedAtItsLine() {
        Problems problems = new Problems();
        assertThat(read("Just text.\n", problems)).isNull();
        assertThat(read("= T\n:jbake-date: someday\n", problems)).isNull();
        assertThat(problems.all())
                .extracting(p -> p.position().line() + " " + p.message())
                .containsExactly(
                        "1 the AsciiDoc page has no title",
                        "2 'jbake-date' must be a date like 2024-05-31, not 'someday'");
    }

    @Test
    void yamlFrontMatterAndJBakeHeadersWorkInAsciidocToo() {
        Problems problems = new Problems();
        assertThat(read("---\ntitle: Yaml\n---\n= Other\n", problems).title()).isEqualTo("Yaml");
        FrontMatter jbake = read("title=JBake\ntype=post\n~~~~~~\n= Other\n", problems);
        assertThat(jbake.title()).isEqualTo("JBake");
        assertThat(jbake.placement().aliases()).extracting(Alias::path).containsExactly("/blog/post.html");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void indexFilesGetNoJBakeAlias() {
        SourceFile index = ContentTestSupport.file("content/blog/index.adoc", "blog/index", "en");
        assertThat(JBakeHeader.address(index)).isEmpty();
        assertThat(JBakeHeader.address(FILE)).contains("/blog/post.html");
        assertThat(List.of(
                        SourceFormat.of("a.AD"),
                        SourceFormat.of("a.asciidoc"),
                        SourceFormat.of("a.markdown"),
                        SourceFormat.of("a.txt")))
                .containsExactly(
                        java.util.Optional.of(SourceFormat.ASCIIDOC),
                        java.util.Optional.of(SourceFormat.ASCIIDOC),
                        java.util.Optional.of(SourceFormat.MARKDOWN),
                        java.util.Optional.empty());
    }

    @Test
    void withoutTheAsciidoctorJarsTheBuildSaysWhereTheyAreMissing() {
        Problems problems = new Problems();
        Path nowhere = Path.of("target/no-such-folder");
        Asciidoc asciidoc = new Asciidoc(nowhere);
        assertThat(asciidoc.ready(FILE, problems)).isFalse();
        SourceFile other = ContentTestSupport.file("content/other.adoc", "other", "en");
        assertThat(asciidoc.ready(other, problems))
                .as("asked again, for another page, it says it again")
                .isFalse();
        assertThat(problems.all())
                .extracting(p -> p.position().file())
                .containsExactly("content/blog/post.adoc", "content/other.adoc");
        assertThat(problems.all()).allSatisfy(p -> {
            assertThat(p.position().line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("AsciiDoc needs the AsciidoctorJ jars in " + nowhere);
        });
    }
}
