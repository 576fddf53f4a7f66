package dev.mosaik.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Severity;
import dev.mosaik.diag.SourcePosition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** {@code mosaik check --format json}: its layout, and JSON a strict parser reads whatever the messages hold. */
class CheckReportJsonTest {

    @Test
    void checkReportKeepsItsLayoutOfOneRowALine() {
        SiteCheck.Report report = new SiteCheck.Report(
                List.of(
                        new Problem(
                                Severity.ERROR,
                                new SourcePosition("content/a.de.md", 3),
                                "broken link",
                                Optional.of("fix it")),
                        new Problem(
                                Severity.WARNING,
                                SourcePosition.file("content/b.de.md"),
                                "old page",
                                Optional.empty())),
                Optional.empty(),
                new LinkedHashSet<>(List.of("https://example.org/", "https://example.com/")),
                7);

        assertThat(report.json()).isEqualTo("""
                {
                  "pages": 7,
                  "errors": 1,
                  "problems": [
                    {"severity": "error", "file": "content/a.de.md", "line": 3, "message": "broken link", "hint": "fix it"},
                    {"severity": "warning", "file": "content/b.de.md", "line": 0, "message": "old page", "hint": null}
                  ],
                  "translations": [],
                  "externalLinks": [
                    "https://example.org/",
                    "https://example.com/"
                  ]
                }
                """);
    }

    @Test
    void checkReportEscapesCarriageReturnsAndOtherControlCharacters() {
        String message = "line one\r\nline two\u0001\u001f end \"quoted\" back\\slash";
        SiteCheck.Report report = new SiteCheck.Report(
                List.of(new Problem(
                        Severity.WARNING, SourcePosition.file("content/a\u0007.md"), message, Optional.empty())),
                Optional.empty(),
                Set.of(),
                1);

        String json = report.json();

        assertThat(json).doesNotContain("\r", "\u0001", "\u001f", "\u0007");
        assertThat(strings(json)).contains(message, "content/a\u0007.md");
    }

    /** Every string value, read by Jackson's parser, which refuses unescaped control characters. */
    private static List<String> strings(String json) {
        List<String> strings = new java.util.ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    strings.add(parser.getString());
                }
            }
        }
        return strings;
    }
}
