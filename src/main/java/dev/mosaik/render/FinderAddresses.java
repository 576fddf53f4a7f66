package dev.mosaik.render;

import dev.mosaik.site.AddressWords;
import java.time.DayOfWeek;

/** The addresses of the course finder's pages below a course section, in the words of the section's tree. */
final class FinderAddresses {

    private FinderAddresses() {}

    /** The address of the finder page of a level below its section: {@code niveau/a1}. */
    static String level(AddressWords words, String levelCode) {
        return words.level() + "/" + levelCode;
    }

    /** The address of the finder page of a district below its section: {@code stadtteil/dalheim}. */
    static String district(AddressWords words, String districtCode) {
        return words.district() + "/" + districtCode;
    }

    /** The address of the finder page of a weekday below its section: {@code tag/montag}. */
    static String day(AddressWords words, DayOfWeek day) {
        return words.weekday() + "/" + words.day(day);
    }
}
