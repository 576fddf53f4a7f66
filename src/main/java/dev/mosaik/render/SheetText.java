package dev.mosaik.render;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Text of a printed sheet in runs: a time, a date or a price is one run that must not break across lines
 * ("Mittwoch 09:" / "00–12:00" on a narrow column), and easy-to-read text is one sentence per line.
 */
public final class SheetText {

    private SheetText() {}

    /** What a run is: text that may break, text kept on one line, or a line break. */
    public enum Kind {
        PLAIN,
        KEEP,
        LINE
    }

    /** A stretch of text; the template writes a {@code KEEP} run as {@code white-space: nowrap}. */
    public record Run(String text, Kind kind) {

        public boolean plain() {
            return kind == Kind.PLAIN;
        }

        public boolean keep() {
            return kind == Kind.KEEP;
        }

        public boolean line() {
            return kind == Kind.LINE;
        }
    }

    static Run plain(String text) {
        return new Run(text, Kind.PLAIN);
    }

    static Run keep(String text) {
        return new Run(text, Kind.KEEP);
    }

    static Run line() {
        return new Run("", Kind.LINE);
    }

    /** Each item kept together, separated by {@code separator} (a line break when {@code separator} is empty). */
    static List<Run> kept(List<String> items, String separator) {
        List<Run> runs = new ArrayList<>();
        for (String item : items) {
            if (!runs.isEmpty()) {
                runs.add(separator.isEmpty() ? line() : plain(separator));
            }
            runs.add(keep(item));
        }
        return runs;
    }

    /**
     * A date range as ICU writes it ("7. Oktober 2026 – 30. Juni 2027", "۷ اکتبر ۲۰۲۶ تا ۳۰ ژوئن ۲۰۲۷"), each
     * date kept together, the line free to break only around the range's separator. ICU's span fields mark
     * the two dates, so no language's separator is guessed.
     */
    static List<Run> dateRange(ULocale locale, LocalDate start, LocalDate end) {
        DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMd", locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        DateIntervalFormat.FormattedDateInterval value = format.formatToValue(new DateInterval(
                start.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(),
                end.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()));
        String text = value.toString();
        List<Run> runs = new ArrayList<>();
        ConstrainedFieldPosition position = new ConstrainedFieldPosition();
        position.constrainClass(DateIntervalFormat.SpanField.class);
        int at = 0;
        while (value.nextPosition(position)) {
            if (position.getStart() > at) {
                runs.add(plain(text.substring(at, position.getStart())));
            }
            runs.add(keep(text.substring(position.getStart(), position.getLimit())));
            at = position.getLimit();
        }
        if (at < text.length()) {
            runs.add(at == 0 ? keep(text) : plain(text.substring(at)));
        }
        return runs;
    }

    /** The sentences of {@code text}, by the language's sentence rules, for one sentence per line. */
    static List<String> sentences(String text, ULocale locale) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(text);
        List<String> result = new ArrayList<>();
        for (int start = sentences.first(), end = sentences.next();
                end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                result.add(sentence);
            }
        }
        return result;
    }
}
