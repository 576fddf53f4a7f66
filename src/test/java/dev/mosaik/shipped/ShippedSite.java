package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site in this repository, built once for all tests of this package (they only read it) into a temporary
 * folder that is removed when the JVM ends. Built with a fixed build date, so the pages are the same
 * whenever the tests run.
 */
final class ShippedSite {

    static final String BUILD_DATE = "2026-11-29";
    private static Path output;

    private ShippedSite() {}

    /** The output folder, building the site on first use. */
    static synchronized Path output() {
        if (output == null) {
            try {
                Path folder = Files.createTempDirectory("mosaik-shipped-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                TestSite.Run run = TestSite.run(
                        "build", "--source", ".", "--output", folder.toString(), "--build-date", BUILD_DATE);
                assertThat(run.exitCode()).as(run.err()).isZero();
                output = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }

    static Document page(String path) {
        String file = path.endsWith("/") ? path + "index.html" : path;
        try {
            return Jsoup.parse(
                    output().resolve(file.substring(1)).toFile(), "UTF-8", "https://integration.wetzlar.de" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file of the output, as site paths ({@code /de/kontakt/index.html}), sorted. */
    static List<String> htmlFiles() {
        Path root = output();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The address in the tree at {@code prefix} ({@code /ar/}) of a German generated page ({@code
     * /de/schlagwoerter/}), as the German page's language switcher names it: the addresses of taxonomies and the
     * course finder are in each tree's own words ({@code /ar/وسوم/}).
     */
    static String counterpart(String germanPath, String prefix) {
        if (prefix.equals("/de/")) {
            return germanPath;
        }
        return page(germanPath)
                .select(".language-switcher a[href^=\"" + prefix + "\"]")
                .first()
                .attr("href");
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
