package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedBrowserTestsTest {

    /** Run only by the launcher below (surefire runs no nested classes): two tests without their tools, two others. */
    static class Sample {
        @Test
        void needsChromium() {
            BrowserTools.require(Optional.empty(), "Chromium");
        }

        @Test
        void needsNode() {
            BrowserTools.require(Optional.empty(), "node");
        }

        @Test
        void skippedForAnotherReason() {
            assumeTrue(false, "not today");
        }

        @Test
        void runs() {}
    }

    @Test
    void countsOnlyTestsSkippedForAMissingBrowserToolAndNamesWhatToInstall() {
        assumeFalse(
                BrowserTools.required(), "with MOSAIK_BROWSER_TESTS=required a missing tool fails the test instead");
        java.util.List<String> console = new java.util.ArrayList<>();
        SkippedBrowserTests listener = new SkippedBrowserTests(console::add);
        // Without the listeners of META-INF/services, which would print their line for this inner run.
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false)
                        .build())
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(Sample.class))
                                .build(),
                        listener);

        assertThat(console).containsExactly(SkippedBrowserTests.line(2).orElseThrow());
        assertThat(SkippedBrowserTests.line(6))
                .hasValue(
                        "[WARNING] 6 browser tests skipped: run `npm ci --ignore-scripts` in src/test/browser"
                                + " and install chromium (apt-get install chromium), or see README; MOSAIK_BROWSER_TESTS=required makes them fail instead");
        assertThat(SkippedBrowserTests.line(0)).as("all ran: no line").isEmpty();
    }
}
