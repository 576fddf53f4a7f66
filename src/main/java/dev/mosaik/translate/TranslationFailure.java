package dev.mosaik.translate;

/**
 * A translation service could not translate: unreachable, too slow, refusing the key, over quota or answering
 * something that is not its protocol. The message is one line for the editor; the file being translated is
 * not written.
 */
public final class TranslationFailure extends Exception {

    public TranslationFailure(String message) {
        super(message, null, false, false);
    }
}
