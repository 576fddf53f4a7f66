package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Plain paths through records are read by their accessors, and every expression reads as Thymeleaf's own OGNL
 * evaluator reads it: the same text where it succeeds, a failure where it fails.
 */
class RecordPathsTest {

    public record Inner(String title, boolean shown, List<String> tags, Map<String, String> labels) {
        /** A value the record works out, read as OGNL reads it: by the method of that name. */
        public boolean single() {
            return tags.size() == 1;
        }
    }

    /** A record with a bean getter beside its component: OGNL decides which it reads, so it is asked. */
    public record Getter(String name) {
        public String getName() {
            return "getter";
        }
    }

    public record Outer(String kind, Inner inner, Inner missing, Getter getter) {}

    private static final Outer PAGE = new Outer(
            "page",
            new Inner("Fest & Feier", true, List.of("a"), Map.of("size", "entry", "de", "Deutsch")),
            null,
            new Getter("component"));

    private static final List<String> READ = List.of(
            "${page.kind}",
            "${page.inner.title}",
            "${page.inner.shown}",
            "${page.inner.single}",
            "${page.inner.tags.size}",
            "${page.inner.tags.empty}",
            "${page.inner.labels.de}",
            "${page.inner.labels.size}",
            "${page.inner.labels.nothing}",
            "${page.getter.name}",
            "${page.inner.title.length()}",
            "${page.kind == 'page' ? 'yes' : 'no'}",
            "${nothing}",
            "${#lists.size(page.inner.tags)}");

    @TempDir
    Path site;

    @Test
    void everyExpressionReadsAsThymeleafsOwnEvaluatorReadsIt() throws IOException {
        StringBuilder template = new StringBuilder();
        for (String expression : READ) {
            template.append("<p th:text=\"").append(expression).append("\"></p>\n");
            template.append("<a th:href=\"").append(expression).append("\"></a>\n");
            template.append("<i th:utext=\"").append(expression).append("\"></i>\n");
        }
        String mosaik =
                renderWithMosaik(template.toString(), Map.of("page", PAGE)).orElseThrow();
        assertThat(mosaik)
                .isEqualTo(renderWithOgnl(template.toString(), Map.of("page", PAGE)))
                .contains("<p>Fest &amp; Feier</p>", "<p>getter</p>", "<p>true</p>", "<p>2</p>");
    }

    @Test
    void aNullOnThePathFailsAsItDidInOgnl() throws IOException {
        String template = "<p th:text=\"${page.missing.title}\"></p>";
        assertThatThrownBy(() -> renderWithOgnl(template, Map.of("page", PAGE)))
                .isInstanceOf(TemplateProcessingException.class);
        assertThat(renderWithMosaik(template, Map.of("page", PAGE))).isEmpty();
    }

    @Test
    void requestParametersStayForbiddenWhereThymeleafForbidsThem() throws IOException {
        String template = "<i th:utext=\"${param.x}\"></i>";
        assertThatThrownBy(() -> renderWithOgnl(template, Map.of("param", Map.of("x", "y"))))
                .isInstanceOf(TemplateProcessingException.class);
        assertThat(renderWithMosaik(template, Map.of("param", Map.of("x", "y"))))
                .isEmpty();
    }

    @Test
    void onlyPlainPathsOfNamesArePaths() {
        assertThat(RecordPaths.path("page.body.title")).containsExactly("page", "body", "title");
        assertThat(RecordPaths.path("page")).containsExactly("page");
        for (String notAPath : List.of(
                "page.title != ''",
                "page..title",
                "page.",
                "#lists.size(x)",
                "true",
                "page.NULL",
                "a.and",
                "x.y()",
                "list[0]",
                " page")) {
            assertThat(RecordPaths.path(notAPath)).as(notAPath).isEmpty();
        }
    }

    private Optional<String> renderWithMosaik(String template, Map<String, Object> variables) throws IOException {
        Files.createDirectories(site.resolve("theme"));
        Files.writeString(site.resolve("theme/probe.html"), template);
        Templates templates = new Templates(site, code -> (Messages) null, code -> null);
        return templates.render("probe", "de", variables, "test.md", new Problems());
    }

    private static String renderWithOgnl(String template, Map<String, Object> variables) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariables(variables);
        return engine.process(template, context);
    }
}
