package dev.mosaik.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A YAML text's tree kept and read again reads exactly as the text parsed now: values, types, lines, problems. */
class YamlTreesTest {

    /** Keeps trees in memory, as the build cache keeps them on disk. */
    private static final class Kept implements YamlTrees {
        final Map<String, byte[]> trees = new HashMap<>();
        int found;

        @Override
        public Optional<byte[]> find(String text) {
            Optional<byte[]> tree = Optional.ofNullable(trees.get(text));
            tree.ifPresent(t -> found++);
            return tree;
        }

        @Override
        public void keep(String text, byte[] tree) {
            trees.put(text, tree);
        }
    }

    private static final List<String> TEXTS = List.of(
            "title: Hallo\ndate: 2024-05-31\nweight: 3\nsample: true\ntags: [a, b]\n",
            "title: \"Größe – „groß“\"\nsummary: |\n  zwei\n  Zeilen\nempty:\nnull: ~\nnothing: !!null ''\n",
            "title: x\ntags:\n  - eins\n  -\n  - [nested]\n  - drei\nweight: drei\ndate: gestern\nsample: ja\n",
            "title: x\ntitle: y\nplace:\n  name: Ort\n  rooms:\n    - name: A\n      size: 12\n",
            "title: \"rechts\u202Eweg\"\nfee: 89.50\nbig: 99999999999\nquoted: !!str 123\nfloat: 1.5\nhex: 0x1F\n",
            "title: x\n# ein Kommentar\n\n\nlate: spät\n");

    @Test
    void aKeptTreeReadsAsTheTextParsedNowWithTheSameLinesAndProblems() {
        Kept kept = new Kept();
        for (String text : TEXTS) {
            List<String> parsed = readAll(text, kept);
            assertThat(kept.trees).as("kept: %s", text).containsKey(text);
            List<String> fromKept = readAll(text, kept);
            assertThat(fromKept).as(text).isEqualTo(parsed);
            assertThat(readAll(text, YamlTrees.NONE)).isEqualTo(parsed);
        }
        assertThat(kept.found).isEqualTo(TEXTS.size());
    }

    @Test
    void aKeptTreeIsUsedInsteadOfParsing() {
        Kept kept = new Kept();
        readAll("title: alt\n", kept);
        kept.trees.put("title: neu\n", kept.trees.get("title: alt\n"));
        Optional<YamlMapping> map = YamlDocument.parseMapping("title: neu\n", "f.md", 2, new Problems(), kept);
        assertThat(map.orElseThrow().string("title")).contains("alt");
    }

    @Test
    void keepsNoTextWithProblemsOfParsingNorOneWithAliasesNorADamagedTree() {
        Kept kept = new Kept();
        readAll("title: [unclosed\n", kept);
        readAll("- a\n- b\n", kept);
        readAll("a: &x [1, 2]\nb: *x\n", kept);
        assertThat(kept.trees).isEmpty();

        kept.trees.put("title: x\n", new byte[] {1, 2, 3});
        Problems problems = new Problems();
        Optional<YamlMapping> map = YamlDocument.parseMapping("title: x\n", "f.md", 2, problems, kept);
        assertThat(map.orElseThrow().string("title")).contains("x");
        assertThat(problems.isEmpty()).isTrue();
    }

    /** Everything the accessors give and report, formatted. */
    private static List<String> readAll(String text, YamlTrees trees) {
        Problems problems = new Problems();
        List<String> seen = new ArrayList<>();
        Optional<YamlMapping> parsed = YamlDocument.parseMapping(text, "content/f.md", 2, problems, trees);
        parsed.ifPresent(map -> read(map, seen));
        problems.all().stream().map(Problem::format).forEach(seen::add);
        return seen;
    }

    private static void read(YamlMapping map, List<String> seen) {
        seen.add("at " + map.position().line() + " keys " + map.keys());
        map.allowOnly(List.of("title", "tags"));
        for (String key : map.keys()) {
            seen.add(key + " @" + map.positionOf(key).line() + " has " + map.has(key) + " list " + map.isList(key)
                    + " mapping " + map.isMapping(key));
            seen.add(" string " + map.string(key) + " bool " + map.bool(key) + " int " + map.integer(key));
            seen.add(" decimal " + map.decimal(key) + " date " + map.date(key));
            map.located(key)
                    .forEach(l ->
                            seen.add(" - " + l.value() + " @" + l.position().line()));
            map.textsBelow(key, Set.of())
                    .forEach(l ->
                            seen.add(" text " + l.value() + " @" + l.position().line()));
            map.mappings(key).forEach(m -> read(m, seen));
        }
        seen.add("required " + map.requiredString("title") + map.requiredString("summary"));
    }
}
