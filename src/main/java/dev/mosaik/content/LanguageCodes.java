package dev.mosaik.content;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;

/** Which language codes readers can be shown a name for: those CLDR names, through ICU. */
final class LanguageCodes {

    private LanguageCodes() {}

    /** Whether {@code tag} is a BCP 47 tag whose language CLDR has a name for ("tr", "ckb", "fa-AF"), not "xx". */
    static boolean isKnown(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String language = locale.getLanguage();
        return !language.isEmpty()
                && tag.equalsIgnoreCase(locale.toLanguageTag())
                && !locale.getDisplayLanguage(ULocale.ENGLISH).equalsIgnoreCase(language);
    }

    /** The two-letter codes, for "did you mean" hints. */
    static List<String> all() {
        return Arrays.asList(ULocale.getISOLanguages());
    }
}
