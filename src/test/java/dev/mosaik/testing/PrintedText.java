package dev.mosaik.testing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks on text extracted from a printed PDF: Arabic-script letters must come in presentation forms that join
 * each other consistently (an initial or medial form is followed by a medial or final one), and NFKC gives the
 * comparable text back.
 */
public final class PrintedText {

    private PrintedText() {}

    /**
     * The glyphs of every page as drawn, before PDFBox's extractor folds presentation forms back to letters and
     * puts right-to-left runs into logical order: one line of text per baseline, each line reversed so that
     * neighbours in a right-to-left run come in reading order (adjacency, which the join check needs, survives).
     */
    public static String drawnGlyphs(org.apache.pdfbox.pdmodel.PDDocument document) throws java.io.IOException {
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder();
        float[] baseline = {Float.NaN};
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                if (Math.abs(text.getYDirAdj() - baseline[0]) > 1 || Float.isNaN(baseline[0])) {
                    lines.append(line.reverse()).append('\n');
                    line.setLength(0);
                    baseline[0] = text.getYDirAdj();
                }
                line.append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        stripper.getText(document);
        return lines.append(line.reverse()).toString();
    }

    /** NFKC with no-break spaces as spaces and without bidi controls, so it compares with source strings. */
    public static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2060]", "")
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ');
    }

    /**
     * The places where a letter is printed in a form that does not fit its neighbours: a bare letter (unshaped)
     * or a form that breaks a join, each with a bit of context.
     */
    public static List<String> unshapedLetters(String text) {
        List<String> problems = new ArrayList<>();
        int previousForm = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
            if (type == UCharacter.JoiningType.TRANSPARENT) {
                continue;
            }
            int form = form(c);
            boolean bareLetter = c >= 0x0620
                    && c <= 0x06FF
                    && (type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING);
            boolean joinsBefore =
                    form == UCharacter.DecompositionType.FINAL || form == UCharacter.DecompositionType.MEDIAL;
            boolean previousJoinsOn = previousForm == UCharacter.DecompositionType.INITIAL
                    || previousForm == UCharacter.DecompositionType.MEDIAL;
            boolean isForm = form >= 0;
            if (bareLetter || isForm && joinsBefore != previousJoinsOn || !isForm && previousJoinsOn && c != '\u0640') {
                problems.add(text.substring(Math.max(0, i - 6), Math.min(text.length(), i + 6)) + " at U+"
                        + Integer.toHexString(c).toUpperCase());
            }
            previousForm = form;
        }
        return problems;
    }

    private static int form(char c) {
        if (!(c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF)) {
            return -1;
        }
        int type = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        return type == UCharacter.DecompositionType.INITIAL
                        || type == UCharacter.DecompositionType.MEDIAL
                        || type == UCharacter.DecompositionType.FINAL
                        || type == UCharacter.DecompositionType.ISOLATED
                ? type
                : -1;
    }
}
