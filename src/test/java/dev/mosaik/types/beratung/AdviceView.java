package dev.mosaik.types.beratung;

import dev.mosaik.render.TypedView;
import java.util.List;

/**
 * What the template {@code beratung.html} reads as {@code page.typed}.
 *
 * @param hours one line per opening time, in the reader's language
 * @param languages the languages advised in, named in the reader's language
 */
public record AdviceView(List<String> hours, List<String> languages) implements TypedView {

    @Override
    public String viewName() {
        return "advice";
    }
}
