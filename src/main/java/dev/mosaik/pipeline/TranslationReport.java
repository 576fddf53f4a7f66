package dev.mosaik.pipeline;

import dev.mosaik.i18n.I18n;
import dev.mosaik.site.Site;
import dev.mosaik.site.TranslationStatus;
import java.util.List;

/**
 * Per language: how much of the site is translated, what is missing, outdated or machine-translated, and
 * which UI strings are missing or unused. Printed by {@code mosaik check}, shown by the preview at
 * {@code /__mosaik/status}; never published.
 */
public record TranslationReport(List<Row> rows) {

    public TranslationReport {
        rows = List.copyOf(rows);
    }

    /** One language. */
    public record Row(TranslationStatus pages, List<String> missingMessages, List<String> unusedMessages) {
        public Row {
            missingMessages = List.copyOf(missingMessages);
            unusedMessages = List.copyOf(unusedMessages);
        }
    }

    static TranslationReport of(Site site, I18n i18n) {
        return new TranslationReport(TranslationStatus.of(site).stream()
                .map(status -> new Row(
                        status, i18n.missingMessages(status.language()), i18n.unusedMessages(status.language())))
                .toList());
    }

    /** A plain-text table for the terminal. */
    public String table(boolean details) {
        StringBuilder text = new StringBuilder(String.format(
                "%-6s %-18s %9s %6s %8s %8s %8s %11s%n",
                "lang", "name", "pages", "done", "missing", "outdated", "machine", "UI missing"));
        for (Row row : rows) {
            TranslationStatus s = row.pages();
            text.append(String.format(
                    "%-6s %-18s %4d/%-4d %5d%% %8d %8d %8d %11d%n",
                    s.language().code(),
                    clip(s.language().name()),
                    s.translated(),
                    s.total(),
                    s.percent(),
                    s.missing().size(),
                    s.outdated().size(),
                    s.machine().size(),
                    row.missingMessages().size()));
        }
        if (details) {
            for (Row row : rows) {
                TranslationStatus s = row.pages();
                list(text, s.language().code() + " missing", s.missing());
                list(text, s.language().code() + " outdated", s.outdated());
                list(text, s.language().code() + " machine-translated", s.machine());
                list(text, s.language().code() + " UI strings missing", row.missingMessages());
                list(text, s.language().code() + " UI strings never used", row.unusedMessages());
            }
        }
        return text.toString();
    }

    private static void list(StringBuilder text, String title, List<String> items) {
        if (!items.isEmpty()) {
            text.append(System.lineSeparator()).append(title).append(':').append(System.lineSeparator());
            items.forEach(item -> text.append("  ").append(item).append(System.lineSeparator()));
        }
    }

    private static String clip(String name) {
        return name.length() > 18 ? name.substring(0, 17) + "…" : name;
    }
}
