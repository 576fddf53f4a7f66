package dev.mosaik.pipeline;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.output.cache.CacheFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * One run of the pipeline: the problems it collects, how long each stage took, and the threads its stages share.
 * Made per build and closed after it, so that nothing of one build outlives it but what the caller keeps.
 */
final class BuildRun implements AutoCloseable {

    private final Problems problems = new Problems();
    /** Written by the thread that runs the stages one after the other; the stages' own threads never touch it. */
    private final Map<String, StageTime> timings = new LinkedHashMap<>();

    private final long started = System.nanoTime();
    private final ProcessorTime processor = ProcessorTime.of();
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    /** Set once the build was accepted (see {@link #useCache}); a run refused before it starts makes no cache. */
    private Optional<CacheFolder> cache = Optional.empty();

    /** From now on this run reads and fills {@code folder}, if any. */
    void useCache(Optional<CacheFolder> folder) {
        this.cache = folder;
    }

    Optional<CacheFolder> cache() {
        return cache;
    }

    Problems problems() {
        return problems;
    }

    ForkJoinPool pool() {
        return pool;
    }

    Map<String, StageTime> timings() {
        return timings;
    }

    boolean hasErrors() {
        return problems.hasErrors();
    }

    /** Runs {@code stage} and adds its time to the stage {@code name} (a stage may run more than once). */
    <T> T timed(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        Optional<Duration> cpuBefore = processor.used();
        try {
            return stage.get();
        } finally {
            long end = System.nanoTime();
            Optional<Duration> cpu =
                    cpuBefore.flatMap(before -> processor.used().map(after -> after.minus(before)));
            timings.merge(
                    name,
                    new StageTime(Duration.ofNanos(start - started), Duration.ofNanos(end - start), cpu),
                    StageTime::plus);
        }
    }

    void timed(String name, IoStage stage) {
        timed(name, () -> {
            try {
                stage.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** A stage that writes files. */
    interface IoStage {
        void run() throws IOException;
    }

    /** A build that stopped before publishing anything. */
    BuildResult failed(int languages) {
        return BuildResult.failed(problems.all(), languages, timings);
    }

    /**
     * A build that could not write its output folder: reported like a content problem, at the folder, with what
     * the system said ("No space left on device"), never as a stack trace.
     */
    BuildResult writeFailed(Path output, Exception e, int languages) {
        // An UncheckedIOException names the file, its cause what went wrong.
        String reason = e instanceof UncheckedIOException
                        && e.getCause() != null
                        && e.getCause().getMessage() != null
                        && !e.getMessage().contains(e.getCause().getMessage())
                ? e.getMessage() + ": " + e.getCause().getMessage()
                : e.getMessage();
        problems.error(
                SourcePosition.file(output.toString()),
                "cannot write the output folder: " + reason,
                Optional.of("check that the folder is writable and the disk not full"));
        return failed(languages);
    }

    /** A build that reached its end; {@code published} says whether its output folder now holds it. */
    BuildResult finished(
            int pages, Stages.Assembled assembled, boolean published, List<String> changed, List<String> rendered) {
        return new BuildResult(
                problems.all(),
                pages,
                assembled.languages(),
                published,
                timings,
                Optional.of(TranslationReport.of(assembled.site(), assembled.i18n())),
                Optional.of(assembled.site()),
                changed,
                rendered,
                cache.map(CacheFolder::uses).orElse(List.of()));
    }

    /**
     * A build that found its output folder as an earlier build with the same input left it ({@link UpToDate}): it
     * reports that build's pages and problems, and published nothing new.
     */
    BuildResult unchanged(dev.mosaik.output.cache.BuildRecord earlier) {
        return new BuildResult(
                earlier.problems(),
                earlier.pages(),
                earlier.languages(),
                true,
                timings,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                cache.map(CacheFolder::uses).orElse(List.of()));
    }

    /** The processor time of this process so far, where the JVM tells it (HotSpot and OpenJ9 do). */
    interface ProcessorTime {
        Optional<Duration> used();

        static ProcessorTime of() {
            java.lang.management.OperatingSystemMXBean bean =
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            if (bean instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
                return () -> Optional.of(Duration.ofNanos(os.getProcessCpuTime()));
            }
            return Optional::empty;
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
