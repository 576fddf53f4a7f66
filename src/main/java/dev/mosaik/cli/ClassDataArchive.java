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
 * <p>The second build of the same jar on the same JVM writes the archive as its JVM exits ({@code
 * -XX:ArchiveClassesAtExit}, a second or so; the first only notes that it ran, so that a machine that builds once,
 * such as a deployment pipeline's fresh container, never pays for an archive), into
 * the user's cache folder ({@code $XDG_CACHE_HOME/mosaik/cds}, else {@code ~/.cache/mosaik/cds}), under a name
 * made from the JVM and the jar (its path, size and time), so a new mosaik or a new JDK writes a new one. Each
 * build writes under a name of its own and renames the archive into place only when it succeeded, so concurrent
 * builds never read a half-written archive; the JVM itself also refuses an archive whose jar changed, and then
 * runs as without one. Only a jar is archived: class folders (a development build, the tests) are not. {@code
 * MOSAIK_CDS=off} turns it off. Only files of this class's own naming are ever deleted: the oldest archives beyond
 * {@link #KEEP}.
 *
 * <p>On a JDK of {@value #AOT_FROM} or later, a small site's build (compiled with C1 alone, where start-up is a large
 * part of it) uses the JDK's AOT cache instead ({@code -XX:AOTCache}, JEP 483): classes loaded and also linked, with
 * the lambdas and string concatenations a build needs already resolved. Measured side by side on the benchmark's
 * 1,000-page site (docs/benchmark.md): the tuned JVM alone took 5.2 s with the JDK's own class data and 4.1 s with
 * the AOT cache; {@code java -jar}, launcher included, 5.4 s on JDK 25 against 6.8 s on JDK 17 with the class-data
 * archive (medians of 6, alternating). Making it costs more, once: the second build runs in the JDK's recording mode and writes what it used ({@code -XX:AOTMode=record},
 * which adds a few seconds at its end), then the launcher makes the cache from that ({@code -XX:AOTMode=create},
 * about 4 s) before it returns. Large sites compile with C2, which recording would slow and the cache hardly helps;
 * they keep the class-data archive.
 */
final class ClassDataArchive {

    /** Archives kept in the cache folder (different jars or JDKs in use side by side), newest first. */
    static final int KEEP = 3;

    /** The first JDK whose AOT cache a small site's build uses (JEP 483, with JEP 514's options). */
    static final int AOT_FROM = 25;

    private static final Pattern ARCHIVE = Pattern.compile("mosaik-[0-9a-f]{16}\\.(?:jsa|aot)");
    /** The note that a build of this jar on this JVM ran before here: the next one writes the archive. */
    private static final Pattern SEEN = Pattern.compile("mosaik-[0-9a-f]{16}\\.seen");
    /** The JVM's messages about archives it cannot use stay out of the build's output: it then runs without. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path written;
    /** Where the archive is an AOT cache: what making it needs. */
    private final Optional<AotSteps> aot;
    /** Whether the archive was there when the build started: then it is used. */
    private final boolean present;
    /** The note that a build like this one ran here before; where it was there and the archive not, it is written. */
    private final Path seen;
    /** Whether this build writes the archive (or, for an AOT cache, records what makes it). */
    private final boolean writes;

    private ClassDataArchive(Path archive, Path written, Optional<AotSteps> aot, Path seen) {
        this.archive = archive;
        this.written = written;
        this.aot = aot;
        this.present = Files.isRegularFile(archive);
        this.seen = seen;
        this.writes = !present && Files.isRegularFile(seen);
    }

    /**
     * The archive for a JVM from {@code javaHome} running {@code classPath} with {@code jvmOptions}, or empty when
     * there is none to use or make: not a single jar, turned off, or no cache folder that can be created.
     *
     * @param c1Only whether those options compile with C1 alone (a small site's build): then, on a JDK of {@link
     *               #AOT_FROM} or later, an AOT cache
     */
    static Optional<ClassDataArchive> of(
            String classPath,
            Path javaHome,
            List<String> jvmOptions,
            boolean c1Only,
            Map<String, String> environment,
            long pid) {
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
            boolean aot = c1Only && AotSteps.featureVersion(javaHome) >= AOT_FROM;
            // An AOT cache holds to the options it was made with (the collector, the compilers): part of its name.
            String key = key(
                    jar.toAbsolutePath().toString(),
                    Files.size(jar),
                    Files.getLastModifiedTime(jar),
                    javaHome,
                    aot ? jvmOptions : List.of());
            Path archive = folder.get().resolve("mosaik-" + key + (aot ? ".aot" : ".jsa"));
            String own = "mosaik-" + key + "." + pid;
            return Optional.of(new ClassDataArchive(
                    archive,
                    folder.get().resolve(own + ".new"),
                    aot
                            ? Optional.of(new AotSteps(
                                    javaHome.resolve("bin").resolve("java"),
                                    List.copyOf(jvmOptions),
                                    classPath,
                                    folder.get().resolve(own + ".aotconf")))
                            : Optional.empty(),
                    folder.get().resolve("mosaik-" + key + ".seen")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The JVM options: use the archive when it is there; else write it (or what makes it) when the JVM exits, if
     * a build like this one ran here before; else none. A machine that builds once (a container in a deployment
     * pipeline, whose cache folder starts empty every time) would pay for an archive it never uses.
     */
    List<String> options() {
        if (!present && !writes) {
            return List.of();
        }
        if (aot.isPresent()) {
            return present ? AotSteps.use(archive) : aot.get().record();
        }
        String option = present ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + written;
        return Stream.concat(Stream.of(option), QUIET.stream()).toList();
    }

    /**
     * The line the JVM prints on its standard output after recording, whatever its logging options say; the
     * launcher leaves it out of the build's output. Empty where it does not record.
     */
    Optional<String> recordedLine() {
        return aot.filter(a -> writes).map(AotSteps::recordedLine);
    }

    /**
     * After the JVM ended with {@code exitCode}: the archive it wrote is put in place when the build succeeded
     * (one of a failed build may lack classes a good build needs; it would still work, only slower), else
     * dropped; a first successful build notes that it ran; then the oldest archives and notes beyond {@link #KEEP}
     * go.
     */
    void finish(int exitCode) {
        try {
            if (aot.isPresent() && writes) {
                aot.get().create(written, exitCode == 0 && !Files.exists(archive));
            }
            if (Files.isRegularFile(written)) {
                if (exitCode == 0 && !Files.exists(archive)) {
                    Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.delete(written);
                }
            }
            if (Files.isRegularFile(archive)) {
                Files.deleteIfExists(seen);
            } else if (exitCode == 0 && !writes) {
                Files.write(seen, new byte[0]);
            }
            prune(archive.getParent(), ARCHIVE);
            prune(archive.getParent(), SEEN);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written or cleaned only makes the next build start slower.
        }
    }

    Path archive() {
        return archive;
    }

    private static void prune(Path folder, Pattern named) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder)) {
            archives = files.filter(
                            f -> named.matcher(f.getFileName().toString()).matches())
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

    private static String key(String jar, long size, FileTime time, Path javaHome, List<String> options) {
        String identity = String.join(
                "\n",
                jar,
                Long.toString(size),
                Long.toString(time.toMillis()),
                javaHome.toAbsolutePath().toString(),
                System.getProperty("java.vm.version", ""),
                String.join(" ", options));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
