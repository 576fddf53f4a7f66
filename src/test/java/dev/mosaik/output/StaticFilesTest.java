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
            assertThat(walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList())
                    .containsExactlyElementsOf(StaticFiles.themeFiles().stream().sorted().toList());
        }
    }

    @Test
    void theStylesheetLoadsFontsOnlyFromTheSite() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/theme/static/mosaik/site.css"));
        assertThat(css).doesNotContainPattern("url\\(\\s*[\"']?(https?:)?//");
        assertThat(css).contains("fonts/NotoSansArabic-Regular.woff2");
    }
}
