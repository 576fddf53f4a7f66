package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.render.TypedViews.DashboardRow;
import dev.mosaik.render.TypedViews.StatusCount;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The implementation status chart: mirrored for right-to-left pages, its labels readable on a phone. */
class StatusChartTest {

    private static final List<StatusCount> TOTALS = List.of(
            new StatusCount("open", "مفتوح", 2),
            new StatusCount("ongoing", "جارٍ", 3),
            new StatusCount("done", "منجز", 5));
    private static final List<DashboardRow> ROWS = List.of(new DashboardRow(
            "8.1", new Views.ChildView("x", "/", "", "ar", "rtl", false, false, false), TOTALS, List.of(), 10, "", ""));

    private static Document chart(boolean rightToLeft) {
        return Jsoup.parse(StatusChart.svg(TOTALS, ROWS, "الحالة", rightToLeft), "", Parser.xmlParser());
    }

    @Test
    void inRightToLeftTheLabelsStandOnTheRightAndTheBarsGrowLeftwardsFromThem() {
        Document ltr = chart(false);
        Document rtl = chart(true);
        Element label = rtl.select("text").first();
        assertThat(label.text()).isEqualTo("Σ");
        assertThat(Double.parseDouble(label.attr("x"))).isEqualTo(StatusChart.WIDTH);
        assertThat(label.attr("text-anchor")).isEqualTo("end");
        assertThat(ltr.select("text").first().attr("x")).isEqualTo("0.0");
        // The first status's bar begins at the label: on the left of the drawing in ltr, on the right in rtl.
        Element firstLtr = ltr.select("rect").first();
        Element firstRtl = rtl.select("rect").first();
        assertThat(Double.parseDouble(firstRtl.attr("x")) + Double.parseDouble(firstRtl.attr("width")))
                .isCloseTo(
                        StatusChart.WIDTH - Double.parseDouble(firstLtr.attr("x")),
                        org.assertj.core.data.Offset.offset(0.11));
        assertThat(Double.parseDouble(firstRtl.attr("x"))).isGreaterThan(StatusChart.WIDTH / 2.0);
    }

    @Test
    void itsLabelsAreAtLeastTwelvePixelsWhenItIsAsWideAsAPhonesContent() {
        double phoneContent = 390 - 2 * 16; // the page's side padding on a phone
        double scale = phoneContent / StatusChart.WIDTH;
        for (Element text : chart(false).select("text")) {
            assertThat(Double.parseDouble(text.attr("font-size")) * scale)
                    .as(text.text())
                    .isGreaterThanOrEqualTo(12);
        }
        String viewBox = chart(false).selectFirst("svg").attr("viewBox");
        assertThat(viewBox).startsWith("0 0 " + StatusChart.WIDTH + " ");
    }
}
