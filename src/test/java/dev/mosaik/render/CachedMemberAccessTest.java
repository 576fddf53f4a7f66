package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thymeleaf's sandbox answers are remembered per class, and the sandbox forbids exactly what it forbade. */
class CachedMemberAccessTest {

    record Item(String name) {}

    @TempDir
    Path site;

    @Test
    void isInstalledIntoThymeleafsEvaluator() {
        assertThat(CachedMemberAccess.install())
                .as("Thymeleaf's member access field is where mosaik expects it")
                .isTrue();
    }

    @Test
    void allowedMembersAreReadAgainAndAgainAndForbiddenOnesFailEveryTime() throws IOException {
        Files.createDirectories(site.resolve("theme"));
        Files.writeString(
                site.resolve("theme/allowed.html"), "<p th:text=\"${item.name} + ' ' + ${item.name().length()}\"></p>");
        Files.writeString(
                site.resolve("theme/forbidden.html"), "<p th:text=\"${item.getClass().getClassLoader()}\"></p>");
        Templates templates = new Templates(site, code -> (Messages) null, code -> null);
        for (int i = 0; i < 3; i++) {
            Problems problems = new Problems();
            Optional<String> allowed =
                    templates.render("allowed", "de", Map.of("item", new Item("Kurs " + i)), "test.md", problems);
            assertThat(allowed).contains("<p>Kurs " + i + " 6</p>");
            assertThat(problems.isEmpty()).isTrue();

            Problems refused = new Problems();
            assertThat(templates.render("forbidden", "de", Map.of("item", new Item("Kurs")), "test.md", refused))
                    .isEmpty();
            assertThat(refused.all())
                    .singleElement()
                    .asString()
                    .contains("template failed while rendering test.md")
                    .contains("forbidden");
        }
    }
}
