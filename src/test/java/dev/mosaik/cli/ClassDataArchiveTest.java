package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    /** The newer JDK on mosaik's machines (the developers' guide), where the AOT cache is tried. */
    private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    /** A small site's tuned JVM: compiled with C1 alone. */
    private static final List<String> SMALL_SITE = with(BatchJvm.OPTIONS, List.of(BatchJvm.C1_ONLY));

    @TempDir
    Path dir;

    @Test
    void theFirstBuildOnlyNotesThatItRanTheSecondWritesTheArchiveAndTheThirdMapsIt() throws Exception {
        Path jar = helloJar();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive once = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 1)
                .orElseThrow();
        assertThat(once.options()).as("a machine that builds once pays nothing").isEmpty();
        once.finish(0);
        assertThat(once.archive()).doesNotExist();
        assertThat(Files.list(once.archive().getParent()))
                .singleElement()
                .satisfies(note -> assertThat(note.getFileName().toString()).endsWith(".seen"));

        ClassDataArchive first = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 2)
                .orElseThrow();
        assertThat(first.options().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(run(jar, first.options())).isEqualTo("hello\n");
        first.finish(0);
        assertThat(first.archive()).isRegularFile().hasParent(dir.resolve("cache/mosaik/cds"));
        assertThat(Files.list(first.archive().getParent()))
                .as("only the archive: the build's own file was renamed, the note is gone")
                .containsExactly(first.archive());

        ClassDataArchive next = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 3)
                .orElseThrow();
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
        builtOnce(jar, JAVA_HOME, List.of(), environment);
        ClassDataArchive old = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 1)
                .orElseThrow();
        run(jar, old.options());
        old.finish(0);
        List<String> stale = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 3)
                .orElseThrow()
                .options();
        assertThat(stale.get(0)).startsWith("-XX:SharedArchiveFile=");
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        ClassDataArchive changed = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 2)
                .orElseThrow();
        assertThat(changed.archive()).isNotEqualTo(old.archive());
        assertThat(changed.options()).as("a new jar starts as a first build").isEmpty();
        assertThat(run(jar, stale))
                .as("the JVM refuses the archive of the old jar without a word and runs as without one")
                .isEqualTo("hello\n");
    }

    @Test
    void aFailedBuildLeavesNoArchiveAndAFailedFirstBuildNoNote() throws Exception {
        Path jar = helloJar();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive failedFirst = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 1)
                .orElseThrow();
        failedFirst.finish(ExitCodes.CONTENT_ERRORS);
        assertThat(Files.list(failedFirst.archive().getParent())).isEmpty();
        builtOnce(jar, JAVA_HOME, List.of(), environment);
        ClassDataArchive archive = ClassDataArchive.of(jar.toString(), JAVA_HOME, List.of(), false, environment, 1)
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
                        List.of(),
                        false,
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
                        jar.toString(),
                        JAVA_HOME,
                        List.of(),
                        false,
                        Map.of("XDG_CACHE_HOME", cache, "MOSAIK_CDS", "off"),
                        1))
                .isEmpty();
        assertThat(ClassDataArchive.of(
                        dir.toString() + "/classes:" + jar,
                        JAVA_HOME,
                        List.of(),
                        false,
                        Map.of("XDG_CACHE_HOME", cache),
                        1))
                .isEmpty();
        assertThat(ClassDataArchive.of(
                        dir.resolve("missing.jar").toString(),
                        JAVA_HOME,
                        List.of(),
                        false,
                        Map.of("XDG_CACHE_HOME", cache),
                        1))
                .isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aSmallSitesBuildOnANewerJdkRecordsTheAotCacheThenTheLauncherMakesItAndTheNextBuildMapsIt() throws Exception {
        Path jar = helloJar();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive first = recordingOnJdk25(jar, environment);
        assertThat(first.options()).startsWith("-XX:AOTMode=record");
        String output = run(JDK_25, jar, with(SMALL_SITE, first.options()));
        assertThat(output.lines().map(String::strip))
                .as("the JDK's own note, which the launcher leaves out, is the line it is told to leave out")
                .containsExactly("hello", first.recordedLine().orElseThrow());
        first.finish(0);
        assertThat(first.archive()).isRegularFile();
        assertThat(first.archive().toString()).endsWith(".aot");
        assertThat(Files.list(first.archive().getParent()))
                .as("only the cache: the recording is gone and the made cache renamed")
                .containsExactly(first.archive());

        ClassDataArchive next = ClassDataArchive.of(jar.toString(), JDK_25, SMALL_SITE, true, environment, 2)
                .orElseThrow();
        assertThat(next.options()).first().isEqualTo("-XX:AOTCache=" + first.archive());
        assertThat(next.recordedLine()).isEmpty();
        assertThat(run(JDK_25, jar, with(SMALL_SITE, next.options())))
                .as("nothing but the program's output")
                .isEqualTo("hello\n");
    }

    @Test
    void aFailedBuildsAotRecordingIsDroppedAndNoCacheIsMade() throws Exception {
        Path jar = helloJar();
        ClassDataArchive archive = recordingOnJdk25(
                jar, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()));
        run(JDK_25, jar, with(SMALL_SITE, archive.options()));
        archive.finish(ExitCodes.CONTENT_ERRORS);
        assertThat(archive.archive()).doesNotExist();
        assertThat(Files.list(archive.archive().getParent()))
                .as("no recording, no cache: only the note that a build ran, so the next one records again")
                .singleElement()
                .satisfies(note -> assertThat(note.getFileName().toString()).endsWith(".seen"));
    }

    @Test
    void largeSitesAndOlderJdksKeepTheClassDataArchive() throws Exception {
        Path jar = helloJar();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        assertThat(ClassDataArchive.of(jar.toString(), JDK_25, BatchJvm.OPTIONS, false, environment, 1)
                        .orElseThrow()
                        .archive()
                        .toString())
                .as("compiled with C2: no AOT cache")
                .endsWith(".jsa");
        Path jdk17 = Files.createDirectories(dir.resolve("jdk17"));
        Files.writeString(jdk17.resolve("release"), "IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"17.0.15\"\n");
        assertThat(AotSteps.featureVersion(jdk17)).isEqualTo(17);
        assertThat(ClassDataArchive.of(jar.toString(), jdk17, SMALL_SITE, true, environment, 1)
                        .orElseThrow()
                        .archive()
                        .toString())
                .endsWith(".jsa");
        assertThat(AotSteps.featureVersion(dir.resolve("no-such-jdk"))).isZero();
    }

    @Test
    void theOptionsGoBeforeTheClassPath() {
        assertThat(BatchJvm.withOptions(List.of("java", "-Xss1m", "-cp", "m.jar", "Main"), List.of("-Xshare:auto")))
                .containsExactly("java", "-Xshare:auto", "-Xss1m", "-cp", "m.jar", "Main");
    }

    /** The second build of {@code jar} on JDK 25 as a small site's: the one that records; skipped without JDK 25. */
    private static ClassDataArchive recordingOnJdk25(Path jar, Map<String, String> environment) {
        assumeTrue(Files.isRegularFile(JDK_25.resolve("bin/java")), "Temurin 25 is not installed here");
        builtOnce(jar, JDK_25, SMALL_SITE, environment);
        return ClassDataArchive.of(jar.toString(), JDK_25, SMALL_SITE, true, environment, 1)
                .orElseThrow();
    }

    /** A successful first build of {@code jar} on that JVM with those options: it leaves the note only. */
    private static void builtOnce(Path jar, Path javaHome, List<String> options, Map<String, String> environment) {
        ClassDataArchive first = ClassDataArchive.of(
                        jar.toString(), javaHome, options, options.contains(BatchJvm.C1_ONLY), environment, 1)
                .orElseThrow();
        assertThat(first.options()).isEmpty();
        first.finish(0);
    }

    private static List<String> with(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
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
        return run(JAVA_HOME, jar, options);
    }

    private static String run(Path javaHome, Path jar, List<String> options) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(javaHome.resolve("bin/java").toString()));
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
