package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problems;
import dev.mosaik.render.SiteRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages written with the size their language's pack has in the published version, and put right at the end where
 * the new pack's size reads otherwise.
 */
class PackSizeGuessTest {

    private static final String MARKER = SiteRenderer.OFFLINE_SIZE_MARKER;

    @TempDir
    Path dir;

    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final SiteConfig config =
            new SiteConfigReader().parse("""
                    baseUrl: https://example.org/
                    defaultLanguage: de
                    languages:
                      - code: de
                        title: Testseite
                      - code: ar
                        title: موقع الاختبار
                        locale: ar-u-nu-arab
                    """, new Problems()).orElseThrow();

    @Test
    void writesAPageWithThePublishedPacksSizeInsteadOfTheMarker() throws IOException {
        PackSizeGuess guess = guessWithGermanPack(2_000_000);
        String size = text(2_000_000, "de");

        guess.write("de/index.html", bytes("<p>Paket (" + MARKER + ")</p>"));
        guess.write("ar/index.html", bytes("<p>" + MARKER + "</p>"));
        guess.write("de/search.json", bytes(MARKER));

        assertThat(written.get("de/index.html")).isEqualTo("<p>Paket (" + size + ")</p>");
        assertThat(written.get("ar/index.html"))
                .as("no published pack of the language: no guess")
                .isEqualTo("<p>" + MARKER + "</p>");
        assertThat(written.get("de/search.json")).as("pages only").isEqualTo(MARKER);
    }

    @Test
    void aPageWrittenWithItsHashIsKnownWithoutReadingItWhereItGotAGuess() throws IOException {
        PackSizeGuess guess = guessWithGermanPack(2_000_000);
        byte[] german = bytes("<p>Paket (" + MARKER + ")</p>");
        byte[] arabic = bytes("<p>" + MARKER + "</p>");

        guess.write("de/index.html", german, digest(german));
        guess.write("ar/index.html", arabic, digest(arabic));
        guess.write("de/kontakt/index.html", bytes("<p>" + MARKER + "</p>"));

        PackSizeGuess.Known known = guess.known("de/index.html").orElseThrow();
        assertThat(known.digest()).as("the page as rendered").isEqualTo(digest(german));
        assertThat(known.length()).as("as written").isEqualTo(page("de/index.html").length);
        assertThat(guess.known("ar/index.html"))
                .as("no guess: the page keeps the marker, which only reading it back finds")
                .isEmpty();
        assertThat(guess.known("de/kontakt/index.html"))
                .as("written without its hash")
                .isEmpty();
    }

    private static byte[] digest(byte[] bytes) {
        return PackCache.digest(bytes);
    }

    @Test
    void aRightGuessLeavesThePageAsWritten() throws IOException {
        PackSizeGuess guess = guessWithGermanPack(1_600_000);
        guess.write("de/index.html", bytes("<p>" + MARKER + "</p>"));

        assertThat(guess.corrected("de/index.html", page("de/index.html"), bytes(text(2_000_000, "de"))))
                .as("rounded to the same half megabyte")
                .isEmpty();
    }

    @Test
    void aWrongGuessIsReplacedWhereItWasPutNotWhereAPageQuotesIt() throws IOException {
        PackSizeGuess guess = guessWithGermanPack(2_000_000);
        String guessed = text(2_000_000, "de");
        guess.write("de/index.html", bytes(guessed + "<p>" + MARKER + "</p>" + guessed));
        String real = text(300_000, "de");

        Optional<byte[]> corrected = guess.corrected("de/index.html", page("de/index.html"), bytes(real));

        assertThat(corrected).isPresent();
        assertThat(new String(corrected.get(), StandardCharsets.UTF_8))
                .isEqualTo(guessed + "<p>" + real + "</p>" + guessed);
        assertThat(new String(guess.unfilled("de/index.html", page("de/index.html")), StandardCharsets.UTF_8))
                .as("what the pack entry is made of: the page as rendered")
                .isEqualTo(guessed + "<p>" + MARKER + "</p>" + guessed);
    }

    @Test
    void aPageWrittenWithTheMarkerGetsTheSize() throws IOException {
        PackSizeGuess guess = PackSizeGuess.around(this::write, config, Optional.empty());
        guess.write("ar/index.html", bytes("<p>" + MARKER + "</p><p>" + MARKER + "</p>"));
        String size = text(300_000, "ar");

        Optional<byte[]> corrected = guess.corrected("ar/index.html", page("ar/index.html"), bytes(size));

        assertThat(corrected.map(b -> new String(b, StandardCharsets.UTF_8)))
                .contains("<p>" + size + "</p><p>" + size + "</p>");
        assertThat(guess.corrected("ar/leer.html", bytes("<p>no pack offered</p>"), bytes(size)))
                .isEmpty();
    }

    private PackSizeGuess guessWithGermanPack(int size) throws IOException {
        Path published = dir.resolve("public");
        Files.createDirectories(published.resolve("de"));
        Files.write(published.resolve("de/offline.zip"), new byte[size]);
        return PackSizeGuess.around(this::write, config, Optional.of(published));
    }

    private void write(String file, byte[] content) {
        written.put(file, new String(content, StandardCharsets.UTF_8));
    }

    private byte[] page(String file) {
        return bytes(written.get(file));
    }

    private String text(long size, String code) {
        return new String(
                PackSizeText.of(
                        size,
                        config.languages().stream()
                                .filter(l -> l.code().equals(code))
                                .findFirst()
                                .orElseThrow()),
                StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
