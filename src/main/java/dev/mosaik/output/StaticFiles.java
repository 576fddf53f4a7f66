package dev.mosaik.output;

import dev.mosaik.content.StaticFile;
import dev.mosaik.site.AddressBook;
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
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies every file whose address {@code addresses} grants it; a file whose address another claims is left
     * out (the book reports the clash), so that no editor's file replaces one of the theme's.
     */
    public void copy(List<StaticFile> assets, List<StaticFile> contentFiles, OutputTarget output, AddressBook addresses)
            throws IOException {
        for (String file : themeFiles()) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/theme/static/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("theme file listed but missing: " + file);
                }
                byte[] bytes = in.readAllBytes();
                if (addresses.claim(file, AddressBook.Claimant.theme(file))) {
                    output.write(file, bytes);
                }
            }
        }
        for (StaticFile asset : assets) {
            if (addresses.claim(asset.sitePath(), AddressBook.Claimant.asset(asset))) {
                output.copy(asset.path(), asset.sitePath());
            }
        }
        for (StaticFile file : contentFiles) {
            if (addresses.claim(file.sitePath(), AddressBook.Claimant.contentFile(file))) {
                output.copy(file.path(), file.sitePath());
            }
        }
    }
}
