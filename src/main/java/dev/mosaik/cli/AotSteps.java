package dev.mosaik.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK's AOT cache for the tuned JVM ({@link ClassDataArchive}), in the JDK's two steps: a build records what it
 * loads and links ({@code -XX:AOTMode=record}), then a JVM of its own makes the cache from that ({@code
 * -XX:AOTMode=create}). The second step needs the same JVM, options and class path as the build that recorded, so
 * they are kept here.
 *
 * @param java          the tuned JVM's {@code java}
 * @param options       its options, as the build ran with them
 * @param classPath     its class path (the jar)
 * @param configuration the file the recording goes to
 */
record AotSteps(Path java, List<String> options, String classPath, Path configuration) {

    /** The JVM's messages about a cache it cannot use stay out of the build's output: it then runs without. */
    private static final List<String> QUIET = List.of("-Xlog:aot=off", "-Xlog:cds=off");
    /** How long making the cache may take before the launcher gives up on it (it takes seconds). */
    private static final long CREATE_MINUTES = 5;

    private static final Pattern RELEASE = Pattern.compile("JAVA_VERSION=\"(\\d+).*\"");

    /** The options of a build that maps {@code cache}. */
    static List<String> use(Path cache) {
        return Stream.concat(Stream.of("-XX:AOTCache=" + cache), QUIET.stream()).toList();
    }

    /** The options of the build that records. */
    List<String> record() {
        return Stream.concat(Stream.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration), QUIET.stream())
                .toList();
    }

    /** The line the recording JVM prints on its standard output as it exits, whatever its logging options say. */
    String recordedLine() {
        return "AOTConfiguration recorded: " + configuration;
    }

    /**
     * Makes the cache from the recording into {@code cache} where {@code wanted} (the build succeeded, and no other
     * build has put a cache in place meanwhile); then drops the recording. A cache not finished in time, or
     * interrupted, is deleted: the JVM would refuse a half-written one, but it would stay.
     */
    void create(Path cache, boolean wanted) throws IOException {
        try {
            if (!wanted || !Files.isRegularFile(configuration)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(java.toString()));
            command.addAll(options);
            command.addAll(
                    List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + cache));
            command.addAll(QUIET);
            command.addAll(List.of("-cp", classPath));
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            boolean made = false;
            try {
                made = process.waitFor(CREATE_MINUTES, TimeUnit.MINUTES) && process.exitValue() == 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!made) {
                process.destroyForcibly().onExit().join();
                Files.deleteIfExists(cache);
            }
        } finally {
            Files.deleteIfExists(configuration);
        }
    }

    /** The feature version of the JDK in {@code javaHome} ({@code 25} for 25.0.3), from its {@code release} file. */
    static int featureVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"), StandardCharsets.ISO_8859_1)) {
                Matcher version = RELEASE.matcher(line);
                if (version.matches()) {
                    return Integer.parseInt(version.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A JDK without its release file gets the class-data archive, which every JDK since 13 maps.
        }
        return 0;
    }
}
