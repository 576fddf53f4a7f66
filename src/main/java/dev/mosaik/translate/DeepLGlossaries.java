package dev.mosaik.translate;

import dev.mosaik.i18n.GlossaryEntry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site's glossary as DeepL glossaries (API v2), one per language pair DeepL has glossaries for
 * ({@code GET /v2/glossary-language-pairs}). A glossary is named {@code mosaik-} and the fingerprint of its
 * entries: an unchanged glossary is found again in {@code GET /v2/glossaries} and reused, a changed one is
 * created anew ({@code POST /v2/glossaries}, entries as TSV). DeepL glossaries cannot be edited, and an account
 * holds a limited number, so a run never creates one it already has. Asked once per language and run.
 */
final class DeepLGlossaries {

    private static final int FINGERPRINT = 16;

    private final String base;
    private final Map<String, String> auth;
    private final String keyEnv;
    private final HttpExchange http;
    private Set<String> pairs;
    private List<Listed> listed;
    private final Map<String, Optional<String>> ids = new HashMap<>();

    private record Listed(String name, String id) {}

    DeepLGlossaries(String base, Map<String, String> auth, String keyEnv, HttpExchange http) {
        this.base = base;
        this.auth = Map.copyOf(auth);
        this.keyEnv = keyEnv;
        this.http = http;
    }

    /**
     * The id of the DeepL glossary for {@code entries} from {@code source} into {@code target}, created if DeepL does
     * not have it yet; empty when there are no entries or DeepL has no glossaries for the pair.
     */
    synchronized Optional<String> idFor(String source, String target, List<GlossaryEntry> entries)
            throws TranslationFailure {
        String pair = source.toLowerCase(Locale.ROOT) + "-" + target.toLowerCase(Locale.ROOT);
        if (ids.containsKey(pair)) {
            return ids.get(pair);
        }
        Optional<String> id = Optional.empty();
        if (!entries.isEmpty() && supported().contains(pair)) {
            String tsv = tsv(entries);
            String name = "mosaik-" + fingerprint(pair + "\n" + tsv);
            Optional<String> known = list().stream()
                    .filter(g -> g.name().equals(name))
                    .map(Listed::id)
                    .findFirst();
            id = Optional.of(known.isPresent() ? known.get() : create(name, source, target, tsv));
        }
        ids.put(pair, id);
        return id;
    }

    /** One line per term: the German term, a tab, what it becomes (the term itself where the glossary keeps it). */
    static String tsv(List<GlossaryEntry> entries) {
        StringBuilder tsv = new StringBuilder();
        Set<String> terms = new HashSet<>();
        for (GlossaryEntry entry : entries) {
            String term = oneLine(entry.term());
            // DeepL refuses a glossary that lists a source term twice.
            if (terms.add(term)) {
                tsv.append(term).append('\t').append(oneLine(entry.target())).append('\n');
            }
        }
        return tsv.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private Set<String> supported() throws TranslationFailure {
        if (pairs == null) {
            HttpExchange.Answer answer = http.get(URI.create(base + "/v2/glossary-language-pairs"), auth);
            check(answer, "the language pairs DeepL has glossaries for");
            Optional<List<String>> sources =
                    Json.strings(answer.body(), "supported_languages", Optional.of("source_lang"));
            Optional<List<String>> targets =
                    Json.strings(answer.body(), "supported_languages", Optional.of("target_lang"));
            if (sources.isEmpty()
                    || targets.isEmpty()
                    || sources.get().size() != targets.get().size()) {
                throw new TranslationFailure(
                        "DeepL's list of glossary language pairs is not its JSON ({\"supported_languages\": "
                                + "[{\"source_lang\": …, \"target_lang\": …}]}): "
                                + HttpExchange.excerpt(answer.body()));
            }
            Set<String> found = new LinkedHashSet<>();
            for (int i = 0; i < sources.get().size(); i++) {
                found.add(sources.get().get(i).toLowerCase(Locale.ROOT) + "-"
                        + targets.get().get(i).toLowerCase(Locale.ROOT));
            }
            pairs = found;
        }
        return pairs;
    }

    private List<Listed> list() throws TranslationFailure {
        if (listed == null) {
            HttpExchange.Answer answer = http.get(URI.create(base + "/v2/glossaries"), auth);
            check(answer, "the list of glossaries");
            Optional<List<String>> names = Json.strings(answer.body(), "glossaries", Optional.of("name"));
            Optional<List<String>> glossaryIds = Json.strings(answer.body(), "glossaries", Optional.of("glossary_id"));
            if (names.isEmpty()
                    || glossaryIds.isEmpty()
                    || names.get().size() != glossaryIds.get().size()) {
                throw new TranslationFailure(
                        "DeepL's list of glossaries is not its JSON ({\"glossaries\": [{\"glossary_id\": …, \"name\": …}]}): "
                                + HttpExchange.excerpt(answer.body()));
            }
            List<Listed> found = new ArrayList<>();
            for (int i = 0; i < names.get().size(); i++) {
                found.add(new Listed(names.get().get(i), glossaryIds.get().get(i)));
            }
            listed = List.copyOf(found);
        }
        return listed;
    }

    private String create(String name, String source, String target, String tsv) throws TranslationFailure {
        String body = Json.write(json -> {
            json.writeStringProperty("name", name);
            json.writeStringProperty("source_lang", source.toLowerCase(Locale.ROOT));
            json.writeStringProperty("target_lang", target.toLowerCase(Locale.ROOT));
            json.writeStringProperty("entries", tsv);
            json.writeStringProperty("entries_format", "tsv");
        });
        HttpExchange.Answer answer = http.post(URI.create(base + "/v2/glossaries"), body, auth);
        check(answer, "the glossary " + source + "→" + target + " (i18n/glossary.yaml)");
        return Json.strings(answer.body(), "glossary_id", Optional.empty())
                .filter(l -> l.size() == 1)
                .map(l -> l.get(0))
                .orElseThrow(() -> new TranslationFailure("DeepL's answer to creating the glossary " + source + "→"
                        + target + " is not its JSON ({\"glossary_id\": …}): " + HttpExchange.excerpt(answer.body())));
    }

    private void check(HttpExchange.Answer answer, String what) throws TranslationFailure {
        switch (answer.status()) {
            case 200, 201:
                return;
            case 401, 403:
                throw new TranslationFailure("DeepL refused the key in $" + keyEnv + " (HTTP " + answer.status()
                        + ") when asked for " + what + "; check that it is a valid DeepL key for "
                        + URI.create(base).getHost());
            case 456:
                throw new TranslationFailure(
                        "the DeepL quota is used up (HTTP 456); wait for the next billing period or raise the limit");
            default:
                throw new TranslationFailure("DeepL refused " + what + " (HTTP " + answer.status() + "): "
                        + HttpExchange.excerpt(answer.body()));
        }
    }

    private static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, FINGERPRINT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
