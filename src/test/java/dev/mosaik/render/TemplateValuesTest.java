package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme's templates, the layout and its parts included, read present values: view records hold strings ("" when
 * absent), lists and booleans, so a template prints them and never unwraps an {@code Optional} ({@code isPresent()}, {@code get()}) or calls a method
 * on a view value (each such call is a reflective OGNL call on every page). Calls of the expression utilities
 * ({@code #i18n.t(…)}, {@code #pictograms.place()}) are fine: they are the theme's functions, not view values.
 */
class TemplateValuesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/theme/templates");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    /**
     * A path that starts at a variable (not at a {@code #utility}) and ends in a call: {@code a.b.c(}, also when an
     * expression runs over several lines.
     */
    private static final Pattern CALL_ON_VALUE =
            Pattern.compile("(?<![#\\w.])[a-z]\\w*(?:\\s*\\.\\s*\\w+)*\\s*\\.\\s*\\w+\\s*\\(");

    @Test
    void templatesCallNoMethodOnViewValues() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            for (String call : callsOnValues(Files.readString(template, StandardCharsets.UTF_8))) {
                found.add(template.getFileName() + ": " + call);
            }
        }
        assertThat(found)
                .as("give the view record a ready value (a String, a List or a has… boolean) instead")
                .isEmpty();
    }

    @Test
    void theScanFindsOptionalsAndMethodCallsButNotUtilities() {
        String template = """
                <p th:if="${course.address.isPresent()}" th:text="${course.address.get()}">x</p>
                <a th:href="${'tel:' + place.phone.replaceAll('[^+0-9]', '')}">x</a>
                <p th:if="${!list.empty}" th:text="${#i18n.t('course.count', 'count', list.size)}">x</p>
                <img th:src="${#pictograms.place()}" th:title="${'a.b(c)'}" th:alt="${page.body
                    .title.trim()}">
                """;

        assertThat(callsOnValues(template))
                .containsExactly(
                        "course.address.isPresent(",
                        "course.address.get(",
                        "place.phone.replaceAll(",
                        "page.body\n    .title.trim(");
    }

    /** Every call on a view value inside the {@code ${…}} expressions of {@code template}, in order. */
    static List<String> callsOnValues(String template) {
        List<String> calls = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(template);
        while (expression.find()) {
            // Blank out string literals (keeping their length), so "a.b(" inside quotes is no call.
            String code = QUOTED.matcher(expression.group(1))
                    .replaceAll(m -> "''" + " ".repeat(m.group().length() - 2));
            Matcher call = CALL_ON_VALUE.matcher(code);
            while (call.find()) {
                calls.add(call.group());
            }
        }
        return calls;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> templates =
                    files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).as("the theme's templates").hasSizeGreaterThan(20);
            assertThat(templates)
                    .as("the layout and its parts are held too")
                    .extracting(p -> p.getFileName().toString())
                    .contains("layout.html", "parts.html");
            return templates;
        }
    }
}
