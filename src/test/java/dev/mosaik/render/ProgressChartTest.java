package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The progress timeline: time runs in the reading direction, columns stack to full height, labels readable on a phone. */
class ProgressChartTest {

    private static final List<ProgressChart.Series> SERIES =
            List.of(new ProgressChart.Series("منفّذ", "#2e7d4f"), new ProgressChart.Series("مخطط", "#6b7785"));
    private static final List<ProgressChart.Column> COLUMNS = List.of(
            new ProgressChart.Column("أكتوبر ٢٠٢٥", List.of(0, 4)),
            new ProgressChart.Column("أبريل ٢٠٢٦", List.of(1, 3)),
            new ProgressChart.Column("أكتوبر ٢٠٢٦", List.of(3, 1)));

    private static Document chart(boolean rightToLeft) {
        return Jsoup.parse(
                ProgressChart.svg(SERIES, COLUMNS, "التقدّم", "أعمدة", "t", rightToLeft), "", Parser.xmlParser());
    }

    private static List<Element> bars(Document chart) {
        return chart.select("rect").stream()
                .filter(r -> !r.attr("width").equals("12"))
                .toList();
    }

    private static double x(Element e) {
        return Double.parseDouble(e.attr("x"));
    }

    @Test
    void inRightToLeftTheOldestColumnStandsOnTheRightAndEveryShapeIsMirrored() {
        List<Element> ltr = bars(chart(false));
        List<Element> rtl = bars(chart(true));
        assertThat(ltr).hasSameSizeAs(rtl);
        for (int i = 0; i < ltr.size(); i++) {
            double w = Double.parseDouble(ltr.get(i).attr("width"));
            assertThat(x(rtl.get(i)))
                    .isCloseTo(ProgressChart.WIDTH - x(ltr.get(i)) - w, org.assertj.core.data.Offset.offset(0.11));
        }
        assertThat(x(rtl.get(0))).as("oldest").isGreaterThan(x(rtl.get(rtl.size() - 1)));
        assertThat(x(ltr.get(0))).isLessThan(x(ltr.get(ltr.size() - 1)));
        List<Element> labels = chart(true).select("text[text-anchor=middle]");
        assertThat(labels.get(0).text()).isEqualTo("أكتوبر ٢٠٢٥");
        assertThat(x(labels.get(0))).isGreaterThan(x(labels.get(2)));
    }

    @Test
    void eachColumnStacksToTheFullHeightFromTheBaseLine() {
        Document chart = chart(false);
        double bottom = ProgressChart.PLOT_TOP + ProgressChart.PLOT_HEIGHT;
        for (Element bar : bars(chart)) {
            assertThat(Double.parseDouble(bar.attr("y")) + Double.parseDouble(bar.attr("height")))
                    .isLessThanOrEqualTo(bottom + 0.1);
        }
        double middle = bars(chart).stream()
                .filter(b -> b.attr("x").equals(bars(chart).get(1).attr("x")))
                .mapToDouble(b -> Double.parseDouble(b.attr("height")))
                .sum();
        assertThat(middle).isCloseTo(ProgressChart.PLOT_HEIGHT, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void itHasATitleAndDescriptionForScreenReadersAndLabelsOfAtLeastTwelvePixelsOnAPhone() {
        Document chart = chart(false);
        Element svg = chart.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("t t-desc");
        assertThat(chart.selectFirst("title#t").text()).isEqualTo("التقدّم");
        assertThat(chart.selectFirst("desc#t-desc").text()).isEqualTo("أعمدة");
        double scale = (390 - 2 * 16.0) / ProgressChart.WIDTH;
        for (Element text : chart.select("text")) {
            assertThat(Double.parseDouble(text.attr("font-size")) * scale)
                    .as(text.text())
                    .isGreaterThanOrEqualTo(12);
        }
    }
}
