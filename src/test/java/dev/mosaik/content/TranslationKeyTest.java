package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranslationKeyTest {

    @Test
    void knowsItsSectionAndSlug() {
        TranslationKey page = new TranslationKey("projekte/kulturfest");
        assertThat(page.parent()).contains(new TranslationKey("projekte/_index"));
        assertThat(page.defaultSlug()).isEqualTo("kulturfest");
        TranslationKey section = new TranslationKey("projekte/_index");
        assertThat(section.isSectionIndex()).isTrue();
        assertThat(section.parent()).contains(TranslationKey.HOME);
        assertThat(section.defaultSlug()).isEqualTo("projekte");
        assertThat(new TranslationKey("kontakt").parent()).contains(TranslationKey.HOME);
        assertThat(TranslationKey.HOME.parent()).isEmpty();
    }

    @Test
    void resolvesContentLinksAbsoluteAndRelative() {
        TranslationKey from = new TranslationKey("projekte/kulturfest");
        assertThat(TranslationKey.ofLink("/kontakt.md", from)).contains(new TranslationKey("kontakt"));
        assertThat(TranslationKey.ofLink("schule.md", from)).contains(new TranslationKey("projekte/schule"));
        assertThat(TranslationKey.ofLink("../kontakt.md", from)).contains(new TranslationKey("kontakt"));
        assertThat(TranslationKey.ofLink("../../../etc.md", from)).isEmpty();
        assertThat(TranslationKey.ofLink("bild.png", from)).isEmpty();
    }
}
