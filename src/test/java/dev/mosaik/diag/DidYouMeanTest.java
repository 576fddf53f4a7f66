package dev.mosaik.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("title", "summary", "date", "updated", "weight", "tags");

    @Test
    void suggestsTheClosestKeyForTyposAndSwappedLetters() {
        assertThat(DidYouMean.closest("titel", KEYS)).contains("title");
        assertThat(DidYouMean.closest("sumary", KEYS)).contains("summary");
        assertThat(DidYouMean.closest("Wieght", KEYS)).contains("weight");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(DidYouMean.closest("autor", KEYS)).isEmpty();
        assertThat(DidYouMean.hint("x", KEYS)).isEqualTo(Optional.empty());
    }

    @Test
    void problemsFormatAsPathLineMessage() {
        Problem problem = new Problem(
                Severity.ERROR,
                new SourcePosition("content/a.de.md", 3),
                "unknown key 'titel'",
                DidYouMean.hint("titel", KEYS));
        assertThat(problem.format()).isEqualTo("content/a.de.md:3: unknown key 'titel' (did you mean 'title'?)");
        Problem warning =
                new Problem(Severity.WARNING, SourcePosition.file("i18n/ar.yaml"), "missing", Optional.empty());
        assertThat(warning.format()).isEqualTo("i18n/ar.yaml: warning: missing");
    }

    @Test
    void collectedProblemsComeOutSortedAndWithoutDuplicates() {
        Problems problems = new Problems();
        problems.error(new SourcePosition("b.md", 1), "second");
        problems.error(new SourcePosition("a.md", 9), "first");
        problems.error(new SourcePosition("a.md", 9), "first");
        problems.warning(new SourcePosition("a.md", 2), "early");
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly("a.md:2: warning: early", "a.md:9: first", "b.md:1: second");
        assertThat(problems.errorCount()).isEqualTo(3);
    }
}
