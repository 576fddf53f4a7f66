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

    /**
     * A narrow drawing, scaled to the width of its box: about one to one on a 390 px phone, so that its 14-unit
     * labels stay at least 12 px there (at 640 units wide they shrank to 7 px), and at most 30rem wide on a desktop.
     */
    static final int WIDTH = 360;

    static final int FONT = 14;
    private static final int LABEL = 44;
    private static final int BAR = 18;
    private static final int GAP = 8;
    private static final int LEGEND_ROW = 20;
    /** Fills matching the status colours of the stylesheet (contrast with white text not needed: no text on bars). */
    private static final List<String> FILLS = List.of("#6b7785", "#c98a00", "#2e7d4f", "#0b5cab");

    private StatusChart() {}

    /**
     * @param rightToLeft draw it mirrored, for right-to-left pages: labels on the right, bars growing leftwards
     *                    from them, the legend from the right
     */
    static String svg(List<StatusCount> totals, List<DashboardRow> rows, String title, boolean rightToLeft) {
        int legendRows = (totals.size() + 1) / 2;
        int height = (rows.size() + 1) * (BAR + GAP) + 16 + legendRows * LEGEND_ROW;
        Mirror mirror = new Mirror(rightToLeft);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"status-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        int y = 0;
        bar(svg, mirror, "Σ", totals, y, true);
        y += BAR + GAP + 6;
        for (DashboardRow row : rows) {
            bar(svg, mirror, row.number(), row.counts(), y, false);
            y += BAR + GAP;
        }
        // The legend in two columns below the bars: a narrow chart has no room for four labels in a row.
        y += 6;
        int column = (WIDTH - LABEL) / 2;
        for (int i = 0; i < totals.size(); i++) {
            int x = LABEL + (i % 2) * column;
            int top = y + (i / 2) * LEGEND_ROW;
            svg.append("<rect x=\"")
                    .append(format(mirror.x(x, 12)))
                    .append("\" y=\"")
                    .append(top)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(FILLS.get(i % FILLS.size()))
                    .append("\"/>");
            text(svg, mirror, x + 16, top + 11, totals.get(i).label(), false);
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(
            StringBuilder svg, Mirror mirror, String label, List<StatusCount> counts, int y, boolean bold) {
        int total = counts.stream().mapToInt(StatusCount::count).sum();
        text(svg, mirror, 0, y + 14, label, bold);
        double x = LABEL;
        double width = WIDTH - LABEL;
        for (int i = 0; i < counts.size(); i++) {
            if (total == 0 || counts.get(i).count() == 0) {
                continue;
            }
            double w = width * counts.get(i).count() / total;
            svg.append("<rect x=\"")
                    .append(format(mirror.x(x, w)))
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(format(w))
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"")
                    .append(FILLS.get(i % FILLS.size()))
                    .append("\"/>");
            x += w;
        }
    }

    /** A label that begins at {@code x} in the reading direction: anchored at its end when mirrored. */
    private static void text(StringBuilder svg, Mirror mirror, double x, int y, String label, boolean bold) {
        svg.append("<text x=\"")
                .append(format(mirror.x(x, 0)))
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"")
                .append(FONT)
                .append('"')
                .append(bold ? " font-weight=\"700\"" : "")
                .append(mirror.rightToLeft ? " text-anchor=\"end\"" : "")
                .append(" fill=\"#1b1f24\">")
                .append(escape(label))
                .append("</text>");
    }

    /** Where a shape drawn left-to-right at {@code x} with width {@code w} goes: mirrored at the middle for right-to-left. */
    private record Mirror(boolean rightToLeft) {
        double x(double x, double w) {
            return rightToLeft ? WIDTH - x - w : x;
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
