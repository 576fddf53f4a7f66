package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.ChildJvm;
import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A POSIX locale ({@code LC_ALL=C}, or no {@code LANG} at all, as in Docker images, cron and systemd units) gives
 * the JVM ASCII file names; mosaik still writes Arabic page addresses as UTF-8 file names.
 */
@DisabledOnOs(OS.WINDOWS)
class LocaleTest {

    private static final Set<String> LOCALE_VARIABLES = Set.of("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES");

    @TempDir
    Path dir;

    private Path writeSite() {
        Path site = dir.resolve("site");
        TestSite.write(
                site,
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/_index.ar.md --\n---\ntitle: البداية\n---\nمرحبا\n"
                        + "-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n"
                        + "-- content/projekte/_index.ar.md --\n---\ntitle: المشاريع\nslug: مشاريع\n---\n"
                        + "-- content/مقهى-اللغة.ar.md --\n---\ntitle: مقهى اللغة\n---\nنص\n");
        return site;
    }

    @Test
    void buildWritesUtf8FileNamesUnderTheCLocale() throws Exception {
        assertBuildsArabicFileNames(Map.of("LC_ALL", "C"), Set.of("LANG", "LANGUAGE", "LC_CTYPE"));
    }

    @Test
    void buildWritesUtf8FileNamesWithoutAnyLocaleVariable() throws Exception {
        assertBuildsArabicFileNames(Map.of(), LOCALE_VARIABLES);
    }

    private void assertBuildsArabicFileNames(Map<String, String> environment, Set<String> unset) throws Exception {
        Path site = writeSite();
        Path output = dir.resolve("out");
        TestSite.Run run = ChildJvm.run(
                environment,
                unset,
                dir.resolve("log.txt"),
                "build",
                "--source",
                site.toString(),
                "--output",
                output.toString(),
                "--no-pdf",
                "--build-date",
                "2026-06-01");
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).doesNotContain("InvalidPathException").doesNotContain("warning: this Java");
        assertThat(output.resolve("ar/مشاريع/index.html")).isRegularFile();
        assertThat(output.resolve("ar/مقهى-اللغة/index.html")).isRegularFile();
        try (var names = Files.list(output.resolve("ar"))) {
            List<String> list = names.map(p -> p.getFileName().toString()).toList();
            assertThat(list).contains("مشاريع", "مقهى-اللغة").noneMatch(name -> name.contains("?"));
        }
    }

    @Test
    void aJvmWithoutUtf8FileNamesRunsTheCommandAgainInOneWithThem() {
        assertThat(FileNameEncoding.isUtf8("ANSI_X3.4-1968", "Linux")).isFalse();
        assertThat(FileNameEncoding.isUtf8("UTF-8", "Linux")).isTrue();
        Path javaHome = Path.of("/jdk");
        List<String> command = FileNameEncoding.command(
                        new String[] {"serve", "--port", "8081"},
                        false,
                        List.of("-Xmx1g"),
                        null,
                        javaHome,
                        "mosaik.jar",
                        42)
                .orElseThrow();
        assertThat(command)
                .containsSubsequence(
                        "-Xmx1g",
                        "-Dmosaik.launch=launched-by-42",
                        "-cp",
                        "mosaik.jar",
                        Main.class.getName(),
                        "serve",
                        "--port",
                        "8081");
        assertThat(FileNameEncoding.command(new String[] {"serve"}, true, List.of(), null, javaHome, "mosaik.jar", 42))
                .isEmpty();
        assertThat(FileNameEncoding.command(
                        new String[] {"serve"}, false, List.of(), "launched-by-7", javaHome, "mosaik.jar", 42))
                .as("no third JVM")
                .isEmpty();
        assertThat(FileNameEncoding.command(
                        new String[] {"serve"}, false, List.of(), "direct", javaHome, "mosaik.jar", 42))
                .isEmpty();
    }

    @Test
    void aGermanSystemWhoseLocaleIsNotInstalledStillGetsGermanMessages() throws Exception {
        // Containers often set LANG=de_DE.UTF-8 without generating that locale: the JVM then falls back to English
        // and an ASCII file-name encoding, and mosaik relaunches itself under C.UTF-8.
        Path site = writeSite();
        site.resolve("content/kaputt.de.md").toFile().getParentFile().mkdirs();
        Files.writeString(site.resolve("content/kaputt.de.md"), "---\ntitle: Kaputt\nzeitraum: 2026\n---\n");
        TestSite.Run german = ChildJvm.run(
                Map.of("LANG", "de_DE.UTF-8"),
                Set.of("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "MOSAIK_UI_LANG"),
                dir.resolve("de.txt"),
                "build",
                "--source",
                site.toString(),
                "--output",
                dir.resolve("out").toString(),
                "--no-pdf");
        assertThat(german.exitCode()).isEqualTo(1);
        assertThat(german.out()).contains("content/kaputt.de.md:3: unbekannter Schlüssel 'zeitraum'");
        TestSite.Run english = ChildJvm.run(
                Map.of("LANG", "de_DE.UTF-8", "MOSAIK_UI_LANG", "en"),
                Set.of("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES"),
                dir.resolve("en.txt"),
                "build",
                "--source",
                site.toString(),
                "--output",
                dir.resolve("out").toString(),
                "--no-pdf");
        assertThat(english.out()).contains("content/kaputt.de.md:3: unknown key 'zeitraum'");
    }

    @Test
    void theEditorsLanguageFollowsThePosixOrderOfTheLocaleVariables() {
        assertThat(dev.mosaik.diag.UiLanguage.fromEnvironment(Map.of("LANG", "de_AT.UTF-8")))
                .contains(dev.mosaik.diag.UiLanguage.DE);
        assertThat(dev.mosaik.diag.UiLanguage.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "de_DE.UTF-8")))
                .contains(dev.mosaik.diag.UiLanguage.EN);
        assertThat(dev.mosaik.diag.UiLanguage.fromEnvironment(Map.of("LC_MESSAGES", "de", "LANG", "en_US.UTF-8")))
                .contains(dev.mosaik.diag.UiLanguage.DE);
        assertThat(dev.mosaik.diag.UiLanguage.fromEnvironment(Map.of("MOSAIK_UI_LANG", "de", "LC_ALL", "C.UTF-8")))
                .contains(dev.mosaik.diag.UiLanguage.DE);
        assertThat(dev.mosaik.diag.UiLanguage.fromEnvironment(Map.of("LANG", "dE")))
                .contains(dev.mosaik.diag.UiLanguage.EN);
        assertThat(dev.mosaik.diag.UiLanguage.fromEnvironment(Map.of())).isEmpty();
    }
}
