package dev.mosaik.content;

/** How a translation came about; machine translations are announced to readers. */
public enum TranslationKind {
    HUMAN,
    MACHINE,
    REVIEWED
}
