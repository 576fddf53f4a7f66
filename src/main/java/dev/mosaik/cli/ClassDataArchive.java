package dev.mosaik.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive for the tuned JVM of {@code build} and {@code check}: the classes a build loads
 * (the JDK's and mosaik's, 5,000 of them), parsed and verified once and mapped from a file on every later start.
 * Measured on the shipped site and the benchmark's sites (docs/benchmark.md): it saves about half a second of
 * every build, which is most of what a small site's build spends before its first page.
 *
 * <p>The first build writes the archive as its JVM exits ({@code -XX:ArchiveClassesAtExit}, a second or so), into
 * the user's cache folder ({@code $XDG_CACHE_HOME/mosaik/cds}, else {@code ~/.cache/mosaik/cds}), under a name
 * made from the JVM and the jar (its path, size and time), so a new mosaik or a new JDK writes a new one. Each
 * build writes under a name of its own and renames the archive into place only when it succeeded, so concurrent
 * builds never read a half-written archive; the JVM itself also refuses an archive whose jar changed, and then
 * runs as without one. Only a jar is archived: class folders (a development build, the tests) are not. {@code
 * MOSAIK_CDS=off} turns it off. Only files of this class's own naming are ever deleted: the oldest archives beyond
 * {@link #KEEP}.
 */
final class ClassDataArchive {

    /** Archives kept in the cache folder (different jars or JDKs in use side by side), newest first. */
    static final int KEEP = 3;

    private static final Pattern ARCHIVE = Pattern.compile("mosaik-[0-9a-f]{16}\\.jsa");
    /** The JVM's messages about archives it cannot use stay out of the build's output: it then runs without. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path written;

    private ClassDataArchive(Path archive, Path written) {
        this.archive = archive;
        this.written = written;
    }

    /**
     * The archive for a JVM from {@code javaHome} running {@code classPath}, or empty when there is none to use or
     * make: not a single jar, turned off, or no cache folder that can be created.
     */
    static Optional<ClassDataArchive> of(String classPath, Path javaHome, Map<String, String> environment, long pid) {
        if ("off".equalsIgnoreCase(environment.getOrDefault("MOSAIK_CDS", ""))) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath);
            if (!classPath.endsWith(".jar") || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            Optional<Path> folder = folder(environment);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            Files.createDirectories(folder.get());
            String key =
                    key(jar.toAbsolutePath().toString(), Files.size(jar), Files.getLastModifiedTime(jar), javaHome);
            Path archive = folder.get().resolve("mosaik-" + key + ".jsa");
            return Optional.of(
                    new ClassDataArchive(archive, folder.get().resolve("mosaik-" + key + "." + pid + ".new")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The JVM options: use the archive when it is there, else write it when the JVM exits. */
    List<String> options() {
        String option = Files.isRegularFile(archive)
                ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + written;
        return Stream.concat(Stream.of(option), QUIET.stream()).toList();
    }

    /**
     * After the JVM ended with {@code exitCode}: the archive it wrote is put in place when the build succeeded
     * (one of a failed build may lack classes a good build needs; it would still work, only slower), else
     * dropped; then the oldest archives beyond {@link #KEEP} go.
     */
    void finish(int exitCode) {
        try {
            if (Files.isRegularFile(written)) {
                if (exitCode == 0 && !Files.exists(archive)) {
                    Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.delete(written);
                }
            }
            prune(archive.getParent());
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written or cleaned only makes the next build start slower.
        }
    }

    Path archive() {
        return archive;
    }

    private static void prune(Path folder) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder)) {
            archives = files.filter(
                            f -> ARCHIVE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(ClassDataArchive::modified).reversed())
                    .toList();
        }
        for (Path old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Optional<Path> folder(Map<String, String> environment) {
        String cache = environment.getOrDefault("XDG_CACHE_HOME", "");
        if (!cache.isBlank() && Path.of(cache).isAbsolute()) {
            return Optional.of(Path.of(cache, "mosaik", "cds"));
        }
        String home = System.getProperty("user.home", "");
        return home.isBlank() || home.equals("?")
                ? Optional.empty()
                : Optional.of(Path.of(home, ".cache", "mosaik", "cds"));
    }

    private static String key(String jar, long size, FileTime time, Path javaHome) {
        String identity = String.join(
                "\n",
                jar,
                Long.toString(size),
                Long.toString(time.toMillis()),
                javaHome.toAbsolutePath().toString(),
                System.getProperty("java.vm.version", ""));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
