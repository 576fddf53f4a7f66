package dev.mosaik.i18n;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.SourceText;
import dev.mosaik.yaml.YamlDocument;
import dev.mosaik.yaml.YamlMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site's glossary, {@code i18n/glossary.yaml}: German terms of administration and integration and how each
 * translation renders them, so that a reader meets the same word for the same office on every page and the word
 * on the letter from that office where it matters.
 *
 * <pre>
 * Integrationskurs:
 *   note: the federal course (BAMF) of language and orientation lessons
 *   keep: [en, tr, ar]            # or true: the German word stays, explained at first mention
 *   forms: [Integrationskursen]   # German forms beyond the simple endings (optional)
 *   en: integration course
 *   ru: [интеграционный курс, интеграционного курса]   # the rendering first, then other forms that count
 * </pre>
 *
 * Every mistake is reported at its line; a term with mistakes is left out, the rest of the glossary still counts.
 */
public final class Glossary {

    public static final String FILE = I18n.I18N_DIR + "/glossary.yaml";
    private static final List<String> TERM_KEYS = List.of("note", "keep", "forms");

    /** One term with everything the file says about it. */
    private record Term(
            String term,
            Optional<String> note,
            Set<String> keepIn,
            List<String> germanForms,
            Map<String, List<String>> renderings,
            SourcePosition position) {}

    private final List<Term> terms;
    private final Map<String, List<GlossaryEntry>> byLanguage = new LinkedHashMap<>();

    private Glossary(List<Term> terms, List<Language> languages) {
        this.terms = List.copyOf(terms);
        for (Language language : languages) {
            List<GlossaryEntry> entries = new ArrayList<>();
            for (Term term : terms) {
                boolean keep = term.keepIn().contains(language.code());
                List<String> forms = term.renderings().getOrDefault(language.code(), List.of());
                if (keep || !forms.isEmpty()) {
                    entries.add(new GlossaryEntry(
                            term.term(), term.note(), keep, term.germanForms(), forms, term.position()));
                }
            }
            byLanguage.put(language.code(), List.copyOf(entries));
        }
    }

    /** A site without a glossary. */
    public static Glossary empty() {
        return new Glossary(List.of(), List.of());
    }

