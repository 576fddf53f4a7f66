package dev.mosaik.output.offline;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the pages with their pack's size already filled in, guessed from the published version: the size its
 * language's pack has there. The size a page shows is rounded (to 100 kB, from 1 MB on to 0.5 MB), so it rarely
 * changes from one build to the next; an unchanged page is then written once, with its final bytes (which the
 * output folder links to the published copy), instead of with a marker that the last pass over the output replaces
 * by deleting the page and writing it again. Where a pack's size turns out otherwise, {@link FinalPass} puts the
 * right text at the places noted here: never found by searching for the guessed text, which a page's own content
 * may hold as well. Without a published version (a first build) the pages keep the marker.
 */
public final class PackSizeGuess implements PageSink {

    private final PageSink target;
    private final SiteConfig config;
    private final Map<Language, byte[]> guesses;
    /** For each page written with a guess, where the guess stands in its bytes. */
    private final Map<String, int[]> places = new ConcurrentHashMap<>();
    /** The languages whose size was put into a page. */
    private final Set<Language> guessed = ConcurrentHashMap.newKeySet();
    /** The pages written with their hash known ({@link #write(String, byte[], byte[])}), and no marker left. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /**
     * A page's hash as it was rendered (with the marker) and its length as written, known without reading it back.
     */
    record Known(byte[] digest, long length) {}

    private PackSizeGuess(PageSink target, SiteConfig config, Map<Language, byte[]> guesses) {
        this.target = target;
        this.config = config;
        this.guesses = guesses;
    }

    /**
     * @param target    where the pages go
     * @param published the version of the output folder that readers see now, if any
     */
    public static PackSizeGuess around(PageSink target, SiteConfig config, Optional<Path> published) {
        Map<Language, byte[]> guesses = new HashMap<>();
        published.ifPresent(folder -> {
            for (Language language : config.languages()) {
                packSize(folder.resolve(language.urlPrefix()).resolve(SiteRenderer.OFFLINE_PACK))
                        .ifPresent(size -> guesses.put(language, PackSizeText.of(size, language)));
            }
        });
        return new PackSizeGuess(target, config, guesses);
    }

    private static Optional<Long> packSize(Path pack) {
        try {
            return Files.isRegularFile(pack, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.size(pack))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no guess: the pages keep the marker
        }
    }

    @Override
    public void write(String outputFile, byte[] content) {
        filled(outputFile, content);
    }

    /**
     * Writes the page as {@link #write(String, byte[])} does, and keeps its hash and length for {@link ReadBack}
     * where the page was written with a guess: it has no marker left, so nothing of it needs reading back.
     */
    @Override
    public void write(String outputFile, byte[] content, byte[] digest) {
        long length = filled(outputFile, content);
        if (length >= 0) {
            known.put(outputFile, new Known(digest, length));
        }
    }

    /** Writes the page with its guess filled in: its length as written, or -1 where there was no guess. */
    private long filled(String outputFile, byte[] content) {
        byte[] guess = outputFile.endsWith(".html") ? guesses.get(PackSizeText.languageOf(config, outputFile)) : null;
        if (guess == null) {
            target.write(outputFile, content);
            return -1;
        }
        Splice filled = Splice.replacing(content, PackSizeText.MARKER, guess);
        if (filled.replacedAny()) {
            places.put(outputFile, filled.places());
            guessed.add(PackSizeText.languageOf(config, outputFile));
        }
        target.write(outputFile, filled.bytes());
        return filled.bytes().length;
    }

    /** The page's hash and length where they are known without reading it ({@link #write(String, byte[], byte[])}). */
    Optional<Known> known(String file) {
        return Optional.ofNullable(known.get(file));
    }

    @Override
    public void reserve(String outputFile) {
        target.reserve(outputFile);
    }

    /**
     * A page's final bytes where they differ from {@code bytes}, as written: the guess replaced where it was wrong,
     * or the marker where there was no guess; empty where the page is right as it is.
     *
     * @param size the text of the pack's size, as the page offers it
     */
    Optional<byte[]> corrected(String file, byte[] bytes, byte[] size) {
        int[] at = places.get(file);
        if (at == null) {
            Splice filled = Splice.replacing(bytes, PackSizeText.MARKER, size);
            return filled.replacedAny() ? Optional.of(filled.bytes()) : Optional.empty();
        }
        byte[] guess = guesses.get(PackSizeText.languageOf(config, file));
        return Arrays.equals(guess, size) ? Optional.empty() : Optional.of(Splice.at(bytes, at, guess.length, size));
    }

    /** Whether every page written with a guess shows what its pack's size turned out to be. */
    boolean rightFor(Map<Language, byte[]> texts) {
        return guessed.stream().allMatch(language -> Arrays.equals(guesses.get(language), texts.get(language)));
    }

    /** Whether a page as written still has the marker: one written without a guess. */
    boolean hasMarker(String file, byte[] bytes) {
        return !places.containsKey(file) && Splice.contains(bytes, PackSizeText.MARKER);
    }

    /** A page as it was rendered, the marker where a guess was put in: what its pack entry is made of. */
    byte[] unfilled(String file, byte[] bytes) {
        int[] at = places.get(file);
        if (at == null) {
            return bytes;
        }
        return Splice.at(bytes, at, guesses.get(PackSizeText.languageOf(config, file)).length, PackSizeText.MARKER);
    }
}
