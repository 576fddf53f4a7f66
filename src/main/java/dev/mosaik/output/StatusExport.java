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
import tools.jackson.core.JsonGenerator;

/**
 * The implementation status as data for the steering group: a CSV file that spreadsheet programs open
 * directly (semicolons and a byte-order mark, as German Excel expects) and a JSON file, next to every
 * dashboard page, with each measure's history.
 */
public final class StatusExport {

    private static final String DASHBOARD_TYPE = "umsetzungsstand";

    /** The JSON's nesting depths of the fields list and of each field's measures list, whose rows go a line each. */
    private static final int FIELDS_DEPTH = 2;

    private static final int MEASURES_DEPTH = 4;

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

    /**
     * The fields of action with their measures and each measure's history; a field and a measure a line each, so that
     * a diff of two exports shows the measures that changed.
     */
    byte[] json(BaseUrl base, Page dashboard, List<Page> fields, LocalDate today) {
        String json = JsonText.laidOut(new RowsLayout(FIELDS_DEPTH, MEASURES_DEPTH), out -> {
            out.writeStartObject();
            out.writeStringProperty("language", dashboard.language().code());
            out.writeStringProperty("date", today.toString());
            out.writeArrayPropertyStart("fields");
            for (Page page : fields) {
                writeField(out, field(page), page.title(), page.path().absoluteUrl(base));
            }
            out.writeEndArray();
            out.writeEndObject();
        });
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeField(JsonGenerator out, FieldOfAction field, String title, String url) {
        out.writeStartObject();
        out.writeStringProperty("number", field.number());
        out.writeStringProperty("title", title);
        out.writeStringProperty("url", url);
        out.writeStringProperty("area", code(field.area()));
        out.writeStringProperty("kind", code(field.kind()));
        out.writeArrayPropertyStart("measures");
        for (FieldOfAction.Measure measure : field.measures()) {
            out.writeStartObject();
            out.writeStringProperty("text", measure.text());
            out.writeStringProperty("term", code(measure.term()));
            out.writeStringProperty("status", code(measure.status()));
            out.writeStringProperty(
                    "updated", measure.updated().map(Object::toString).orElse(null));
            out.writeStringProperty("office", measure.office().orElse(null));
            out.writeArrayPropertyStart("history");
            for (FieldOfAction.StatusChange change : measure.history()) {
                out.writeStartObject();
                out.writeStringProperty("date", change.date().toString());
                out.writeStringProperty("status", code(change.status()));
                out.writeStringProperty("note", change.note().orElse(null));
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String cell(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
