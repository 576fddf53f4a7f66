package dev.mosaik.output.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What every cached result depends on besides its own input: mosaik's code (the version and a fingerprint of the
 * jar or class folder, so that a development build invalidates too, and of every other jar on the class path, such as
 * a content type's), and the site's theme, configuration and UI strings. A change to any of them makes every key new.
 */
public final class CacheStamp {

    /** The code's fingerprint, computed once per program run: the code does not change while it runs. */
    private static final class Code {
        static final String FINGERPRINT = fingerprint();
    }

    private CacheStamp() {}

    /**
     * The stamp of the site in {@code site}.
     *
     * @param files the site's files every result depends on (site.yaml, the i18n and theme folders), relative to
     *              {@code site}; a missing one counts as missing
     * @param extra options of the build that change results (the base URL given on the command line)
     */
    public static String of(Path site, List<String> files, String extra) {
        return of(Code.FINGERPRINT, site, files, extra);
    }

    /** The stamp with a given fingerprint of the code: for tests that play another version of mosaik. */
    public static String of(String code, Path site, List<String> files, String extra) {
        CacheKey key = CacheKey.of("stamp").add(code).add(extra);
        for (String name : files) {
            key.add(name);
            Path path = site.resolve(name);
            try (Stream<Path> walk = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    key.add(site.relativize(file).toString().replace('\\', '/')).add(Files.readAllBytes(file));
                }
            } catch (IOException | UncheckedIOException e) {
                // Unreadable now: a key no earlier build had, so nothing stale is used.
                key.add("unreadable " + System.nanoTime());
            }
        }
        return key.hex();
    }

    /**
     * The version, the jar's entries (their names, sizes and checksums) or the class folder's files, and those of
     * every other entry of the class path: a content type's jar beside mosaik's brings code, templates and UI strings
     * of its own, all of which pages depend on.
     */
    private static String fingerprint() {
        String version = CacheStamp.class.getPackage().getImplementationVersion();
        try {
            Path own = Path.of(CacheStamp.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            List<Path> classPath = Stream.of(
                            System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.isEmpty())
                    .map(Path::of)
                    .toList();
            return fingerprint(version == null ? "development" : version, own, classPath);
        } catch (URISyntaxException | RuntimeException e) {
            // Code of unknown origin: a fingerprint no other run shares, so this run uses nothing cached.
            return CacheKey.of("code").add("unknown " + System.nanoTime()).hex();
        }
    }

    /** The fingerprint of mosaik's code at {@code own} and of the other entries of {@code classPath}, in order. */
    static String fingerprint(String version, Path own, List<Path> classPath) {
        CacheKey key = CacheKey.of("code").add(version);
        code(key, own);
        Path ownPath = own.toAbsolutePath().normalize();
        for (Path entry : classPath) {
            if (!entry.toAbsolutePath().normalize().equals(ownPath)) {
                key.add(entry.toString());
                code(key, entry);
            }
        }
        return key.hex();
    }

    private static void code(CacheKey key, Path code) {
        try {
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        key.add(code.relativize(file).toString()).add(Files.readAllBytes(file));
                    }
                }
            } else if (Files.exists(code)) {
                // The central directory holds a CRC of every entry: the jar's content without reading it.
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    Enumeration<? extends ZipEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry entry = entries.nextElement();
                        key.add(entry.getName()).add(entry.getSize()).add(entry.getCrc());
                    }
                }
            } else {
                key.add("missing");
            }
        } catch (IOException | RuntimeException e) {
            // Code that cannot be read: a fingerprint no other run shares, so this run uses nothing cached.
            key.add("unreadable " + System.nanoTime());
        }
    }
}
