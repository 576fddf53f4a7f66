package dev.mosaik.cli;

import java.util.Optional;
import picocli.CommandLine;

/** Entry point of {@code java -jar mosaik.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Optional<Integer> tuned = BatchJvm.launch(args);
        if (tuned.isPresent()) {
            System.exit(tuned.get());
        }
        Optional<Integer> utf8 = FileNameEncoding.relaunch(args);
        if (utf8.isPresent()) {
            System.exit(utf8.get());
        }
        BatchJvm.watchLauncher();
        FileNameEncoding.warnIfNotUtf8(System.err);
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code instead of exiting, for tests. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new MosaikCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("mosaik: internal error (please report it with the lines below): " + exception);
            exception.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug in the content: a very large site needs more heap than the JVM was given. The output
            // folder is untouched (the build writes to a staging folder that is removed on the way out).
            System.err.println("mosaik: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap); give Java more, e.g. java -Xmx4g -jar mosaik.jar " + String.join(" ", args));
            return ExitCodes.INTERNAL;
        }
    }
}
