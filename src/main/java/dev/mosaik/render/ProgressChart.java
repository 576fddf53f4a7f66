package dev.mosaik.render;

import java.util.List;
import java.util.Locale;

/**
 * An inline SVG timeline of the implementation progress: one stacked column per report date, oldest first in
 * the reading direction (so time runs right to left on Arabic and Persian pages), the same measures in every
 * column. It needs no JavaScript and no request; it carries a title and a description for screen readers, and
 * the table beside it has the same numbers.
 */
final class ProgressChart {

    /** As narrow as the status chart, so its 13-unit labels stay at least 12 px on a 390 px phone. */
    static final int WIDTH = 360;

    static final int FONT = 13;
    static final int PLOT_TOP = 4;
    static final int PLOT_HEIGHT = 150;
    private static final int MAX_COLUMN = 48;
    private static final int LEGEND_ROW = 20;
    /** At most this many date labels fit under the columns; with more reports every n-th is labelled, the latest always. */
    private static final int MAX_LABELS = 5;

    private ProgressChart() {}

    /** One stacked part of every column: a status (or "not yet recorded"), bottom first. */
    record Series(String label, String fill) {}

    /** One report date: its label and the count of each series, in the series' order. */
    record Column(String label, List<Integer> counts) {
        Column {
            counts = List.copyOf(counts);
        }

        int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * @param titleId     the id of the title element (unique on the page), the description's is {@code titleId + "-desc"}
     * @param rightToLeft the oldest report on the right, the legend from the right
     */
    static String svg(
            List<Series> series,
            List<Column> columns,
            String title,
            String description,
            String titleId,
            boolean rightToLeft) {
        int legendTop = PLOT_TOP + PLOT_HEIGHT + 30;
        int height = legendTop + (series.size() + 1) / 2 * LEGEND_ROW;
        Mirror mirror = new Mirror(rightToLeft);
        StringBuilder svg = new StringBuilder();
        open(svg, height, title, description, titleId);
        columns(svg, series, columns, mirror);
        baseLine(svg);
        legend(svg, series, legendTop, mirror);
        return svg.append("</svg>").toString();
    }

    /** The opening tag, labelled by the title and the description that screen readers announce. */
    private static void open(StringBuilder svg, int height, String title, String description, String titleId) {
        svg.append("<svg class=\"progress-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
                .append(titleId)
                .append(' ')
                .append(titleId)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(titleId)
                .append("\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(titleId)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    /**
     * A column per report date in equal slots; under it its date, for every {@code step}-th column counted back
     * from the latest, so that the latest is always labelled and at most {@link #MAX_LABELS} labels fit.
     */
    private static void columns(StringBuilder svg, List<Series> series, List<Column> columns, Mirror mirror) {
        double slot = (double) WIDTH / Math.max(1, columns.size());
        double width = Math.min(MAX_COLUMN, slot * 0.6);
        int step = (columns.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int c = 0; c < columns.size(); c++) {
            stack(svg, series, columns.get(c), slot * c + (slot - width) / 2, width, mirror);
            if ((columns.size() - 1 - c) % step == 0) {
                text(
                        svg,
                        format(mirror.x(slot * c + slot / 2, 0)),
                        PLOT_TOP + PLOT_HEIGHT + 18,
                        " text-anchor=\"middle\"",
                        columns.get(c).label());
            }
        }
    }

    /** One column: a rectangle per series with measures, bottom first, as high as its share of the column. */
    private static void stack(
            StringBuilder svg, List<Series> series, Column column, double x, double width, Mirror mirror) {
        double bottom = PLOT_TOP + PLOT_HEIGHT;
        int total = column.total();
        for (int s = 0; s < series.size() && total > 0; s++) {
            int count = column.counts().get(s);
            if (count == 0) {
                continue;
            }
            double h = (double) PLOT_HEIGHT * count / total;
            bottom -= h;
            rect(
                    svg,
                    format(mirror.x(x, width)),
                    format(bottom),
                    format(width),
                    format(h),
                    series.get(s).fill());
        }
    }

    /** The line the columns stand on, drawn over their feet. */
    private static void baseLine(StringBuilder svg) {
        svg.append("<line x1=\"0\" x2=\"")
                .append(WIDTH)
                .append("\" y1=\"")
                .append(PLOT_TOP + PLOT_HEIGHT)
                .append("\" y2=\"")
                .append(PLOT_TOP + PLOT_HEIGHT)
                .append("\" stroke=\"#1b1f24\"/>");
    }

    /** A swatch and a label per series, two to a row, below the plot: a narrow chart has no room for more. */
    private static void legend(StringBuilder svg, List<Series> series, int legendTop, Mirror mirror) {
        int half = WIDTH / 2;
        for (int s = 0; s < series.size(); s++) {
            int x = (s % 2) * half;
            int top = legendTop + (s / 2) * LEGEND_ROW;
            rect(
                    svg,
                    format(mirror.x(x, 12)),
                    String.valueOf(top),
                    "12",
                    "12",
                    series.get(s).fill());
            String anchor = mirror.rightToLeft() ? " text-anchor=\"end\"" : "";
            text(
                    svg,
                    format(mirror.x(x + 16, 0)),
                    top + 11,
                    anchor,
                    series.get(s).label());
        }
    }

    private static void rect(StringBuilder svg, String x, String y, String width, String height, String fill) {
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    /** @param anchor the {@code text-anchor} attribute with its leading space, or "" for the default */
    private static void text(StringBuilder svg, String x, int y, String anchor, String label) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"")
                .append(FONT)
                .append('"')
                .append(anchor)
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