    /** Reads {@code i18n/glossary.yaml} of the site, if there is one; mistakes go to {@code problems}. */
    public static Glossary load(Path siteRoot, SiteConfig config, Problems problems) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        return SourceText.read(file, FILE, "glossary", problems)
                .map(text -> parse(text, FILE, config, problems))
                .orElseGet(Glossary::empty);
    }

    /** Reads a glossary's text; {@code file} names it in messages. */
    public static Glossary parse(String text, String file, SiteConfig config, Problems problems) {
        Optional<YamlMapping> root = YamlDocument.parseMapping(text, file, 1, problems);
        if (root.isEmpty()) {
            return empty();
        }
        List<Language> others = config.languages().stream()
                .filter(l -> !l.equals(config.defaultLanguage()))
                .toList();
        List<Term> terms = new ArrayList<>();
        for (String term : root.get().keys()) {
            SourcePosition at = root.get().positionOf(term);
            if (term.isBlank()) {
                problems.error(at, "a glossary term must not be empty");
                continue;
            }
            if (!root.get().isMapping(term)) {
                problems.error(
                        at,
                        "'" + term + "' must be followed by 'key: value' lines: note, keep, forms and a rendering per "
                                + "language (en: …)",
                        Optional.of("write the renderings on the lines below it, indented"));
                continue;
            }
            root.get()
                    .mapping(term)
                    .flatMap(entry -> readTerm(term, entry, at, config, others, problems))
                    .ifPresent(terms::add);
        }
        return new Glossary(terms, config.languages());
    }

    private static Optional<Term> readTerm(
            String term,
            YamlMapping entry,
            SourcePosition at,
            SiteConfig config,
            List<Language> others,
            Problems problems) {
        // The mapping reports wrong types into the site's problems itself: count errors to know whether the term had
        // any.
        long errorsBefore = problems.errorCount();
        Map<String, List<String>> renderings = renderings(entry, config, others, problems);
        Optional<String> note = note(term, entry, problems);
        Set<String> keepIn = keep(entry, others, config, problems);
        List<String> germanForms = entry.keys().contains("forms")
                ? forms(entry, "forms", "German form", problems).orElse(List.of())
                : List.of();
        boolean mistaken = problems.errorCount() > errorsBefore;
        if (keepIn.isEmpty() && renderings.isEmpty() && !mistaken) {
            problems.error(
                    at,
                    "'" + term + "' has neither a rendering nor 'keep'",
                    Optional.of("add a line per language (en: …), or 'keep: true' when the German word stays"));
        }
        return problems.errorCount() > errorsBefore
                ? Optional.empty()
                : Optional.of(new Term(term.strip(), note, keepIn, germanForms, renderings, at));
    }

    /** The term's rendering in each other language; its own language or an unknown code is reported. */
    private static Map<String, List<String>> renderings(
            YamlMapping entry, SiteConfig config, List<Language> others, Problems problems) {
        List<String> codes = others.stream().map(Language::code).toList();
        Map<String, List<String>> renderings = new LinkedHashMap<>();
        for (String key : entry.keys()) {
            if (TERM_KEYS.contains(key)) {
                continue;
            }
            if (key.equals(config.defaultLanguage().code())) {
                problems.error(
                        entry.positionOf(key),
                        "'" + key + "' is the language of the term itself; the glossary renders "
                                + config.defaultLanguage().name() + " terms into the other languages",
                        Optional.of("delete the line; alternative German forms go under 'forms'"));
            } else if (!codes.contains(key)) {
                List<String> candidates = new ArrayList<>(codes);
                candidates.addAll(TERM_KEYS);
                problems.error(
                        entry.positionOf(key),
                        "unknown language code '" + key + "' (site.yaml has " + String.join(", ", codes) + ")",
                        DidYouMean.hint(key, candidates));
            } else {
                forms(entry, key, "rendering for '" + key + "'", problems)
                        .ifPresent(forms -> renderings.put(key, forms));
            }
        }
        return renderings;
    }

    /** The note that says what the term means; an empty one is reported. */
    private static Optional<String> note(String term, YamlMapping entry, Problems problems) {
        if (!entry.keys().contains("note")) {
            return Optional.empty();
        }
        Optional<String> note = entry.string("note").map(String::strip).filter(n -> !n.isEmpty());
        if (note.isEmpty()) {
            problems.error(
                    entry.positionOf("note"),
                    "the note of '" + term + "' is empty",
                    Optional.of("say in a few words what it is, or delete the line"));
        }
        return note;
    }

    /** A text or a list of texts, none of them empty. */
    private static Optional<List<String>> forms(YamlMapping entry, String key, String what, Problems problems) {
        List<YamlMapping.Located> located = entry.located(key);
        if (located.isEmpty()) {
            problems.error(entry.positionOf(key), "empty " + what, Optional.of("write the word, or delete the line"));
            return Optional.empty();
        }
        List<String> forms = new ArrayList<>();
        for (YamlMapping.Located form : located) {
            if (form.value().isBlank()) {
                problems.error(form.position(), "empty " + what, Optional.of("write the word, or delete the line"));
                return Optional.empty();
            }
            forms.add(form.value().strip());
        }
        return Optional.of(List.copyOf(forms));
    }

    /**
     * The languages that keep the German word: {@code true} means every language that is not a variety of the
     * default language (Leichte Sprache is German: keeping the word means nothing there), or a list of codes.
     */
    private static Set<String> keep(YamlMapping entry, List<Language> others, SiteConfig config, Problems problems) {
        if (!entry.has("keep")) {
            return Set.of();
        }
        List<String> codes = others.stream().map(Language::code).toList();
        Set<String> keepIn = new LinkedHashSet<>();
        if (entry.isList("keep")) {
            for (YamlMapping.Located code : entry.located("keep")) {
                if (codes.contains(code.value())) {
                    keepIn.add(code.value());
                } else {
                    problems.error(
                            code.position(),
                            "unknown language code '" + code.value() + "' in 'keep' (site.yaml has "
                                    + String.join(", ", codes) + ")",
                            DidYouMean.hint(code.value(), codes));
                }
            }
            return keepIn;
        }
        if (entry.bool("keep").orElse(false)) {
            String german = config.defaultLanguage().htmlLang();
            others.stream().filter(l -> !l.htmlLang().equals(german)).forEach(l -> keepIn.add(l.code()));
        }
        return keepIn;
    }

    /** The terms in the file's order. */
    public List<String> terms() {
        return terms.stream().map(Term::term).toList();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** What the glossary asks of {@code language}, in the file's order; empty for the default language. */
    public List<GlossaryEntry> entriesFor(Language language) {
        return entriesFor(language.code());
    }

    /** Like {@link #entriesFor(Language)}, by language code. */
    public List<GlossaryEntry> entriesFor(String code) {
        return byLanguage.getOrDefault(code, List.of());
    }
}
