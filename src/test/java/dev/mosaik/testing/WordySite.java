package dev.mosaik.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A German site of many small pages, each with words of its own, so that its search index comes in many chunks
 * of terms and of pages, as a large site's does. The words are made of syllables (ICU sees each as one word) and
 * all begin with "mo", so that they share beginnings across chunks as real words do.
 */
public final class WordySite {

    /** Words that occur on one page only, per page. */
    public static final int WORDS_PER_PAGE = 12;

    private static final String[] SYLLABLES = {
        "ba", "de", "fi", "go", "hu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "wu", "zi"
    };

    /** Pages of the shared build: enough for several chunks of terms and some dozens of chunks of pages. */
    public static final int PAGES = 2000;

    private static Path output;

    private WordySite() {}

    /**
     * The output folder of a site of {@link #PAGES} pages, built once for all tests that only read it, into a
     * temporary folder removed when the JVM ends.
     */
    public static synchronized Path built() {
        if (output == null) {
            try {
                Path root = Files.createTempDirectory("mosaik-wordy-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                TestSite site = write(root, PAGES);
                TestSite.Run run = site.build("--no-pdf");
                if (run.exitCode() != 0) {
                    throw new IllegalStateException("the site of many pages does not build: " + run.err());
                }
                output = site.output();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    /** Writes the site with {@code pages} pages in the section {@code seiten} below {@code root}. */
    public static TestSite write(Path root, int pages) {
        TestSite site = TestSite.write(root, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                -- content/_index.de.md --
                ---
                title: Willkommen
                ---
                Start.
                -- content/seiten/_index.de.md --
                ---
                title: Seiten
                ---
                Alle Seiten.
                """);
        for (int page = 0; page < pages; page++) {
            site.file(
                    path(page),
                    "---\ntitle: Seite " + page + "\n---\nGemeinsam: " + String.join(" ", words(page)) + ".\n");
        }
        return site;
    }

    /** The source file of page {@code page}. */
    public static String path(int page) {
        return String.format(Locale.ROOT, "content/seiten/seite-%05d.de.md", page);
    }

    /** The address of page {@code page}. */
    public static String url(int page) {
        return String.format(Locale.ROOT, "/de/seiten/seite-%05d/", page);
    }

    /** The words of page {@code page}, which no other page has. */
    public static List<String> words(int page) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < WORDS_PER_PAGE; k++) {
            words.add(word(page * WORDS_PER_PAGE + k));
        }
        return words;
    }

    /** The made-up word number {@code n}: "mo" and the digits of n in base 16 as syllables. */
    public static String word(int n) {
        StringBuilder word = new StringBuilder("mo");
        String digits = String.format(Locale.ROOT, "%05x", n);
        for (char digit : digits.toCharArray()) {
            word.append(SYLLABLES[Character.digit(digit, 16)]);
        }
        return word.toString();
    }
}
