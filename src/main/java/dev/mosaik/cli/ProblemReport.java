package dev.mosaik.cli;

import dev.mosaik.diag.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems as {@code path:line: message}, one per line, then a count. */
final class ProblemReport {

    private ProblemReport() {
    }

    /** For builds: a build with errors publishes nothing. */
    static void print(List<Problem> problems, PrintWriter err) {
        print(problems, err, "nothing was published, the previous output is unchanged");
    }

    /** @param afterErrors what the errors meant for the command, said after their count */
    static void print(List<Problem> problems, PrintWriter err, String afterErrors) {
        for (Problem problem : problems) {
            err.println(problem.format());
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (errors > 0) {
            err.println(count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "")
                    + "; " + afterErrors + ".");
        } else if (warnings > 0) {
            err.println(count(warnings, "warning"));
        }
        err.flush();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
