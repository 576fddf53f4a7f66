package dev.mosaik.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StaticFilesTest {

    @Test
    void theThemeListNamesExactlyTheFilesOfTheThemeFolder() throws Exception {
        Path folder = Path.of("src/main/resources/theme/static");
        try (Stream<Path> walk = Files.walk(folder)) {
            assertThat(walk.filter(Files::isRegularFile)
                            .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .toList())
                    .containsExactlyElementsOf(
                            StaticFiles.themeFiles().stream().sorted().toList());
        }
    }

    @Test
    void theStylesheetLoadsFontsOnlyFromTheSite() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/theme/static/mosaik/site.css"));
        assertThat(css).doesNotContainPattern("url\\(\\s*[\"']?(https?:)?//");
        assertThat(css).contains("fonts/NotoSansArabic-Regular.woff2");
    }

    /** The fonts hold only the characters src/fonts/subset-fonts kept; site.css must declare just those. */
    @Test
    void theFontFacesDeclareTheRangesTheFontsWereSubsetTo() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/theme/static/mosaik/site.css"));
        String script = Files.readString(Path.of("src/fonts/subset-fonts"));
        for (String[] font : new String[][] {
            {"LATIN", "NotoSans-Latin"}, {"CYRILLIC", "NotoSans-Cyrillic"}, {"ARABIC", "NotoSansArabic"}
        }) {
            java.util.regex.Matcher list =
                    java.util.regex.Pattern.compile(font[0] + "=\"([^\"]+)\"").matcher(script);
            assertThat(list.find()).as(font[0]).isTrue();
            String range = list.group(1).replace(",", ", ");
            for (String weight : new String[] {"Regular", "Bold"}) {
                assertThat(css)
                        .contains("url(\"fonts/" + font[1] + "-" + weight
                                + ".woff2\") format(\"woff2\");\n  font-weight: "
                                + (weight.equals("Regular") ? "400" : "600 800")
                                + ";\n  font-display: swap;\n  unicode-range: " + range + ";");
            }
        }
    }
}
