package dev.mosaik.shipped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/browser/check-layout.mjs} (what a screen shows: nothing past the edges, no clipped text,
 * the language menu on screen, a screenshot of each page) over pages of a served site at the given widths, and
 * reads its line format.
 */
final class LayoutChecker {

    /** One page at one width as the browser showed it, with the screenshot it saved. */
    record Shot(String path, int width, int status, Path file) {}

    /** Something a reader would see broken, on one page at one width. */
    record Problem(String where, String rule, String target, String message) {
        @Override
        public String toString() {
            return where + ": " + rule + " " + target + " — " + message;
        }
    }

    record Report(List<Shot> shots, List<Problem> problems) {}

    private LayoutChecker() {}

    static Report check(String baseUrl, Path screenshots, List<Integer> widths, List<String> paths) {
        BrowserTools.nodeModule("playwright-core");
        List<String> command = new ArrayList<>(List.of(
                BrowserTools.node().toString(),
                "check-layout.mjs",
                "--base",
                baseUrl,
                "--chromium",
                BrowserTools.chromium().toString(),
                "--shots",
                screenshots.toAbsolutePath().toString(),
                "--widths",
                String.join(",", widths.stream().map(String::valueOf).toList())));
        command.addAll(paths);
        try {
            Path errors = Files.createTempFile("mosaik-check-layout-", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(BrowserTools.FOLDER.toFile())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // A generous bound against a hung browser; a page at one width takes about a second on a loaded machine.
            if (!process.waitFor(30 + 5L * paths.size() * widths.size(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("check-layout.mjs did not finish");
            }
            String err = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "check-layout.mjs failed (exit " + process.exitValue() + "):\n" + err + out);
            }
            return parse(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Report parse(String out) {
        List<Shot> shots = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("SHOT") && f.length == 5) {
                shots.add(new Shot(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Path.of(f[4])));
            } else if (f[0].equals("PROBLEM") && f.length == 5) {
                problems.add(new Problem(f[1], f[2], f[3], f[4]));
            }
        }
        return new Report(shots, problems);
    }
}
