package dev.mosaik.i18n;

import dev.mosaik.diag.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the glossary asks of one language for one German term: the rendering a translation uses (and other forms
 * of it that count as the same), and whether the German word itself stays — for terms a reader meets on forms,
 * signs and letters (Jobcenter, Integrationskurs), explained at first mention by the rendering.
 *
 * <p>For a machine-translation provider: translate {@link #term()} as {@link #target()}; a DeepL glossary takes
 * exactly these pairs. For a check afterwards: {@link #occursIn} on the German text, then {@link #missingRendering}
 * and {@link #missingTerm} on the translation.
 */
public final class GlossaryEntry {

    private final String term;
    private final Optional<String> note;
    private final boolean keep;
    private final List<String> forms;
    private final SourcePosition position;
    private final Pattern german;
    private final Optional<Pattern> rendered;

    GlossaryEntry(
            String term,
            Optional<String> note,
            boolean keep,
            List<String> germanForms,
            List<String> forms,
            SourcePosition position) {
        this.term = term;
        this.note = note;
        this.keep = keep;
        this.forms = List.copyOf(forms);
        this.position = position;
        this.german = TermPatterns.german(term, germanForms);
        this.rendered = forms.isEmpty() ? Optional.empty() : Optional.of(TermPatterns.rendering(forms));
    }

    /** The German term as the glossary writes it (nominative singular, as in a dictionary). */
    public String term() {
        return term;
    }

    /** What the term means, for translators (XLIFF notes) and providers that take context. */
    public Optional<String> note() {
        return note;
    }

    /** Whether the German word stays in this language's text (with the rendering as its explanation). */
    public boolean keep() {
        return keep;
    }

    /** The rendering in this language, when the glossary gives one. */
    public Optional<String> rendering() {
        return forms.isEmpty() ? Optional.empty() : Optional.of(forms.get(0));
    }

    /** The rendering and the other forms a translation may use instead (declined, plural). */
    public List<String> forms() {
        return forms;
    }

    /** What a provider should translate the term into: the rendering, or the term itself where it is kept. */
    public String target() {
        return rendering().orElse(term);
    }

    /** Where the term is written in {@code i18n/glossary.yaml}. */
    public SourcePosition position() {
        return position;
    }

    /** Whether German {@code text} contains the term, in a simple inflected form too. */
    public boolean occursIn(String text) {
        return german.matcher(text).find();
    }

    /**
     * Whether {@code translated} lacks the glossary's rendering: never when the glossary gives none, nor where the
     * German word is kept (then the rendering only explains it, once, and a page may do without).
     */
    public boolean missingRendering(String translated) {
        return !keep
                && rendered.isPresent()
                && !rendered.get().matcher(translated).find();
    }

    /** Whether {@code translated} lacks the German term although the glossary keeps it in this language. */
    public boolean missingTerm(String translated) {
        return keep && !occursIn(translated);
    }

    @Override
    public String toString() {
        return term + " → " + target() + (keep ? " (kept)" : "");
    }
}
