package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.content.FieldOfAction;
import dev.mosaik.render.PageSink;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The implementation status as data for the steering group: a CSV file that spreadsheet programs open
 * directly (semicolons and a byte-order mark, as German Excel expects) and a JSON file, next to every
 * dashboard page, with each measure's history.
 */
public final class StatusExport {

    private static final String DASHBOARD_TYPE = "umsetzungsstand";

    public void write(Site site, LocalDate today, PageSink sink) {
        for (Page dashboard : site.pages()) {
            if (dashboard.frontMatter().type().filter(DASHBOARD_TYPE::equals).isEmpty()) {
                continue;
            }
            List<Page> fields = site.pages().stream()
                    .filter(p -> p.language().equals(dashboard.language())
                            && p.data().filter(FieldOfAction.class::isInstance).isPresent())
                    .sorted(Comparator.comparing(p -> field(p).number(), FieldOfAction.NUMBER_ORDER))
                    .toList();
            sink.write(dashboard.path().value() + OutputFiles.STATUS_CSV, csv(fields));
            sink.write(
                    dashboard.path().value() + OutputFiles.STATUS_JSON,
                    json(site.config().baseUrl(), dashboard, fields, today));
        }
    }

    private static FieldOfAction field(Page page) {
        return (FieldOfAction) page.data().orElseThrow();
    }

    /**
     * One row per history entry, so that a spreadsheet can filter by date and status; {@code current} is {@code yes} on
     * the row of each measure's present status, so filtering on it gives one row per measure as before histories.
     * A measure without history has one row, its {@code status} and {@code updated}.
     */
    byte[] csv(List<Page> fields) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("number;field;term;status;updated;office;measure;current;note\r\n");
        for (Page page : fields) {
            FieldOfAction field = field(page);
            for (FieldOfAction.Measure measure : field.measures()) {
                if (measure.history().isEmpty()) {
                    row(
                            csv,
                            field,
                            page,
                            measure,
                            measure.status(),
                            measure.updated().map(Object::toString).orElse(""),
                            true,
                            "");
                }
                for (int h = 0; h < measure.history().size(); h++) {
                    FieldOfAction.StatusChange change = measure.history().get(h);
                    row(
                            csv,
                            field,
                            page,
                            measure,
                            change.status(),
                            change.date().toString(),
                            h == measure.history().size() - 1,
                            change.note().orElse(""));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(
            StringBuilder csv,
            FieldOfAction field,
            Page page,
            FieldOfAction.Measure measure,
            FieldOfAction.Status status,
            String date,
            boolean current,
            String note) {
        csv.append(String.join(
                        ";",
                        cell(field.number()),
                        cell(page.title()),
                        cell(code(measure.term())),
                        cell(code(status)),
                        cell(date),
                        cell(measure.office().orElse("")),
                        cell(measure.text()),
                        current ? "yes" : "no",
                        cell(note)))
                .append("\r\n");
    }

    byte[] json(BaseUrl base, Page dashboard, List<Page> fields, LocalDate today) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"language\": ")
                .append(string(dashboard.language().code()))
                .append(",\n");
        json.append("  \"date\": ").append(string(today.toString())).append(",\n");
        json.append("  \"fields\": [");
        for (int f = 0; f < fields.size(); f++) {
            Page page = fields.get(f);
            FieldOfAction field = field(page);
            json.append(f == 0 ? "\n" : ",\n")
                    .append("    {\"number\": ")
                    .append(string(field.number()))
                    .append(", \"title\": ")
                    .append(string(page.title()))
                    .append(", \"url\": ")
                    .append(string(page.path().absoluteUrl(base)))
                    .append(", \"area\": ")
                    .append(string(code(field.area())))
                    .append(", \"kind\": ")
                    .append(string(code(field.kind())))
                    .append(", \"measures\": [");
            for (int m = 0; m < field.measures().size(); m++) {
                FieldOfAction.Measure measure = field.measures().get(m);
                json.append(m == 0 ? "\n" : ",\n")
                        .append("      {\"text\": ")
                        .append(string(measure.text()))
                        .append(", \"term\": ")
                        .append(string(code(measure.term())))
                        .append(", \"status\": ")
                        .append(string(code(measure.status())))
                        .append(", \"updated\": ")
                        .append(optional(measure.updated().map(Object::toString)))
                        .append(", \"office\": ")
                        .append(optional(measure.office()))
                        .append(", \"history\": [");
                for (int h = 0; h < measure.history().size(); h++) {
                    FieldOfAction.StatusChange change = measure.history().get(h);
                    json.append(h == 0 ? "" : ", ")
                            .append("{\"date\": ")
                            .append(string(change.date().toString()))
                            .append(", \"status\": ")
                            .append(string(code(change.status())))
                            .append(", \"note\": ")
                            .append(optional(change.note()))
                            .append('}');
                }
                json.append("]}");
            }
            json.append(field.measures().isEmpty() ? "]}" : "\n    ]}");
        }
        json.append(fields.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String cell(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    private static String optional(Optional<String> value) {
        return value.map(StatusExport::string).orElse("null");
    }

    /** A JSON string literal (also for the search index). */
    public static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
