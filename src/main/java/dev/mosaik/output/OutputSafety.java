package dev.mosaik.output;

import dev.mosaik.diag.UiText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which folders a build may replace. A build deletes its output folder as a whole and puts the new site in its
 * place, so a wrong {@code --output} ({@code .}, {@code ..}, {@code content}, {@code $HOME}, {@code /}) would
 * delete what mosaik never wrote. Refused: the file system root, the user's home and its parents, the site
 * folder and its parents, the site's source folders and anything inside or around them; and an existing
 * non-empty folder that does not carry the {@linkplain #MARKER marker} every build writes. Paths are compared
 * after resolving symbolic links and {@code ..}, so that a link cannot smuggle the site folder in.
 */
public final class OutputSafety {

    /**
     * The marker file at the top of every output folder mosaik writes: a later build replaces only a folder that
     * has it. Published with the site (a few harmless bytes; hidden, not in the sitemap).
     */
    public static final String MARKER = ".mosaik-output";

    /** What the marker says to whoever finds it. */
    static final byte[] MARKER_TEXT =
            ("This folder was written by mosaik (a static-site generator); `mosaik build` replaces it as a whole.\n")
                    .getBytes(StandardCharsets.UTF_8);

    /** The site's folders whose files are sources: an output there would delete or shadow them. */
    private static final List<String> SOURCE_FOLDERS = List.of("content", "i18n", "assets", "theme", ".git");

    /**
     * The files every build of the default theme wrote before the marker existed: a folder with all of them is
     * taken as an earlier mosaik output, so that sites built by an older version build again without help.
     */
    private static final List<String> LEGACY_OUTPUT = List.of("sitemap.xml", "robots.txt", "mosaik/site.css");

    private OutputSafety() {}

    /**
     * Why {@code output} must not be replaced by a build of the site in {@code source}, or empty when it may.
     * The reason names the folder and says what to do instead.
     */
    public static Optional<UiText> refusal(Path source, Path output) {
        Path out;
        Path site;
        try {
            out = real(output);
            site = real(source);
        } catch (IOException e) {
            return Optional.of(UiText.of("output.cannotCheck", output.toString(), String.valueOf(e.getMessage())));
        }
        String name = out.toString();
        if (out.getParent() == null) {
            return Optional.of(UiText.of("output.isRoot", name));
        }
        Optional<UiText> home = homeRefusal(out, name);
        if (home.isPresent()) {
            return home;
        }
        if (site.startsWith(out)) {
            return Optional.of(
                    site.equals(out)
                            ? UiText.of(
                                    "output.isSite",
                                    name,
                                    site.resolve("public").toString())
                            : UiText.of(
                                    "output.containsSite",
                                    name,
                                    site.toString(),
                                    site.resolve("public").toString()));
        }
        Optional<UiText> sources = sourcesRefusal(out, site, name);
        if (sources.isPresent()) {
            return sources;
        }
        return replaceable(out);
    }

    /** The user's home folder, or a folder holding it, is never replaced. */
    private static Optional<UiText> homeRefusal(Path out, String name) {
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) {
            try {
                Path realHome = real(Path.of(home));
                if (realHome.startsWith(out)) {
                    return Optional.of(UiText.of(realHome.equals(out) ? "output.isHome" : "output.containsHome", name));
                }
            } catch (IOException | RuntimeException e) {
                // No usable home: nothing to protect there.
            }
        }
        return Optional.empty();
    }

    /** The site's source folders are never inside the output folder, nor it inside them. */
    private static Optional<UiText> sourcesRefusal(Path out, Path site, String name) {
        for (String folder : SOURCE_FOLDERS) {
            Path sources;
            try {
                sources = real(site.resolve(folder));
            } catch (IOException e) {
                continue;
            }
            if (out.startsWith(sources) || sources.startsWith(out)) {
                return Optional.of(UiText.of(
                        out.startsWith(sources) ? "output.inSources" : "output.containsSources",
                        name,
                        folder,
                        site.resolve("public").toString()));
            }
        }
        return Optional.empty();
    }

    /**
     * Why the existing {@code folder} is not mosaik's to replace, or empty when it is missing, empty, or an
     * earlier output (marked, or looking exactly like an output of a version before the marker).
     */
    public static Optional<UiText> replaceable(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(UiText.of("output.notAFolder", folder.toString()));
        }
        if (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                || isEmpty(folder)
                || isLegacyOutput(folder)) {
            return Optional.empty();
        }
        return Optional.of(UiText.of("output.foreign", folder.toString(), MARKER));
    }

    private static boolean isLegacyOutput(Path folder) {
        return LEGACY_OUTPUT.stream()
                .allMatch(file -> Files.isRegularFile(folder.resolve(file), LinkOption.NOFOLLOW_LINKS));
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The real path of {@code path}, also when it does not exist yet: its nearest existing ancestor resolved
     * (links and {@code ..}), the rest appended.
     */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }
}
