package dev.mosaik.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path site;

    @Test
    void keepsWatchingAfterARebuildThrows() throws Exception {
        Files.createDirectories(site.resolve("content"));
        LinkedBlockingQueue<SiteWatcher.Change> seen = new LinkedBlockingQueue<>();
        SiteWatcher watcher = new SiteWatcher(site, change -> {
            seen.add(change);
            if (seen.size() == 1) {
                throw new StackOverflowError("a rebuild that fails with a bug");
            }
        });
        try {
            watcher.start();
            Files.writeString(site.resolve("content/a.de.md"), "eins");
            assertThat(seen.poll(30, TimeUnit.SECONDS)).as("the first change").isNotNull();
            Files.writeString(site.resolve("content/b.de.md"), "zwei");
            assertThat(seen.poll(30, TimeUnit.SECONDS))
                    .as("the change after the failed rebuild")
                    .isNotNull();
        } finally {
            watcher.close();
        }
    }
}
