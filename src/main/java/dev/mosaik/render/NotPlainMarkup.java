package dev.mosaik.render;

/**
 * Thrown by {@link MarkupWalk} where a page holds something whose re-serialization by jsoup it does not reproduce
 * (markup jsoup's parser would restructure, an entity it does not know): the page is then marked the old way.
 * Not an error: the reason only says why, for tests and measurements.
 */
public final class NotPlainMarkup extends RuntimeException {

    NotPlainMarkup(String reason) {
        super(reason, null, false, false);
    }
}
