package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPagesTest {

    @Test
    void writesPluralFormsAsJsonWithKeysSortedAndEveryTextEscaped() {
        String json = SearchPages.json(Map.of("other", "x\\y\n", "one", "ein \"Treffer\"", "few", "</script>"));

        assertThat(json).isEqualTo("{\"few\":\"</script>\",\"one\":\"ein \\\"Treffer\\\"\",\"other\":\"x\\\\y\\n\"}");
    }
}
