package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.UiMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GermanKeysTest {

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(FrontMatterReader.KEYS);
        ContentTypes.shipped()
                .names()
                .forEach(type -> keys.addAll(ContentTypes.shipped().keysOf(Optional.of(type))));
        return keys;
    }

    @Test
    void everyFrontMatterKeyHasAGermanName() {
        assertThat(GermanKeys.SYNONYMS.values()).containsAll(allKeys());
    }

    @Test
    void aGermanKeyNameSuggestsTheKeyItMeans() {
        List<String> keys = allKeys();
        assertThat(DidYouMean.suggest("zeitraum", keys, GermanKeys.SYNONYMS).map(UiMessages.english()::format))
                .hasValue("did you mean 'period'?");
        assertThat(DidYouMean.suggest("Titel", keys, GermanKeys.SYNONYMS).map(UiMessages.english()::format))
                .hasValue("did you mean 'title'?");
        // A German word misspelt still finds its key.
        assertThat(DidYouMean.suggest("anbieterr", keys, GermanKeys.SYNONYMS).map(UiMessages.english()::format))
                .hasValue("did you mean 'provider'?");
    }
}
