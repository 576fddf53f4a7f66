package dev.mosaik.shipped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/browser/check-pages.mjs} (axe-core and our own checks in headless Chromium) over pages
 * of a served site and reads its line format.
 */
final class PageChecker {

    /** One page as the browser loaded it: HTTP status and the gzip-compressed bytes of its first visit. */
    record PageResult(String path, int status, long weight, String files) {}

    /** A rule a page breaks. */
    record Problem(String path, String rule, String target, String message) {
        @Override
        public String toString() {
            return path + ": " + rule + " " + target + " — " + message;
        }
    }

    record Report(List<PageResult> pages, List<Problem> problems) {}

    private PageChecker() {}

    static Report check(String baseUrl, List<String> paths) {
        List<String> command = new ArrayList<>(List.of(
                BrowserTools.node().toString(),
                BrowserTools.SCRIPT.getFileName().toString(),
                "--base",
                baseUrl,
                "--chromium",
                BrowserTools.chromium().toString(),
                "--format",
                "lines"));
        BrowserTools.nodeModule("axe-core");
        BrowserTools.nodeModule("playwright-core");
        command.addAll(paths);
        try {
            Path errors = java.nio.file.Files.createTempFile("mosaik-check-pages-", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(BrowserTools.FOLDER.toFile())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // A generous bound against a hung browser; a page takes about a second.
            if (!process.waitFor(10 + 5L * paths.size(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("check-pages.mjs did not finish");
            }
            String err = java.nio.file.Files.readString(errors);
            java.nio.file.Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "check-pages.mjs failed (exit " + process.exitValue() + "):\n" + err + out);
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
        List<PageResult> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("PAGE") && f.length == 5) {
                pages.add(new PageResult(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]), f[4]));
            } else if (f[0].equals("PROBLEM") && f.length == 5) {
                problems.add(new Problem(f[1], f[2], f[3], f[4]));
            }
        }
        return new Report(pages, problems);
    }
}
