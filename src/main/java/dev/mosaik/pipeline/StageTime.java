package dev.mosaik.pipeline;

import java.time.Duration;

/**
 * When a stage of a build ran and how busy it kept the machine: the timeline {@code mosaik build --timings} prints.
 *
 * @param start when the stage first started, from the start of the build
 * @param wall  how long it ran (summed when a stage runs more than once)
 * @param cpu   the processor time the whole process used meanwhile (all threads, the JVM's own included); empty
 *              where the JVM does not tell
 */
public record StageTime(Duration start, Duration wall, java.util.Optional<Duration> cpu) {

    StageTime plus(StageTime later) {
        return new StageTime(start, wall.plus(later.wall), cpu.flatMap(c -> later.cpu.map(c::plus)));
    }

    /** The share of {@code cores} the stage kept busy, 0 to 1; empty without processor time or for a stage too short to tell. */
    public java.util.OptionalDouble utilisation(int cores) {
        if (cpu.isEmpty() || wall.toNanos() <= 0 || cores <= 0) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(Math.min(1.0, (double) cpu.get().toNanos() / wall.toNanos() / cores));
    }
}
