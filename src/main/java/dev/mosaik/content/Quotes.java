package dev.mosaik.content;

/** The quotation marks of a language, e.g. German „…“ and ‚…‘; supplied by the i18n stage from CLDR. */
public record Quotes(String open, String close, String singleOpen, String singleClose) {

    public static final Quotes ENGLISH = new Quotes("\u201C", "\u201D", "\u2018", "\u2019");
}
