package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A translation's header keeps a history's dates (to orient the translator) and notes, never its statuses. */
class ProseHeaderHistoryTest {

    @Test
    void aTranslationsHeaderKeepsHistoryDatesAndNotesButNotStatuses() {
        String header = """
                title: Feld
                type: handlungsfeld
                number: "8.1.2"
                measures:
                  - text: "Logo"
                    term: kurzfristig
                    history:
                      - {date: 2025-04-01, status: begonnen}
                      - {date: 2026-04-01, status: umgesetzt, note: "Vorgestellt."}
                      - date: 2026-10-01
                        status: umgesetzt
                        note: Gefeiert.
                """;
        String prose = ProseHeader.of(header, Optional.of(ContentTypes.FIELD_OF_ACTION));
        assertThat(prose)
                .contains(
                        "      - {date: 2025-04-01}\n",
                        "      - {date: 2026-04-01, note: \"Vorgestellt.\"}\n",
                        "      - date: 2026-10-01\n        note: Gefeiert.\n")
                .doesNotContain("status", "term", "number");
    }
}
