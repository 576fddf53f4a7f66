package dev.mosaik.content;

/**
 * A name the A–Z index lists a typed page under besides its title and tags (a project's partners, an event's
 * place, a course's provider), and which language it is written in.
 */
public record TypedKeyword(String name, Written written) {

    /** Which language a keyword is written in, as the page decides it. */
    public enum Written {
        /** That of the facts: the original's where a translation takes them from there, else the page's own text's. */
        FACTS,
        /** That of the page's own text: a name its translation's prose overlay wrote. */
        TRANSLATION,
        /** That of the language tree the reader is in: a label mosaik words for the page (a course type). */
        READER
    }
}
