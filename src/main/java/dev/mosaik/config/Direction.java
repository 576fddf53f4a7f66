package dev.mosaik.config;

/** Writing direction of a language, as written into {@code dir} attributes. */
public enum Direction {
    LTR,
    RTL;

    /** The value of the HTML {@code dir} attribute. */
    public String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
