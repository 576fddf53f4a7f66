package dev.mosaik.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * Runs {@code build} and {@code check} in a JVM tuned for a batch job. {@code java -jar} starts the JVM with
 * settings made for servers that run for days: its default collector grows the heap far beyond what a build
 * keeps alive, and for a small site its optimising compiler (C2) spends more processor time compiling than the
 * build runs. Measured on the benchmark sites (2 cores, see the README): the serial collector with a tight heap
 * needs 250 MB at 10,000 pages and 780 MB at 100,000 where the default took 900 MB and 2.5 GB, at the same
 * speed (2026-11-29; 0.9 GB at 100,000 pages since the offline packs and the build cache, 2026-12-07); and
 * compiling with C1 alone takes 1,000 pages from 4.3 to 2.3 s and 10,000 from 14.1 to 9.8 s (2026-11-29) and
 * is no slower at 100,000 any more (2026-12-08, see {@link #C1_ONLY_BELOW}) — so C1 alone is chosen for sites of
 * fewer than {@link #C1_ONLY_BELOW} content files.
 * A JVM cannot change these settings once started, so when the user gave the JVM no options of their own,
 * {@code main} starts a second one with them (0.1 s) and passes its exit code on. {@code serve} stays in the
 * first JVM: a preview runs for hours. {@code -Dmosaik.launch=direct}, or any JVM option, runs the command in
 * the first JVM as given. The tuned JVM maps its classes from a class-data archive ({@link ClassDataArchive}),
 * which the second build writes (an AOT cache on a newer JDK).
 */
final class BatchJvm {

    static final String PROPERTY = "mosaik.launch";
    /** The tuned JVM is told who launched it: asked later, it might hear of its new parent, init. */
    static final String CHILD = "launched-by-";

    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");
    /**
     * The serial collector, which grows the heap only as far as the live data needs (a build allocates fast but
     * keeps little: the pages it rendered are written and dropped), kept within 20–40 % of free room after a full
     * collection rather than 40–70 %: at 100,000 pages 700–780 MB peak instead of 990 MB, for three more full
     * collections of a third of a second each.
     */
    static final List<String> OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
    /** Compiling with C1 only: its code is slower, but ready at once. */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * Where C2's faster code might start to pay for its compiling. Measured on 2026-11-29, the two lines (C1: 2.2 s
     * + 0.76 ms per page, C1 and C2: 9.9 s + 0.40 ms) crossed at about 21,000 pages. Since then the work per page
     * that compiled code speeds up has shrunk, and the rest (files, the kernel) has not: on 2026-12-08 the
     * 100,000-page benchmark site (101,004 content files) took 224 s and 829 MB with C1 alone against 235 s and
     * 871 MB with C2, the same processor time in user mode (308 s and 306 s; one build each). So C2 is kept for
     * sites beyond that size only, where it was last seen to break even.
     */
    static final int C1_ONLY_BELOW = 100_000;

    private BatchJvm() {}

    /**
     * The command that runs {@code args} in a tuned JVM, or empty when this JVM should run them itself.
     *
     * @param jvmArguments the options this JVM was started with
     * @param contentFiles  how many content files the site has (asked only for a batch command)
     */
    static Optional<List<String>> command(
            String[] args,
            List<String> jvmArguments,
            String launch,
            Path javaHome,
            String classPath,
            long launcher,
            IntSupplier contentFiles) {
        if (args.length == 0
                || !BATCH_COMMANDS.contains(args[0])
                || launch != null
                || !jvmArguments.isEmpty()
                || classPath == null
                || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(OPTIONS);
        if (contentFiles.getAsInt() < C1_ONLY_BELOW) {
            command.add(C1_ONLY);
        }
        command.add("-D" + PROPERTY + "=" + CHILD + launcher);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * Runs {@code args} in a tuned JVM and returns its exit code; empty when this JVM should run them, also
     * when the second one cannot be started (then the command runs here, only slower).
     */
    static Optional<Integer> launch(String[] args) {
        Optional<List<String>> command = command(
                args,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty(PROPERTY),
                Path.of(System.getProperty("java.home")),
                System.getProperty("java.class.path"),
                ProcessHandle.current().pid(),
                () -> contentFiles(args, C1_ONLY_BELOW));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        // The tuned options, not the launcher's pid after them: an AOT cache is named by them.
        List<String> tuned = command.get().stream()
                .skip(1)
                .takeWhile(option -> !option.startsWith("-D" + PROPERTY + "="))
                .toList();
        Optional<ClassDataArchive> archive = ClassDataArchive.of(
                System.getProperty("java.class.path"),
                Path.of(System.getProperty("java.home")),
                tuned,
                tuned.contains(C1_ONLY),
                System.getenv(),
                ProcessHandle.current().pid());
        // The tuned JVM writes file names as UTF-8 even where this one was started in an ASCII locale (LC_ALL=C).
        Optional<Integer> code = runChild(
                withOptions(
                        command.get(), archive.map(ClassDataArchive::options).orElse(List.of())),
                FileNameEncoding.isUtf8() ? Map.of() : FileNameEncoding.utf8Environment(),
                archive.flatMap(ClassDataArchive::recordedLine));
        archive.ifPresent(a -> a.finish(code.orElse(ExitCodes.INTERNAL)));
        return code;
    }

    /** {@code command} with JVM {@code options} added right after the {@code java} executable. */
    static List<String> withOptions(List<String> command, List<String> options) {
        List<String> result = new ArrayList<>(command.subList(0, 1));
        result.addAll(options);
        result.addAll(command.subList(1, command.size()));
        return result;
    }

    /**
     * Runs {@code command} as a second JVM sharing this one's terminal, with {@code environment} added, and
     * returns its exit code; empty when it cannot be started (then the command runs here).
     */
    static Optional<Integer> runChild(List<String> command, Map<String, String> environment) {
        return runChild(command, environment, Optional.empty());
    }

    /** As {@link #runChild(List, Map)}, leaving the line {@code dropped} out of its standard output. */
    static Optional<Integer> runChild(List<String> command, Map<String, String> environment, Optional<String> dropped) {
        Process child;
        Optional<Thread> output = Optional.empty();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(environment);
            if (dropped.isPresent()) {
                builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
            }
            child = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (dropped.isPresent()) {
            Thread copy = new Thread(
                    new ChildOutput(child.getInputStream(), System.out, dropped.get()), "mosaik-child-output");
            copy.setDaemon(true);
            copy.start();
            output = Optional.of(copy);
        }
        // Ctrl-C reaches both JVMs (one process group); a plain kill of this one must not leave the build running.
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    int code = child.waitFor();
                    if (output.isPresent()) {
                        output.get().join();
                    }
                    Runtime.getRuntime().removeShutdownHook(stop);
                    return Optional.of(code);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (IllegalStateException shuttingDown) {
            return Optional.of(ExitCodes.INTERNAL);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * How many files the site's {@code content/} folder holds, counted up to {@code limit}: the site is the
     * {@code --source} folder, else the current one. Unreadable or missing folders count as small sites; the
     * build itself reports them.
     */
    static int contentFiles(String[] args, int limit) {
        try {
            Path source = Path.of(".");
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--source") && i + 1 < args.length) {
                    source = Path.of(args[i + 1]);
                } else if (args[i].startsWith("--source=")) {
                    source = Path.of(args[i].substring("--source=".length()));
                }
            }
            try (Stream<Path> files = Files.walk(source.resolve("content"))) {
                return (int) files.filter(Files::isRegularFile).limit(limit).count();
            }
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return 0;
        }
    }

    /**
     * In the tuned JVM: stop when the JVM that started it is gone, even killed with {@code SIGKILL}, which
     * runs no shutdown hook. The build then ends as if it had been killed itself: the published site stays.
     */
    static void watchLauncher() {
        String launch = System.getProperty(PROPERTY, "");
        if (!launch.startsWith(CHILD)) {
            return;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(launch.substring(CHILD.length())));
        // Polled: the JDK's onExit() of a process that is not one's own child looks only every few seconds.
        Thread watch = new Thread(
                () -> {
                    try {
                        while (launcher.isPresent() && launcher.get().isAlive()) {
                            Thread.sleep(100);
                        }
                        Runtime.getRuntime().halt(ExitCodes.INTERNAL);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "mosaik-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
