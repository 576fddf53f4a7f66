package dev.mosaik.output;

import dev.mosaik.content.StaticFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Copies the files that are published as they are: the default theme's stylesheet and scripts (from the
 * jar), then the site's {@code assets/} (which may replace them), then images and documents that lie next
 * to content pages.
 */
public final class StaticFiles {

    /** The theme's files are listed rather than discovered, because a jar cannot list a folder portably. */
    private static final String THEME_LIST = "/theme/static.list";

    public static List<String> themeFiles() {
        try (InputStream in = StaticFiles.class.getResourceAsStream(THEME_LIST)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + THEME_LIST);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(List<StaticFile> assets, List<StaticFile> contentFiles, OutputTarget output) throws IOException {
        for (String file : themeFiles()) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/theme/static/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("theme file listed but missing: " + file);
                }
                output.write(file, in.readAllBytes());
            }
        }
        for (StaticFile asset : assets) {
            output.copy(asset.path(), asset.sitePath());
        }
        for (StaticFile file : contentFiles) {
            output.copy(file.path(), file.sitePath());
        }
    }
}
