package dev.mosaik.serve;

import dev.mosaik.pipeline.BuildResult;
import dev.mosaik.pipeline.TranslationReport;
import dev.mosaik.site.TranslationStatus;
import java.util.List;

/**
 * The editors' page of the preview ({@code /__mosaik/status}): translation status per language. It exists
 * only in the preview, so it is never published.
 */
final class StatusPage {

    private StatusPage() {}

    static String html(BuildResult result) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>Translation status – mosaik preview</title>
                <style>body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1b1f24}table{border-collapse:collapse;margin:1rem 0}
                th,td{padding:.4rem .7rem;border-bottom:1px solid #d5dce5;text-align:start}th{background:#f3f6fa}
                details{margin:.4rem 0}code{font-size:.95em}td.fallback{background:#fde2e2}td.outdated{background:#fff3c4}
                td.machine{background:#e8eefc}td.reviewed,td.own{background:#e3f4e1}</style></head><body>
                <h1>Translation status</h1>
                """);
        if (result == null || result.translations().isEmpty()) {
            return html.append(
                            "<p>The last build did not get far enough to tell; see the errors in the terminal.</p></body></html>")
                    .toString();
        }
        TranslationReport report = result.translations().get();
        html.append(
                        "<table><thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Translated</th><th scope=\"col\">Missing</th>")
                .append(
                        "<th scope=\"col\">Outdated</th><th scope=\"col\">Machine</th><th scope=\"col\">UI strings missing</th></tr></thead><tbody>");
        for (TranslationReport.Row row : report.rows()) {
            summaryRow(html, row);
        }
        html.append("</tbody></table>");
        for (TranslationReport.Row row : report.rows()) {
            TranslationStatus s = row.pages();
            details(html, s.language().name() + ": missing pages", s.missing());
            details(html, s.language().name() + ": may be outdated", s.outdated());
            details(html, s.language().name() + ": machine-translated", s.machine());
            details(html, s.language().name() + ": UI strings missing", row.missingMessages());
            details(html, s.language().name() + ": UI strings never used", row.unusedMessages());
        }
        result.site()
                .ifPresent(site -> html.append("<h2>Pages × languages</h2>")
                        .append(new dev.mosaik.check.TranslationMatrixReport(dev.mosaik.site.TranslationMatrix.of(site))
                                .matrixTable()
                                .outerHtml()));
        return html.append("</body></html>").toString();
    }

    /** A language's line of the summary: pages translated, missing, outdated and machine-made, UI strings missing. */
    private static void summaryRow(StringBuilder html, TranslationReport.Row row) {
        TranslationStatus s = row.pages();
        html.append("<tr><th scope=\"row\"><span lang=\"")
                .append(s.language().htmlLang())
                .append("\" dir=\"")
                .append(s.language().direction().attribute())
                .append("\">")
                .append(escape(s.language().name()))
                .append("</span> (")
                .append(s.language().code())
                .append(")</th><td>")
                .append(s.translated())
                .append(" / ")
                .append(s.total())
                .append(" (")
                .append(s.percent())
                .append(" %)</td><td>")
                .append(s.missing().size())
                .append("</td><td>")
                .append(s.outdated().size())
                .append("</td><td>")
                .append(s.machine().size())
                .append("</td><td>")
                .append(row.missingMessages().size())
                .append("</td></tr>");
    }

    private static void details(StringBuilder html, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<details><summary>")
                .append(escape(title))
                .append(" (")
                .append(items.size())
                .append(")</summary><ul>");
        items.forEach(item -> html.append("<li><code>").append(escape(item)).append("</code></li>"));
        html.append("</ul></details>");
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
