package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

    private final Problems problems = new Problems();
    private final SourceFile file = ContentTestSupport.file("content/a.de.md", "a", "de");

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void readsYamlFrontMatterIntoTypedFields() {
        SourceDocument document =
                new FrontMatterReader().read(file, """
                ---
                title: Kulturfest
                summary: "Ein Fest: für alle"
                date: 2024-05-01
                updated: 2024-06-01
                weight: 5
                tags: [Kultur]
                aliases: [/alt/fest]
                sample: true
                slug: fest
                translation: machine
                ---
                Text
                """, problems).orElseThrow();
        FrontMatter fm = document.frontMatter();
        assertThat(fm.title()).isEqualTo("Kulturfest");
        assertThat(fm.summary()).contains("Ein Fest: für alle");
        assertThat(fm.lastChange()).contains(LocalDate.of(2024, 6, 1));
        assertThat(fm.placement().weight()).contains(5);
        assertThat(fm.placement().aliases()).extracting(Alias::path).containsExactly("/alt/fest/");
        assertThat(fm.sample()).isTrue();
        assertThat(fm.placement().slug()).contains("fest");
        assertThat(fm.translated().translation().map(Translation::kind)).contains(TranslationKind.MACHINE);
        assertThat(document.body()).isEqualTo("Text\n");
        assertThat(document.bodyFirstLine()).isEqualTo(13);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void readsJBakeHeaders() {
        SourceDocument document = new FrontMatterReader()
                .read(file, "title=Post\ndate=2013-02-01\ntags=a, b\nstatus=draft\n~~~~~~\n\nBody\n", problems)
                .orElseThrow();
        assertThat(document.frontMatter().title()).isEqualTo("Post");
        assertThat(document.frontMatter().publishing().date()).contains(LocalDate.of(2013, 2, 1));
        assertThat(document.frontMatter().tags()).containsExactly("a", "b");
        assertThat(document.frontMatter().publishing().draft()).isTrue();
        assertThat(document.bodyFirstLine()).isEqualTo(6);
    }

    @Test
    void explainsAFrontMatterThatNeverEnds() {
        assertThat(new FrontMatterReader().read(file, "---\ntitle: A\nText\n", problems))
                .isEmpty();
        assertThat(messages())
                .containsExactly(
                        "content/a.de.md:1: the front matter starts with '---' but never ends (did you forget the closing '---' after the last key?)");
    }

    @Test
    void rejectsUnsafeSlugsAliasesAndUnknownTranslationKinds() {
        new FrontMatterReader()
                .read(file, "---\ntitle: A\nslug: ../etc\naliases: [/../x]\ntranslation: google\n---\n", problems);
        assertThat(messages())
                .containsExactly(
                        "content/a.de.md:3: slug '../etc' must be one URL segment of letters, digits and hyphens (for example 'etc')",
                        "content/a.de.md:4: alias '/../x' must be a path inside the site such as /alt/seite/",
                        "content/a.de.md:5: translation must be human, machine or reviewed, not 'google'");
    }

    @Test
    void aMissingTitleIsAnError() {
        new FrontMatterReader().read(file, "---\nsummary: x\n---\n", problems);
        assertThat(messages()).containsExactly("content/a.de.md:2: missing required key 'title'");
    }

    @Test
    void anEmptyFileIsExplained() {
        new FrontMatterReader().read(file, "", problems);
        assertThat(messages()).singleElement().asString().startsWith("content/a.de.md:1: the file is empty");
    }
}
