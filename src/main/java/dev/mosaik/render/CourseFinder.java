package dev.mosaik.render;

/**
 * The static pages of the course finder below a course section, one per filter value, so every filter
 * works without JavaScript and can be linked and printed: {@code …/niveau/a1/}, {@code …/stadtteil/dalheim/},
 * {@code …/tag/monday/}, {@code …/kinderbetreuung/} and the archive of courses that are over.
 */
final class CourseFinder {

    static final String LEVEL = "niveau";
    static final String DISTRICT = "stadtteil";
    static final String DAY = "tag";
    static final String CHILDCARE = "kinderbetreuung";
    static final String ARCHIVE = "archiv";

    private CourseFinder() {
    }
}
