package dev.mosaik.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * File names in UTF-8 whatever the environment. The JVM encodes file names with the locale it starts in
 * ({@code sun.jnu.encoding}); under {@code LC_ALL=C}, or with no {@code LANG} at all (Docker images, cron, systemd
 * units), that is ASCII, and the first Arabic or Cyrillic page address ({@code ar/مرحبا/index.html}) ends the
 * build with an {@code InvalidPathException}. The property cannot be set on the command line on every JDK (17
 * ignores {@code -Dsun.jnu.encoding}); a JVM started with a UTF-8 locale in its environment has it. So a JVM
 * without it starts a second one with {@code LC_ALL=C.UTF-8} (built into glibc since 2.35, and into musl), and
 * the tuned batch JVM is always started so.
 */
final class FileNameEncoding {

    /**
     * The environment of the relaunched JVM: {@code LC_ALL=C.UTF-8}, and the editor's language, which that locale
     * would otherwise hide.
     */
    static Map<String, String> utf8Environment() {
        return Map.of(
                "LC_ALL",
                "C.UTF-8",
                dev.mosaik.diag.UiLanguage.VARIABLE,
                EditorLanguage.ofSystem().code());
    }

    private FileNameEncoding() {}

    /** Whether this JVM writes file names as UTF-8 (Windows file names are UTF-16 whatever the code page). */
    static boolean isUtf8(String jnuEncoding, String osName) {
        if (osName != null && osName.startsWith("Windows")) {
            return true;
        }
        String encoding = jnuEncoding == null ? "" : jnuEncoding.toUpperCase(Locale.ROOT);
        return encoding.equals("UTF-8") || encoding.equals("UTF8");
    }

    static boolean isUtf8() {
        return isUtf8(System.getProperty("sun.jnu.encoding"), System.getProperty("os.name"));
    }

    /**
     * The command that runs {@code args} again in a JVM with UTF-8 file names and this one's options, or empty
     * when this JVM has them already, was itself started so, or the user asked to run as given
     * ({@code -Dmosaik.launch=direct}).
     */
    static Optional<List<String>> command(
            String[] args,
            boolean utf8,
            List<String> jvmArguments,
            String launch,
            Path javaHome,
            String classPath,
            long launcher) {
        if (utf8 || launch != null || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvmArguments);
        command.add("-D" + BatchJvm.PROPERTY + "=" + BatchJvm.CHILD + launcher);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs {@code args} in a JVM with UTF-8 file names when this one lacks them; empty when this one runs them. */
    static Optional<Integer> relaunch(String[] args) {
        Optional<List<String>> command = command(
                args,
                isUtf8(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty(BatchJvm.PROPERTY),
                Path.of(System.getProperty("java.home")),
                System.getProperty("java.class.path"),
                ProcessHandle.current().pid());
        return command.flatMap(c -> BatchJvm.runChild(c, utf8Environment()));
    }

    /**
     * Says why file names may fail when even the second JVM has no UTF-8 (the system lacks {@code C.UTF-8}), or
     * when the user ran this JVM as given: a clear hint rather than an {@code InvalidPathException} alone.
     */
    static void warnIfNotUtf8(PrintStream err) {
        if (!isUtf8()) {
            err.println("mosaik: warning: this Java writes file names as " + System.getProperty("sun.jnu.encoding")
                    + ", not UTF-8, so pages with non-Latin addresses cannot be written; run it with a UTF-8 locale,"
                    + " e.g. LC_ALL=C.UTF-8 java -jar mosaik.jar …");
        }
    }
}
