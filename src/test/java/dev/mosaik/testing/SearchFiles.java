package dev.mosaik.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A language tree's search index as the build wrote it, for tests: the manifest ({@code search.json}) and the
 * chunks it lists, parsed (JSON is YAML, so the YAML parser the build uses reads it).
 *
 * @param folder   the folder of the search page
 * @param manifest the manifest's text
 * @param terms    the chunks of terms, as the manifest lists them
 * @param docs     the chunks of pages, as the manifest lists them
 * @param count    the number of pages, as the manifest says
 */
public record SearchFiles(Path folder, String manifest, List<Chunk> terms, List<Chunk> docs, int count) {

    /** A chunk as the manifest lists it: its first term (a string) or first page number, and its file. */
    public record Chunk(Object first, String file) {}

    /** A row of a chunk of terms: the term and its postings, page number and score by turns. */
    public record Term(String term, List<Integer> postings) {
        public List<Integer> pages() {
            List<Integer> pages = new ArrayList<>();
            for (int i = 0; i < postings.size(); i += 2) {
                pages.add(postings.get(i));
            }
            return pages;
        }
    }

    /** A page of a chunk of pages: address, title, section, the language of an untranslated one, text. */
    public record Doc(String url, String title, String section, String language, String text) {}

    public static SearchFiles read(Path folder) {
        String manifest = text(folder.resolve("search.json"));
        Map<?, ?> json = (Map<?, ?>) parse(manifest);
        return new SearchFiles(
                folder,
                manifest,
                chunks(json.get("terms")),
                chunks(json.get("docs")),
                ((Number) json.get("count")).intValue());
    }

    private static List<Chunk> chunks(Object list) {
        return ((List<?>) list)
                .stream()
                        .map(c -> new Chunk(((List<?>) c).get(0), (String) ((List<?>) c).get(1)))
                        .toList();
    }

    /** The rows of one chunk of terms. */
    public List<Term> terms(Chunk chunk) {
        return ((List<?>) parse(text(folder.resolve(chunk.file()))))
                .stream()
                        .map(row -> {
                            List<?> values = (List<?>) row;
                            return new Term(
                                    (String) values.get(0),
                                    values.subList(1, values.size()).stream()
                                            .map(v -> ((Number) v).intValue())
                                            .toList());
                        })
                        .toList();
    }

    /** Every term of the index, in the order of the chunks. */
    public List<Term> allTerms() {
        return terms.stream().flatMap(c -> terms(c).stream()).toList();
    }

    /** The pages of one chunk of pages. */
    public List<Doc> docs(Chunk chunk) {
        return ((List<?>) parse(text(folder.resolve(chunk.file()))))
                .stream()
                        .map(row -> {
                            Map<?, ?> doc = (Map<?, ?>) row;
                            return new Doc(
                                    (String) doc.get("u"),
                                    (String) doc.get("t"),
                                    (String) doc.get("s"),
                                    (String) doc.get("l"),
                                    (String) doc.get("x"));
                        })
                        .toList();
    }

    /** Every page of the index, in the order of their numbers. */
    public List<Doc> allDocs() {
        return docs.stream().flatMap(c -> docs(c).stream()).toList();
    }

    /** The files of the index in its folder: the manifest and every chunk, listed or not. */
    public List<Path> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.getFileName().toString().matches("search(-.*)?\\.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object parse(String json) {
        return new Load(LoadSettings.builder()
                        .setCodePointLimit(Integer.MAX_VALUE)
                        .build())
                .loadFromString(json);
    }
}
