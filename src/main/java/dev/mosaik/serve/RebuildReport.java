package dev.mosaik.serve;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.diag.Problem;
import dev.mosaik.diag.UiMessages;
import dev.mosaik.pipeline.BuildResult;
import java.io.PrintWriter;
import java.util.OptionalLong;

/**
 * What the preview tells after a build: its problems and a line with its times in the terminal, and the browser
 * reloads — or, when the build failed, shows the errors over the page it has.
 */
final class RebuildReport {

    private final PrintWriter out;
    private final PrintWriter err;
    private final UiMessages ui;
    private final LiveReload liveReload;

    RebuildReport(PrintWriter out, PrintWriter err, UiMessages ui, LiveReload liveReload) {
        this.out = out;
        this.err = err;
        this.ui = ui;
        this.liveReload = liveReload;
    }

    /** @param detected when the watcher saw the first event of the change ({@link System#nanoTime()}) */
    void tell(BuildResult result, BaseUrl baseUrl, OptionalLong detected) {
        for (Problem problem : result.problems()) {
            err.println(problem.format(ui));
        }
        err.flush();
        if (result.published()) {
            // From the file event to the last file written: what an editor waits for, settling pause included.
            long delay = detected.isEmpty() ? -1 : (System.nanoTime() - detected.getAsLong()) / 1_000_000;
            out.println(ui.format(
                    "preview.built",
                    result.pages(),
                    result.elapsed().toMillis(),
                    result.rendered().size(),
                    result.changed().size(),
                    delay,
                    baseUrl.toString(),
                    delay < 0 ? "none" : "measured"));
            out.flush();
            liveReload.reload();
        } else {
            err.println(ui.format("preview.failedLog"));
            err.flush();
            liveReload.problems(
                    ui.language().code(),
                    ui.format("preview.failed"),
                    result.problems().stream()
                            .filter(Problem::isError)
                            .map(p -> p.format(ui))
                            .toList());
        }
    }
}
