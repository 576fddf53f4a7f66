package dev.mosaik.cli;

/** The exit codes of every command, as documented in the README. */
final class ExitCodes {

    static final int OK = 0;
    /** The content or configuration has errors. */
    static final int CONTENT_ERRORS = 1;
    /** The command line was wrong (picocli's default). */
    static final int USAGE = 2;
    /** A bug in mosaik. */
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
