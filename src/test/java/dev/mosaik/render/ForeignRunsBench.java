package dev.mosaik.render;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Times marking Latin runs through jsoup's tree against the single pass, on one thread, over the HTML files of a
 * folder (e.g. the {@code ar/} output of a built synthetic site): CPU milliseconds per page, and their ratio.
 * Not a test; run by hand after {@code mvn test-compile}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) dev.mosaik.render.ForeignRunsBench FOLDER ar de rtl</pre>
 */
final class ForeignRunsBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ForeignRunsBench() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        ForeignRuns runs = new ForeignRuns(args[1], args[2], args.length > 3 && args[3].equals("rtl"));
        List<String> pages;
        try (Stream<Path> files = Files.walk(folder)) {
            pages = files.filter(f -> f.toString().endsWith(".html"))
                    .sorted()
                    .map(ForeignRunsBench::read)
                    .toList();
        }
        int changed = 0;
        int walked = 0;
        for (String page : pages) {
            String byTree = runs.markWithDom(page);
            changed += byTree.equals(page) ? 0 : 1;
            try {
                runs.markByWalking(page);
                walked++;
            } catch (NotPlainMarkup e) {
                System.out.println("left to the tree: " + e.getMessage());
            }
            if (!runs.mark(page).equals(byTree)) {
                throw new AssertionError("different: " + page.substring(0, Math.min(200, page.length())));
            }
        }
        System.out.printf("%d pages, %d with runs marked, %d walked%n", pages.size(), changed, walked);
        for (int round = 0; round < 5; round++) {
            double tree = msPerPage(pages, runs::markWithDom);
            double walk = msPerPage(pages, runs::mark);
            System.out.printf(
                    "round %d: tree %.3f ms/page, walk %.3f ms/page, walk/tree %.3f%n", round, tree, walk, walk / tree);
        }
    }

    private static double msPerPage(List<String> pages, UnaryOperator<String> mark) {
        long start = THREADS.getCurrentThreadCpuTime();
        int sink = 0;
        for (String page : pages) {
            sink += mark.apply(page).length();
        }
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        if (sink == 42) {
            System.out.println();
        }
        return nanos / 1e6 / pages.size();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
