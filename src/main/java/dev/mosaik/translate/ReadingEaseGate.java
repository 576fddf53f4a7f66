package dev.mosaik.translate;

import dev.mosaik.check.Readability;
import dev.mosaik.content.Segment;
import dev.mosaik.content.SegmentedPage;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The reading-ease gate before machine translation: a machine translates hard German text badly. */
final class ReadingEaseGate {

    private ReadingEaseGate() {}

    /**
     * Amstad's reading ease of the page's prose against the gate; a page below it is reported with its score and
     * its three hardest sentences, each at its line: rewriting those helps every reader, and the machine too.
     */
    static boolean passes(SegmentedPage page, int minimum, Problems problems) {
        record Sentence(String text, int line, double ease) {}
        StringBuilder prose = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (Segment segment : page.segments()) {
            if (segment.yaml()
                    || segment.kind().equals("heading")
                    || segment.kind().equals("table cell")) {
                continue;
            }
            prose.append(segment.plainText()).append('\n');
            for (String sentence : Readability.sentences(segment.plainText())) {
                if (Readability.words(sentence).size() >= 3) {
                    sentences.add(new Sentence(
                            sentence,
                            segment.line(),
                            Readability.score(sentence).flesch()));
                }
            }
        }
        Readability.Score score = Readability.score(prose.toString());
        if (score.words() == 0 || score.flesch() >= minimum) {
            return true;
        }
        problems.error(
                SourcePosition.file(page.path()).atLine(1),
                String.format(
                        java.util.Locale.ROOT,
                        "the German text is hard to read (reading ease %.0f, below translation.minReadingEase %d); a machine translates hard text badly",
                        score.flesch(),
                        minimum),
                Optional.of("simplify the hardest sentences below, or translate anyway with --force"));
        sentences.stream()
                .sorted(Comparator.comparingDouble(Sentence::ease))
                .limit(3)
                .forEach(s -> problems.warning(
                        SourcePosition.file(page.path()).atLine(s.line()),
                        String.format(
                                java.util.Locale.ROOT,
                                "hard sentence (reading ease %.0f): %s",
                                s.ease(),
                                s.text().length() > 160 ? s.text().substring(0, 160) + "…" : s.text())));
        return false;
    }
}
