package dev.mosaik.cli;

import dev.mosaik.diag.UiMessages;
import dev.mosaik.output.cache.CacheUse;
import dev.mosaik.pipeline.StageTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table {@code mosaik build --timings} prints: per stage when it started, how long it took, how many of the
 * processors it kept busy, and a bar on the build's timeline, so that a stage that leaves cores idle shows at a glance.
 */
final class StageTimeline {

    static final int BAR = 40;

    private StageTimeline() {}

    static List<String> lines(Map<String, StageTime> stages, int cores, UiMessages ui) {
        long total = stages.values().stream()
                .mapToLong(t -> t.start().plus(t.wall()).toNanos())
                .max()
                .orElse(0);
        List<String> lines = new ArrayList<>();
        // The column titles come as one message, "stage|start|took|busy|timeline", and are set over the columns here.
        String[] titles = ui.format("cli.timings.header", cores).split("\\|", -1);
        lines.add(String.format(Locale.ROOT, "  %-10s %9s %11s  %-12s %s", (Object[]) titles));
        stages.forEach((name, time) -> lines.add(String.format(
                Locale.ROOT,
                "  %-10s %7.2f s %8d ms  %-12s %s",
                name,
                seconds(time.start()),
                time.wall().toMillis(),
                busy(time, cores),
                bar(time, total))));
        return lines;
    }

    /** Per kind of the build cache's entries, how many the build found there and how many it stored. */
    static List<String> cacheLines(List<CacheUse> uses, UiMessages ui) {
        return uses.stream()
                .map(use -> "  " + ui.format("cli.timings.cache", use.kind(), use.found(), use.stored()))
                .toList();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String busy(StageTime time, int cores) {
        return time.utilisation(cores).stream()
                .mapToObj(u -> String.format(Locale.ROOT, "%.1f/%d %3.0f%%", u * cores, cores, u * 100))
                .findFirst()
                .orElse("-");
    }

    /** Where the stage lies on the build's timeline, {@value #BAR} characters for the whole build. */
    static String bar(StageTime time, long total) {
        if (total <= 0) {
            return "|" + " ".repeat(BAR) + "|";
        }
        int from = (int) Math.min(BAR - 1, time.start().toNanos() * BAR / total);
        int to = (int) Math.max(
                from + 1,
                Math.min(BAR, Math.round((double) time.start().plus(time.wall()).toNanos() * BAR / total)));
        return "|" + " ".repeat(from) + "#".repeat(to - from) + " ".repeat(BAR - to) + "|";
    }
}
