package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.bench.SyntheticSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} and {@code check} run in a second JVM tuned for a short batch job, unless the user tuned the first. */
class BatchJvmTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    @Test
    void buildAndCheckRunInATunedJvmWithTheSameArguments() {
        String[] args = {"build", "--source", "site", "--output", "out dir"};
        List<String> command = BatchJvm.command(args, List.of(), null, JAVA_HOME, "mosaik.jar", 42, () -> 100)
                .orElseThrow();
        assertThat(command.get(0)).isEqualTo(JAVA_HOME.resolve("bin/java").toString());
        assertThat(command)
                .containsSubsequence(BatchJvm.OPTIONS)
                .contains("-Dmosaik.launch=launched-by-42")
                .containsSubsequence(
                        "-cp", "mosaik.jar", Main.class.getName(), "build", "--source", "site", "--output", "out dir");
        assertThat(command.subList(command.size() - args.length, command.size()))
                .containsExactly(args);
        assertThat(command).as("a small site: compiled with C1 only").contains(BatchJvm.C1_ONLY);
        assertThat(BatchJvm.command(new String[] {"check"}, List.of(), null, JAVA_HOME, "mosaik.jar", 42, () -> 100))
                .isPresent();
    }

    @Test
    void aLargeSiteKeepsTheOptimisingCompiler() {
        List<String> command = BatchJvm.command(
                        new String[] {"build"},
                        List.of(),
                        null,
                        JAVA_HOME,
                        "mosaik.jar",
                        42,
                        () -> BatchJvm.C1_ONLY_BELOW)
                .orElseThrow();
        assertThat(command).containsSubsequence(BatchJvm.OPTIONS).doesNotContain(BatchJvm.C1_ONLY);
    }

    @Test
    void countsTheContentFilesOfTheSourceFolderUpToTheLimit() throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.createDirectories(dir.resolve("site/content/s" + i % 3));
            Files.writeString(dir.resolve("site/content/s" + i % 3 + "/p" + i + ".de.md"), "---\ntitle: T\n---\n");
        }
        String site = dir.resolve("site").toString();
        assertThat(BatchJvm.contentFiles(new String[] {"build", "--source", site}, 100))
                .isEqualTo(12);
        assertThat(BatchJvm.contentFiles(new String[] {"check", "--source=" + site}, 100))
                .isEqualTo(12);
        assertThat(BatchJvm.contentFiles(new String[] {"build", "--source", site}, 5))
                .isEqualTo(5);
        assertThat(BatchJvm.contentFiles(
                        new String[] {
                            "build", "--source", dir.resolve("nowhere").toString()
                        },
                        100))
                .isZero();
        assertThat(BatchJvm.contentFiles(new String[] {"build", "--source", "bad\0path"}, 100))
                .as("the build reports it")
                .isZero();
    }

    @Test
    void servePreviewAndTheUsersOwnJvmOptionsStayInTheFirstJvm() {
        assertThat(BatchJvm.command(new String[] {"serve"}, List.of(), null, JAVA_HOME, "mosaik.jar", 42, () -> 100))
                .isEmpty();
        assertThat(BatchJvm.command(
                        new String[] {"new", "page", "x"}, List.of(), null, JAVA_HOME, "mosaik.jar", 42, () -> 100))
                .isEmpty();
        assertThat(BatchJvm.command(new String[0], List.of(), null, JAVA_HOME, "mosaik.jar", 42, () -> 100))
                .isEmpty();
        assertThat(BatchJvm.command(
                        new String[] {"build"}, List.of("-Xmx4g"), null, JAVA_HOME, "mosaik.jar", 42, () -> 100))
                .isEmpty();
        assertThat(BatchJvm.command(
                        new String[] {"build"}, List.of(), "direct", JAVA_HOME, "mosaik.jar", 42, () -> 100))
                .isEmpty();
        assertThat(BatchJvm.command(
                        new String[] {"build"}, List.of(), "launched-by-7", JAVA_HOME, "mosaik.jar", 42, () -> 100))
                .as("no third JVM")
                .isEmpty();
    }

    @Test
    void theLaunchersExitCodeAndMessagesAreTheBuilds() throws Exception {
        Files.createDirectories(dir.resolve("site/content"));
        Files.writeString(
                dir.resolve("site/site.yaml"),
                "baseUrl: https://example.org/\ndefaultLanguage: de\nlanguages:\n  - code: de\n    title: T\n    colour: blue\n");
        Process build = plainJava(
                "build",
                "--source",
                dir.resolve("site").toString(),
                "--output",
                dir.resolve("out").toString());
        assertThat(build.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.exitValue()).as(output).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(output).contains("site.yaml:6:").contains("colour");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theTunedBuildStopsWhenItsLauncherIsKilled() throws Exception {
        Path site = dir.resolve("site");
        SyntheticSite.write(site, 1000, 2);
        Process launcher = plainJava(
                "build",
                "--no-pdf",
                "--source",
                site.toString(),
                "--output",
                dir.resolve("out").toString());
        Optional<ProcessHandle> build = Optional.empty();
        for (int i = 0; i < 200 && build.isEmpty() && launcher.isAlive(); i++) {
            // The launcher's only descendant (its arguments are not readable here: the test class path is too long).
            build = launcher.descendants().findFirst();
            Thread.sleep(25);
        }
        assertThat(build).as("the launcher started the tuned JVM").isPresent();
        launcher.destroyForcibly().waitFor();
        assertThat(build.get().onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** {@code java -cp … Main args}: no JVM options, as {@code java -jar mosaik.jar args} is typed. */
    private Process plainJava(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                JAVA_HOME.resolve("bin/java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        return builder.start();
    }
}
