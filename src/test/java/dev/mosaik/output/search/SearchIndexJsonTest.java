package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.SearchFiles;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The search index's files are JSON a strict parser reads, whatever characters the pages hold. */
class SearchIndexJsonTest {

    @TempDir
    Path dir;

    @Test
    void searchIndexFilesParseAsStrictJsonWithBackslashesAndControlCharactersEscaped() throws IOException {
        TestSite site = TestSite.write(dir, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                -- content/_index.de.md --
                ---
                title: Willkommen
                ---
                Start.
                -- content/zeichen.de.md --
                ---
                title: "Schräg\\\\strich, ein\\ttab, eine\\aGlocke"
                ---
                Text.
                """);
        assertThat(site.build().exitCode()).isZero();
        SearchFiles index = SearchFiles.read(site.output().resolve("de/suche"));

        List<String> strings = new ArrayList<>();
        for (Path file : index.files()) {
            strings.addAll(strictStrings(Files.readString(file)));
        }

        assertThat(strings).contains("Schräg\\strich, ein\ttab, eine\u0007Glocke");
        assertThat(index.manifest())
                .startsWith("{\"version\":2,\"language\":\"de\",\n\"fold\":{")
                .endsWith("}\n");
    }

    /** Every string of the text, read by Jackson's parser, which refuses unescaped control characters. */
    private static List<String> strictStrings(String json) {
        List<String> strings = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    strings.add(parser.getString());
                }
            }
        }
        return strings;
    }
}
