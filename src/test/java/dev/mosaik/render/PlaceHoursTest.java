package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.OpeningHours;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening hours as readers of each shipped language read them, through ICU. */
class PlaceHoursTest {

    private static List<String> hours(String code, String... rules) {
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigReader().read(Path.of("."), problems).orElseThrow();
        I18n i18n = I18n.load(Path.of("."), config, problems);
        Language language = config.language(code).orElseThrow();
        List<dev.mosaik.content.Course.Session> sessions = new ArrayList<>();
        for (String rule : rules) {
            sessions.addAll(OpeningHours.parse(rule).orElseThrow());
        }
        return CourseSchedule.sessions(sessions, i18n.services(language));
    }

    @Test
    void germanReadsAWeekdayRangeAndTheThursdayAfternoonApart() {
        assertThat(hours("de", "Mo-Fr 08:30-12:00", "Th 14:00-17:30"))
                .containsExactly("Mo\u2009–\u2009Fr, 08:30–12:00 Uhr", "Donnerstag, 14:00–17:30 Uhr");
    }

    @Test
    void arabicAndPersianWriteTheirOwnDigitsAndWeekdays() {
        List<String> arabic = hours("ar", "Mo-Fr 08:30-12:00");
        assertThat(arabic).hasSize(1);
        assertThat(arabic.get(0)).contains("٨:٣٠").contains("الاثنين").doesNotContain("8");
        List<String> persian = hours("fa", "Mo-Fr 08:30-12:00");
        assertThat(persian.get(0)).contains("۸:۳۰").contains("دوشنبه").doesNotContain("8");
    }

    @Test
    void twoDaysAreListedWithTheLanguagesListPattern() {
        assertThat(hours("en", "Mo,We 09:00-12:00"))
                .containsExactly("Monday and Wednesday, 9:00\u202fAM\u2009–\u200912:00\u202fPM");
        assertThat(hours("tr", "Mo,We 09:00-12:00").get(0)).contains("Pazartesi ve Çarşamba");
    }
}
