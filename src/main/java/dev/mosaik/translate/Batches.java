package dev.mosaik.translate;

import java.util.ArrayList;
import java.util.List;

/** Sends texts in batches of a service's size, so that a long page is a few requests and not one per block. */
final class Batches {

    interface Request {
        List<String> translate(List<String> batch) throws TranslationFailure;
    }

    private Batches() {}

    static List<String> translate(List<String> texts, int size, Request request) throws TranslationFailure {
        List<String> translated = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += size) {
            translated.addAll(request.translate(texts.subList(from, Math.min(texts.size(), from + size))));
        }
        return translated;
    }
}
