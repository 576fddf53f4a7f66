package dev.mosaik.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    private final Problems problems = new Problems();

    private YamlMapping parse(String yaml) {
        return YamlDocument.parseMapping(yaml, "f.md", 2, problems).orElseThrow();
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void readsTypedValuesAndCountsLinesFromWhereTheTextStarts() {
        YamlMapping map = parse("title: Hallo\ndate: 2024-05-31\nweight: 3\nsample: true\ntags: [a, b]\n");
        assertThat(map.string("title")).contains("Hallo");
        assertThat(map.date("date")).contains(LocalDate.of(2024, 5, 31));
        assertThat(map.integer("weight")).contains(3);
        assertThat(map.bool("sample")).contains(true);
        assertThat(map.strings("tags")).containsExactly("a", "b");
        assertThat(map.positionOf("weight").line()).isEqualTo(4);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsWrongTypesAtTheValuesLine() {
        YamlMapping map = parse("title: Hallo\nweight: drei\ndate: gestern\nsample: ja\n");
        assertThat(map.integer("weight")).isEmpty();
        assertThat(map.date("date")).isEmpty();
        assertThat(map.bool("sample")).isEmpty();
        assertThat(messages())
                .containsExactly(
                        "f.md:3: 'weight' must be a whole number, not 'drei'",
                        "f.md:4: 'date' must be a date like 2024-05-31, not 'gestern'",
                        "f.md:5: 'sample' must be true or false, not 'ja'");
    }

    @Test
    void reportsUnknownAndDuplicateKeys() {
        YamlMapping map = parse("title: A\ntitle: B\nsumary: x\n");
        map.allowOnly(List.of("title", "summary"));
        assertThat(messages())
                .containsExactly(
                        "f.md:3: duplicate key 'title'", "f.md:4: unknown key 'sumary' (did you mean 'summary'?)");
    }

    @Test
    void reportsSyntaxErrorsWithTheirLine() {
        Optional<YamlMapping> map = YamlDocument.parseMapping("title: A\nsummary: \"offen\n", "f.md", 2, problems);
        assertThat(map).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("f.md:").contains("invalid YAML");
    }

    @Test
    void refusesAliasBombs() {
        String bomb = """
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                """;
        assertThat(YamlDocument.parseMapping(bomb, "f.md", 1, problems)).isEmpty();
        assertThat(messages()).singleElement().asString().contains("invalid YAML");
    }

    @Test
    void aListIsNotAMapping() {
        assertThat(YamlDocument.parseMapping("- a\n- b\n", "f.md", 1, problems)).isEmpty();
        assertThat(messages()).containsExactly("f.md:1: expected 'key: value' lines, found a list");
    }
}
