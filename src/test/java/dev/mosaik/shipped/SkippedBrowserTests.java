package dev.mosaik.shipped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of the test run, in one line on the console, how many browser and validator tests were skipped
 * because their tools are missing ({@link BrowserTools}) and what to install. Without it the reason appears only in
 * the surefire reports, and a passing {@code mvn -B verify} looks like a full one. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} of the test resources.
 */
public final class SkippedBrowserTests implements TestExecutionListener {

    private final AtomicInteger skipped = new AtomicInteger();
    private final Consumer<String> console;

    /** For the JUnit Platform's service loader: the line goes to the console. */
    public SkippedBrowserTests() {
        this(line -> {
            System.out.println(line);
            System.out.flush();
        });
    }

    SkippedBrowserTests(Consumer<String> console) {
        this.console = console;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()
                && result.getStatus() == TestExecutionResult.Status.ABORTED
                && isBrowserSkip(result.getThrowable())) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        line(skipped.get()).ifPresent(console);
    }

    /** The line for {@code count} skipped tests; none when all ran. */
    static Optional<String> line(int count) {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of("[WARNING] " + count + " browser " + (count == 1 ? "test" : "tests")
                + " skipped: run `npm ci --ignore-scripts` in "
                + BrowserTools.FOLDER
                + " and install chromium (apt-get install chromium), or see README; MOSAIK_BROWSER_TESTS=required"
                + " makes them fail instead");
    }

    private static boolean isBrowserSkip(Optional<Throwable> reason) {
        return reason.map(Throwable::getMessage)
                .filter(message -> message.contains(BrowserTools.SKIPPED))
                .isPresent();
    }
}
