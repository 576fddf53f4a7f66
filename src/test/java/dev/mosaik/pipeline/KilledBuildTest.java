package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.bench.SyntheticSite;
import dev.mosaik.testing.ChildJvm;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment — {@code SIGKILL}, no shutdown hook runs — leaves the published site as it was,
 * and the next build succeeds. The build runs in a JVM of its own on a synthetic site that takes a few seconds,
 * and is killed at moments chosen by what it has done so far: starting up, reading, just after it began to
 * write the new version, halfway through, almost done, and while publishing.
 */
class KilledBuildTest {

    @TempDir
    Path dir;

    private Path site;
    private Path output;

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteCompleteAndTheNextBuildSucceeds() throws Exception {
        site = dir.resolve("site");
        output = dir.resolve("public");
        SyntheticSite.write(site, 1000, 2);
        TestSite.Run first = ChildJvm.run(Map.of(), dir.resolve("first.log"), args());
        assertThat(first.exitCode()).as(first.out()).isZero();
        Map<String, String> previous = HostileContentTest.listing(output);
        int files = (int)
                previous.keySet().stream().filter(name -> !name.endsWith("/")).count();
        assertThat(files).isGreaterThan(800);

        // The next version differs, so that a half-published one could not pass for the old.
        Path page = site.resolve("content/bereich-000/seite-000001.de.md");
        Files.writeString(page, Files.readString(page).replace("Willkommen", "Neu") + "\nEin neuer Absatz.\n");

        List<String> moments =
                List.of("starting", "reading", "writing began", "half written", "almost written", "publishing");
        List<Map<String, String>> after = new ArrayList<>();
        for (String moment : moments) {
            Process build = ChildJvm.start(Map.of(), dir.resolve("killed.log"), args());
            boolean reached = waitFor(build, moment, files);
            build.destroyForcibly();
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
            after.add(publishedListing());
            if (!moment.equals("publishing")) {
                // Only the swap itself is quick enough to be missed; every other moment lasts long enough to be hit.
                assertThat(reached)
                        .as("reached '%s' before the build ended", moment)
                        .isTrue();
                assertThat(build.exitValue()).as("killed while %s", moment).isNotZero();
            }
        }

        TestSite.Run next = ChildJvm.run(Map.of(), dir.resolve("next.log"), args());
        assertThat(next.exitCode()).as(next.out()).isZero();
        Map<String, String> current = HostileContentTest.listing(output);
        assertThat(current).isNotEqualTo(previous);
        for (int i = 0; i < moments.size(); i++) {
            assertThat(after.get(i))
                    .as("killed while %s: the old site or the whole new one, nothing in between", moments.get(i))
                    .isIn(previous, current);
        }
        assertThat(after.subList(0, 4))
                .as("killed before publishing")
                .allSatisfy(listing -> assertThat(listing).isEqualTo(previous));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("leftovers of killed builds are cleared")
                    .noneMatch(BadInputTest::isStaging);
        }
    }

    private String[] args() {
        return new String[] {
            "build",
            "--source",
            site.toString(),
            "--output",
            output.toString(),
            "--build-date",
            "2026-06-01",
            "--no-pdf"
        };
    }

    /** Waits until the build reaches {@code moment}; false when it ended first. */
    private boolean waitFor(Process build, String moment, int files) throws Exception {
        long pid = build.pid();
        boolean[] wrote = {false};
        BooleanSupplier reached = switch (moment) {
            case "starting" -> () -> true;
            case "reading" -> sleepThen(700);
            case "writing began" -> () -> staging(pid).isPresent();
            case "half written" -> () -> staged(pid) >= files / 2;
            case "almost written" -> () -> staged(pid) >= files * 9 / 10;
            // The swap: the old version moved aside, the new one renamed, the old one deleted.
            case "publishing" ->
                () -> {
                    wrote[0] |= staged(pid) >= files * 9 / 10;
                    return wrote[0]
                            && (oldVersion(pid).isPresent() || staging(pid).isEmpty());
                };
            default -> throw new IllegalArgumentException(moment);
        };
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (build.isAlive() && System.nanoTime() < deadline) {
            if (reached.getAsBoolean()) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static BooleanSupplier sleepThen(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        return () -> System.nanoTime() >= until;
    }

    /** The staging folder of the build with process id {@code pid} (its name carries it), not a killed one's. */
    private Optional<Path> staging(long pid) {
        return sibling(".public.mosaik-new-" + pid + "-");
    }

    private Optional<Path> oldVersion(long pid) {
        return sibling(".public.mosaik-old-" + pid + "-");
    }

    private Optional<Path> sibling(String prefix) {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Files written to the build's staging folder so far; -1 when there is none. */
    private int staged(long pid) {
        Optional<Path> staging = staging(pid);
        if (staging.isEmpty()) {
            return -1;
        }
        try (Stream<Path> walk = Files.walk(staging.get())) {
            return (int) walk.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1; // swapped in or deleted while we looked
        }
    }

    /**
     * What a reader gets: the output folder, or — when the kill fell between the two renames of the swap, a window of
     * two system calls — the old version under its temporary name, which the next build puts back first.
     */
    private Map<String, String> publishedListing() {
        if (Files.exists(output)) {
            return HostileContentTest.listing(output);
        }
        return sibling(".public.mosaik-old-").map(HostileContentTest::listing).orElse(Map.of());
    }
}
