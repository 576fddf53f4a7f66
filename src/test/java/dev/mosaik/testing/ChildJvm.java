package dev.mosaik.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs mosaik's command line in a JVM of its own, as {@code java -jar mosaik.jar} would: for what a test cannot
 * do inside its own JVM, such as setting an environment variable or killing the build.
 */
public final class ChildJvm {

    private ChildJvm() {}

    /** Starts {@code mosaik args…}; output goes to {@code log} (both streams). */
    public static Process start(Map<String, String> environment, Path log, String... args) throws IOException {
        return start(environment, java.util.Set.of(), log, args);
    }

    /** Starts {@code mosaik args…} without the variables {@code unset} of this JVM's environment. */
    public static Process start(Map<String, String> environment, java.util.Set<String> unset, Path log, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Like a short build on the command line: a small heap and no optimising compiler to wait for.
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.mosaik.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().keySet().removeAll(unset);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs {@code mosaik args…} to the end (at most two minutes). */
    public static TestSite.Run run(Map<String, String> environment, Path log, String... args)
            throws IOException, InterruptedException {
        return run(environment, java.util.Set.of(), log, args);
    }

    /** Runs {@code mosaik args…} to the end without the variables {@code unset} of this JVM's environment. */
    public static TestSite.Run run(
            Map<String, String> environment, java.util.Set<String> unset, Path log, String... args)
            throws IOException, InterruptedException {
        Process process = start(environment, unset, log, args);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("mosaik did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new TestSite.Run(process.exitValue(), output, output);
    }
}
