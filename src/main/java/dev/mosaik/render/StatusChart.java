package dev.mosaik.render;

import dev.mosaik.render.TypedViews.DashboardRow;
import dev.mosaik.render.TypedViews.StatusCount;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG chart of the implementation status: one stacked bar for all measures and one per field of
 * action. It needs no JavaScript and no request; screen readers get the table beside it, so the chart is
 * hidden from them and titled for sighted users only.
 */
final class StatusChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 56;
    private static final int BAR = 18;
    private static final int GAP = 8;
    /** Fills matching the status colours of the stylesheet (contrast with white text not needed: no text on bars). */
    private static final List<String> FILLS = List.of("#6b7785", "#c98a00", "#2e7d4f", "#0b5cab");

    private StatusChart() {
    }

    static String svg(List<StatusCount> totals, List<DashboardRow> rows, String title) {
        int height = (rows.size() + 1) * (BAR + GAP) + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"status-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        int y = 0;
        bar(svg, "Σ", totals, y, true);
        y += BAR + GAP + 6;
        for (DashboardRow row : rows) {
            bar(svg, row.number(), row.counts(), y, false);
            y += BAR + GAP;
        }
        int x = LABEL;
        y += 10;
        for (int i = 0; i < totals.size(); i++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(FILLS.get(i % FILLS.size())).append("\"/>");
            svg.append("<text x=\"").append(x + 16).append("\" y=\"").append(y + 11).append("\" font-size=\"12\" fill=\"#1b1f24\">")
                    .append(escape(totals.get(i).label())).append("</text>");
            x += 20 + 8 * totals.get(i).label().length() + 16;
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, String label, List<StatusCount> counts, int y, boolean bold) {
        int total = counts.stream().mapToInt(StatusCount::count).sum();
        svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"13\"").append(bold ? " font-weight=\"700\"" : "")
                .append(" fill=\"#1b1f24\">").append(escape(label)).append("</text>");
        double x = LABEL;
        double width = WIDTH - LABEL;
        for (int i = 0; i < counts.size(); i++) {
            if (total == 0 || counts.get(i).count() == 0) {
                continue;
            }
            double w = width * counts.get(i).count() / total;
            svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(y).append("\" width=\"").append(format(w))
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(FILLS.get(i % FILLS.size())).append("\"/>");
            x += w;
        }
    }

    /** Fixed notation with a dot, whatever the JVM's locale: output must not depend on the machine. */
    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
