package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.site.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedViewSourcesTest {

    @Test
    void everyShippedContentTypeHasAViewSource() {
        TypedViewSources shipped = TypedViewSources.shipped();

        assertThat(ContentTypes.shipped().names())
                .allSatisfy(type -> assertThat(shipped.source(type))
                        .as(type)
                        .hasValueSatisfying(source -> assertThat(source.type()).isEqualTo(type)));
    }

    @Test
    void refusesTwoSourcesForOneType() {
        TypedViewSource one = new Named("ort");
        TypedViewSource other = new Named("ort");

        assertThatThrownBy(() -> new TypedViewSources(List.of(one, other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ort");
    }

    @Test
    void aSourceFromOutsideTheShippedListIsFoundByItsTypesName() {
        TypedViewSource own = new Named("werkstatt");

        assertThat(new TypedViewSources(List.of(own)).source("werkstatt")).containsSame(own);
    }

    /** A source of a type this package does not know, as a content type in a package of its own brings one. */
    private record Named(String type) implements TypedViewSource {
        @Override
        public Optional<TypedView> page(Page page, TypedViewContext context) {
            return Optional.empty();
        }
    }
}
