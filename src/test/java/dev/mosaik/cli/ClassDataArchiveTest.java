package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tuned JVM's class-data archive: written by the first build, used by the next, never shared by mistake. */
class ClassDataArchiveTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    @Test
    void theFirstBuildWritesTheArchiveAndTheNextOneMapsIt() throws Exception {
        Path jar = helloJar();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive first =
                ClassDataArchive.of(jar.toString(), JAVA_HOME, environment, 1).orElseThrow();
        assertThat(first.options().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(run(jar, first.options())).isEqualTo("hello\n");
        first.finish(0);
        assertThat(first.archive()).isRegularFile().hasParent(dir.resolve("cache/mosaik/cds"));
        assertThat(Files.list(first.archive().getParent()))
                .as("only the archive: the build's own file was renamed")
                .containsExactly(first.archive());

        ClassDataArchive next =
                ClassDataArchive.of(jar.toString(), JAVA_HOME, environment, 2).orElseThrow();
        assertThat(next.options()).first().isEqualTo("-XX:SharedArchiveFile=" + first.archive());
        assertThat(run(jar, next.options()))
                .as("nothing but the program's output")
                .isEqualTo("hello\n");
    }

    @Test
    void aChangedJarGetsANewArchiveAndTheOldOneIsIgnoredSilently() throws Exception {
        Path jar = helloJar();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive old =
                ClassDataArchive.of(jar.toString(), JAVA_HOME, environment, 1).orElseThrow();
        run(jar, old.options());
        old.finish(0);
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        ClassDataArchive changed =
                ClassDataArchive.of(jar.toString(), JAVA_HOME, environment, 2).orElseThrow();
        assertThat(changed.archive()).isNotEqualTo(old.archive());
        assertThat(changed.options().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        List<String> stale = new ArrayList<>(old.options());
        assertThat(stale.get(0)).startsWith("-XX:SharedArchiveFile=");
        assertThat(run(jar, stale))
                .as("the JVM refuses the archive of the old jar without a word and runs as without one")
                .isEqualTo("hello\n");
    }

    @Test
    void aFailedBuildLeavesNoArchive() throws Exception {
        Path jar = helloJar();
        ClassDataArchive archive = ClassDataArchive.of(
                        jar.toString(),
                        JAVA_HOME,
                        Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                        1)
                .orElseThrow();
        Path written = Path.of(archive.options().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(written, "as the JVM would have written it");
        archive.finish(ExitCodes.CONTENT_ERRORS);
        assertThat(written).doesNotExist();
        assertThat(archive.archive()).doesNotExist();
    }

    @Test
    void keepsTheNewestArchivesAndNothingElseIsTouched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cache/mosaik/cds"));
        List<Path> archives = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path archive = folder.resolve("mosaik-%016x.jsa".formatted(i));
            Files.writeString(archive, "archive " + i);
            Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000L * (i + 1)));
            archives.add(archive);
        }
        Path foreign = Files.writeString(folder.resolve("notes.txt"), "the user's");
        Path lookalike = Files.writeString(folder.resolve("mosaik-0000000000000000.jsa.bak"), "the user's");
        Path jar = helloJar();
        ClassDataArchive.of(
                        jar.toString(),
                        JAVA_HOME,
                        Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                        1)
                .orElseThrow()
                .finish(0);
        assertThat(archives.subList(0, 5 - ClassDataArchive.KEEP))
                .allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(archives.subList(5 - ClassDataArchive.KEEP, 5))
                .allSatisfy(p -> assertThat(p).exists());
        assertThat(foreign).exists();
        assertThat(lookalike).exists();
    }

    @Test
    void noArchiveWhenTurnedOffOrForClassFolders() throws Exception {
        Path jar = helloJar();
        String cache = dir.resolve("cache").toString();
        assertThat(ClassDataArchive.of(
                        jar.toString(), JAVA_HOME, Map.of("XDG_CACHE_HOME", cache, "MOSAIK_CDS", "off"), 1))
                .isEmpty();
        assertThat(ClassDataArchive.of(
                        dir.toString() + "/classes:" + jar, JAVA_HOME, Map.of("XDG_CACHE_HOME", cache), 1))
                .isEmpty();
        assertThat(ClassDataArchive.of(
                        dir.resolve("missing.jar").toString(), JAVA_HOME, Map.of("XDG_CACHE_HOME", cache), 1))
                .isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void theOptionsGoBeforeTheClassPath() {
        assertThat(BatchJvm.withOptions(List.of("java", "-Xss1m", "-cp", "m.jar", "Main"), List.of("-Xshare:auto")))
                .containsExactly("java", "-Xshare:auto", "-Xss1m", "-cp", "m.jar", "Main");
    }

    /** A jar with one class that prints "hello", compiled and packed with the JDK's own tools. */
    private Path helloJar() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src")).resolve("Hello.java");
        Files.writeString(
                source,
                "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        Path classes = dir.resolve("classes");
        tool("javac", "-d", classes.toString(), source.toString());
        Path jar = dir.resolve("hello.jar");
        if (!Files.exists(jar)) {
            tool("jar", "--create", "--file", jar.toString(), "-C", classes.toString(), ".");
        }
        return jar;
    }

    private static void tool(String name, String... args) {
        StringWriter out = new StringWriter();
        int code = ToolProvider.findFirst(name).orElseThrow().run(new PrintWriter(out), new PrintWriter(out), args);
        assertThat(code).as(out.toString()).isZero();
    }

    private static String run(Path jar, List<String> options) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", jar.toString(), "Hello"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
