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
        double slot = (double) WIDTH / Math.max(1, columns.size());
        double width = Math.min(MAX_COLUMN, slot * 0.6);
        int step = (columns.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            double x = slot * c + (slot - width) / 2;
            double bottom = PLOT_TOP + PLOT_HEIGHT;
            int total = column.total();
            for (int s = 0; s < series.size() && total > 0; s++) {
                int count = column.counts().get(s);
                if (count == 0) {
                    continue;
                }
                double h = (double) PLOT_HEIGHT * count / total;
                bottom -= h;
                svg.append("<rect x=\"")
                        .append(format(mirror.x(x, width)))
                        .append("\" y=\"")
                        .append(format(bottom))
                        .append("\" width=\"")
                        .append(format(width))
                        .append("\" height=\"")
                        .append(format(h))
                        .append("\" fill=\"")
                        .append(series.get(s).fill())
                        .append("\"/>");
            }
            if ((columns.size() - 1 - c) % step == 0) {
                svg.append("<text x=\"")
                        .append(format(mirror.x(slot * c + slot / 2, 0)))
                        .append("\" y=\"")
                        .append(PLOT_TOP + PLOT_HEIGHT + 18)
                        .append("\" font-size=\"")
                        .append(FONT)
                        .append("\" text-anchor=\"middle\" fill=\"#1b1f24\">")
                        .append(escape(column.label()))
                        .append("</text>");
            }
        }
        svg.append("<line x1=\"0\" x2=\"")
                .append(WIDTH)
                .append("\" y1=\"")
                .append(PLOT_TOP + PLOT_HEIGHT)
                .append("\" y2=\"")
                .append(PLOT_TOP + PLOT_HEIGHT)
                .append("\" stroke=\"#1b1f24\"/>");
        int half = WIDTH / 2;
        for (int s = 0; s < series.size(); s++) {
            int x = (s % 2) * half;
            int top = legendTop + (s / 2) * LEGEND_ROW;
            svg.append("<rect x=\"")
                    .append(format(mirror.x(x, 12)))
                    .append("\" y=\"")
                    .append(top)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(series.get(s).fill())
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(format(mirror.x(x + 16, 0)))
                    .append("\" y=\"")
                    .append(top + 11)
                    .append("\" font-size=\"")
                    .append(FONT)
                    .append('"')
                    .append(rightToLeft ? " text-anchor=\"end\"" : "")
                    .append(" fill=\"#1b1f24\">")
                    .append(escape(series.get(s).label()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
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
