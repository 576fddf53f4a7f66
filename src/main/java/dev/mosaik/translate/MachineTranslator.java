package dev.mosaik.translate;

import java.util.List;

/**
 * A machine-translation service. Texts are segments in their placeholder form ({@link dev.mosaik.content.Segment#text()}):
 * XML-like tags the service must keep.
 */
public interface MachineTranslator {

    /**
     * The translations of {@code texts}, in their order.
     *
     * @param source the language code of the originals (as in site.yaml, e.g. {@code de})
     * @param target the language code to translate into (e.g. {@code fa})
     */
    List<String> translate(List<String> texts, String source, String target) throws TranslationFailure;
}
