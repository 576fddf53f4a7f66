package dev.mosaik.output.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * openhtmltopdf's hook for right-to-left runs: ICU reorders them for drawing, as openhtmltopdf's own
 * {@code ICUBidiReorderer} does, but the letters are shaped by {@link ArabicPresentationForms}, which knows the
 * Persian letters ICU's {@code ArabicShaping} leaves isolated (and ICU would re-shape already shaped forms).
 */
final class ArabicReorderer implements BidiReorderer {

    private final ArabicPresentationForms forms;
    private final Normalizer2 fold = Normalizer2.getNFKCInstance();

    ArabicReorderer(ArabicPresentationForms forms) {
        this.forms = forms;
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return forms.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return fold.normalize(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
