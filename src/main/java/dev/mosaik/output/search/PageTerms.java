package dev.mosaik.output.search;

import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.EntryData;
import dev.mosaik.site.Page;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page's share of its tree's index: each term with its score, and the page's text for snippets. Kept in the
 * build cache under the hash of what it is computed from (the tree's language, the page's HTML, title, tags,
 * summary and typed facts, and whether it is a fallback), since segmenting and folding the words is the index's
 * main work.
 */
record PageTerms(String text, Map<String, Long> scores) {

    /** Field weights: where a word occurs says more than how often. */
    private static final double[] WEIGHTS = {10, 5, 5, 3, 3, 1};
    /** How much lower an untranslated page ranks than a translated one with the same words. */
    private static final double UNTRANSLATED = 0.8;

    private static final String KIND = "terms";

    /**
     * The address of the terms of {@code page} in the tree of {@code language} in {@code cache}: a hash of all they are
     * computed from. Empty without a cache.
     */
    static Optional<String> key(Optional<CacheFolder> cache, Page page, String language, PageFields fields) {
        return cache.map(folder -> folder.key(KIND)
                .add(language)
                .add(page.contentHtml())
                .add(page.title())
                .add(String.join("\n", page.frontMatter().tags()))
                .add(page.frontMatter().summary().orElse(""))
                .add(fields.headings())
                .add(fields.facts())
                .add(fields.text())
                .add(Boolean.toString(page.isFallback()))
                .hex());
    }

    /** Marks the stored terms under {@code key} as still needed, though this build did not read them. */
    static void keep(CacheFolder cache, String key) {
        cache.keep(KIND, key);
    }

    /** The terms of {@code page}: from {@code cache} under {@code key} (see {@link #key}) or computed now. */
    static PageTerms of(
            Page page,
            PageFields fields,
            Optional<String> key,
            Supplier<HtmlText> body,
            Terms terms,
            Optional<CacheFolder> cache) {
        if (cache.isEmpty() || key.isEmpty()) {
            return compute(page, fields, body.get(), terms);
        }
        Optional<PageTerms> stored = cache.get().read(KIND, key.get()).flatMap(PageTerms::decode);
        if (stored.isPresent()) {
            return stored.get();
        }
        PageTerms computed = compute(page, fields, body.get(), terms);
        cache.get().write(KIND, key.get(), computed.encode());
        return computed;
    }

    private static PageTerms compute(Page page, PageFields fields, HtmlText body, Terms terms) {
        String[] byField = {
            page.title(),
            String.join("\n", body.headings(), fields.headings()),
            String.join("\n", page.frontMatter().tags()),
            page.frontMatter().summary().orElse(""),
            fields.facts(),
            String.join("\n", body.all(), fields.text())
        };
        Map<String, double[]> counts = new HashMap<>();
        for (int field = 0; field < byField.length; field++) {
            int f = field;
            terms.of(byField[field], term -> counts.computeIfAbsent(term, t -> new double[WEIGHTS.length])[f]++);
        }
        // Untranslated pages rank a little lower. Weighed here rather than in the browser, which would need to
        // know of every page whether it is translated before it could rank any.
        double weight = page.isFallback() ? UNTRANSLATED : 1;
        Map<String, Long> scores = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> count : counts.entrySet()) {
            double score = 0;
            for (int f = 0; f < WEIGHTS.length; f++) {
                score += count.getValue()[f] == 0 ? 0 : WEIGHTS[f] * (1 + Math.log(count.getValue()[f]));
            }
            scores.put(count.getKey(), Math.max(1, Math.round(score * weight * 10)));
        }
        return new PageTerms(body.all(), scores);
    }

    private byte[] encode() {
        EntryData.Out out = new EntryData.Out().string(text).number(scores.size());
        scores.forEach((term, score) -> out.string(term).number(score));
        return out.bytes();
    }

    private static Optional<PageTerms> decode(byte[] bytes) {
        try {
            EntryData.In in = new EntryData.In(bytes);
            String text = in.string();
            Map<String, Long> scores = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                scores.put(in.string(), in.number());
            }
            in.end();
            return Optional.of(new PageTerms(text, scores));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
