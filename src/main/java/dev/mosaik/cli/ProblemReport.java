package dev.mosaik.cli;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.UiMessages;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Prints problems as {@code path:line: message}, one per line, then a count, in the editor's language. */
final class ProblemReport {

    private ProblemReport() {}

    /** For builds: a build with errors publishes nothing. */
    static void print(List<Problem> problems, CommandSpec spec) {
        print(problems, spec, "report.afterBuild");
    }

    /** @param afterErrors the key of what the errors meant for the command, said after their count */
    static void print(List<Problem> problems, CommandSpec spec, String afterErrors) {
        print(problems, spec.commandLine().getErr(), EditorLanguage.messages(spec), afterErrors);
    }

    static void print(List<Problem> problems, PrintWriter err, UiMessages ui, String afterErrors) {
        for (Problem problem : problems) {
            err.println(problem.format(ui));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (errors > 0) {
            err.println(ui.format(
                    warnings > 0 ? "report.errorsAndWarnings" : "report.errors",
                    errors,
                    warnings,
                    ui.format(afterErrors)));
        } else if (warnings > 0) {
            err.println(ui.format("report.warnings", warnings));
        }
        err.flush();
    }
}
