package dev.mosaik.check;

import dev.mosaik.config.Language;
import dev.mosaik.site.TranslationMatrix;
import java.io.StringWriter;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The translation matrix as a terminal table, as JSON for scripts and CI, and as a self-contained HTML page
 * (no scripts, no styles from elsewhere) for people who do not use a terminal.
 */
public final class TranslationMatrixReport {

    private final TranslationMatrix matrix;

    public TranslationMatrixReport(TranslationMatrix matrix) {
        this.matrix = matrix;
    }

    /** Languages whose coverage lies below {@code percent}; the default language never does. */
    public List<TranslationMatrix.Coverage> below(int percent) {
        return matrix.coverage().stream().filter(c -> c.percent() < percent).toList();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        int width = Math.max(
                4,
                matrix.rows().stream()
                        .mapToInt(r -> r.key().value().length())
                        .max()
                        .orElse(4));
        out.append(String.format("%-" + width + "s", "page"));
        matrix.languages().forEach(l -> out.append(String.format(" %-9s", l.code())));
        out.append(System.lineSeparator());
        for (TranslationMatrix.Row row : matrix.rows()) {
            out.append(String.format("%-" + width + "s", row.key().value()));
            row.states().forEach(s -> out.append(String.format(" %-9s", s.label())));
            out.append(System.lineSeparator());
        }
        out.append(System.lineSeparator()).append("coverage").append(System.lineSeparator());
        for (TranslationMatrix.Coverage c : matrix.coverage()) {
            out.append(String.format(
                    "  %-6s %-20s %4d/%-4d %3d%%%n",
                    c.language().code(), c.language().name(), c.translated(), c.total(), c.percent()));
        }
        return out.toString();
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(pretty(), out)) {
            json.writeStartObject();
            json.writeArrayPropertyStart("languages");
            for (TranslationMatrix.Coverage c : matrix.coverage()) {
                json.writeStartObject();
                json.writeStringProperty("code", c.language().code());
                json.writeStringProperty("name", c.language().name());
                json.writeNumberProperty("translated", c.translated());
                json.writeNumberProperty("total", c.total());
                json.writeNumberProperty("percent", c.percent());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("pages");
            for (TranslationMatrix.Row row : matrix.rows()) {
                json.writeStartObject();
                json.writeStringProperty("key", row.key().value());
                json.writeStringProperty("source", row.source());
                json.writeStringProperty("title", row.title());
                json.writeName("states");
                json.writeStartObject();
                for (int i = 0; i < matrix.languages().size(); i++) {
                    json.writeStringProperty(
                            matrix.languages().get(i).code(),
                            row.states().get(i).name().toLowerCase(java.util.Locale.ROOT));
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out + System.lineSeparator();
    }

    private static ObjectWriteContext pretty() {
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    /** The table of pages × languages, each cell with its state as text and as a class; for the preview too. */
    public Element matrixTable() {
        Element table = new Element("table").addClass("translation-matrix");
        table.appendElement("caption").text("Pages × languages");
        Element columns = table.appendElement("thead").appendElement("tr");
        columns.appendElement("th").attr("scope", "col").text("page");
        for (Language language : matrix.languages()) {
            columns.appendElement("th").attr("scope", "col").text(language.code());
        }
        Element pages = table.appendElement("tbody");
        for (TranslationMatrix.Row row : matrix.rows()) {
            Element tr = pages.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(row.source());
            row.states()
                    .forEach(s -> tr.appendElement("td")
                            .addClass(s.label().equals("-") ? "none" : s.label())
                            .text(s.label()));
        }
        return table;
    }

    /** A whole HTML page; jsoup escapes every text, so titles cannot inject markup. */
    public String html() {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(true);
        page.child(0).attr("lang", "en");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head()
                .appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        page.head().appendElement("title").text("Translations");
        page.head()
                .appendElement("style")
                .appendText(
                        "body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}"
                                + "th,td{border:1px solid #767676;padding:.2rem .4rem;text-align:start}td.fallback{background:#fde2e2}"
                                + "td.outdated{background:#fff3c4}td.machine{background:#e8eefc}td.reviewed,td.own{background:#e3f4e1}");
        Element body = page.body();
        body.appendElement("h1").text("Translations");
        Element coverage = body.appendElement("table");
        coverage.appendElement("caption").text("Coverage per language");
        Element head = coverage.appendElement("thead").appendElement("tr");
        List.of("language", "translated", "of", "percent")
                .forEach(h -> head.appendElement("th").attr("scope", "col").text(h));
        Element rows = coverage.appendElement("tbody");
        for (TranslationMatrix.Coverage c : matrix.coverage()) {
            Element tr = rows.appendElement("tr");
            tr.appendElement("th")
                    .attr("scope", "row")
                    .appendElement("span")
                    .attr("lang", c.language().htmlLang())
                    .attr("dir", c.language().direction().attribute())
                    .text(c.language().name());
            tr.appendElement("td").text(Integer.toString(c.translated()));
            tr.appendElement("td").text(Integer.toString(c.total()));
            tr.appendElement("td").text(c.percent() + " %");
        }
        body.appendChild(matrixTable());
        return "<!DOCTYPE html>\n" + page.child(0).outerHtml() + "\n";
    }
}
