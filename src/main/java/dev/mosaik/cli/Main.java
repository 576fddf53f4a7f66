package dev.mosaik.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar mosaik.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
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
        return commandLine.execute(args);
    }
}
