package dev.mosaik.check;

import dev.mosaik.config.CheckLimits;
import dev.mosaik.config.BaseUrl;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The checks of {@code mosaik check} beyond what every build verifies: anchors of internal links, external
 * links (listed), oversized images, duplicate titles, pages not updated for a long time, readability of German
 * pages and simple rules of Leichte Sprache. Works on the rendered pages, so it sees what readers see.
 */
public final class ContentChecks {

    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile(
            "\\b(wird|werden|wurde|wurden)\\b[^.!?]*\\bge\\p{L}+(t|en)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final CheckLimits limits;

    public ContentChecks(CheckLimits limits) {
        this.limits = limits;
    }

    /**
     * @param rendered the HTML of every page by output file ({@code de/kontakt/index.html})
     * @param files    where the site's published files lie on disk, by site path, for image sizes
     * @return the external links found, sorted
     */
    public Set<String> run(Site site, Map<String, String> rendered, Map<String, Path> files, LocalDate today, Problems problems) {
        BaseUrl base = site.config().baseUrl();
        Map<String, Page> pageByFile = new HashMap<>();
        site.pages().forEach(p -> pageByFile.put(p.path().outputFile(), p));
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Document> documents = new HashMap<>();
        rendered.forEach((file, html) -> {
            Document document = Jsoup.parse(html);
            documents.put(file, document);
            Set<String> found = new HashSet<>();
            document.select("[id]").forEach(e -> found.add(e.id()));
            ids.put(file, found);
        });
        checkUnsubscribe(site, problems);
        Set<String> external = new TreeSet<>();
        for (Map.Entry<String, Document> entry : documents.entrySet()) {
            Page page = pageByFile.get(entry.getKey());
            if (page == null || page.isFallback()) {
                continue; // problems of a fallback page are its original's, reported there
            }
            SourcePosition where = page.source().position(0);
            for (Element link : entry.getValue().select(".prose a[href], .prose img[src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    external.add(target);
                } else if (target.startsWith("#")) {
                    anchor(entry.getKey(), target.substring(1), ids, where, problems);
                } else if (target.startsWith(base.path())) {
                    String path = target.substring(base.path().length());
                    String fragment = path.contains("#") ? path.substring(path.indexOf('#') + 1) : "";
                    path = path.replaceFirst("#.*$", "");
                    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
                    if (file.endsWith(".html") && !fragment.isEmpty()) {
                        anchor(file, fragment, ids, where, problems);
                    }
                    if (link.tagName().equals("img")) {
                        image(path, files, where, problems);
                    }
                }
            }
            text(page, entry.getValue(), problems);
        }
        duplicateTitles(site, problems);
        stale(site, today, problems);
        return external;
    }

    private static void anchor(String file, String fragment, Map<String, Set<String>> ids, SourcePosition where, Problems problems) {
        Set<String> known = ids.get(file);
        String id = java.net.URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        if (known != null && !known.contains(id)) {
            problems.error(where, "link to '#" + id + "' on /" + file.replaceFirst("index\\.html$", "") + ": no such anchor",
                    dev.mosaik.diag.DidYouMean.hint(id, known));
        }
    }

    private void image(String path, Map<String, Path> files, SourcePosition where, Problems problems) {
        Path file = files.get(path);
        if (file == null) {
            return;
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxImageBytes()) {
                problems.warning(where, "image '" + path + "' is " + size / 1024 + " KB; readers on mobile data wait for it",
                        Optional.of("save it smaller than " + limits.maxImageBytes() / 1024 + " KB (about 1600 px wide is enough)"));
            }
        } catch (IOException e) {
            problems.warning(where, "image '" + path + "' cannot be read: " + e.getMessage());
        }
    }

    /** Readability of German pages; sentence and word rules of Leichte Sprache pages. */
    private void text(Page page, Document document, Problems problems) {
        String language = page.contentLanguage().code();
        boolean easy = language.equals("ls") || page.contentLanguage().urlPrefix().contains("leichte");
        boolean german = page.contentLanguage().htmlLang().equals("de");
        if (!german) {
            return;
        }
        List<String> paragraphs = document.select(".prose p, .prose li").eachText();
        if (easy) {
            for (String paragraph : paragraphs) {
                for (String sentence : Readability.sentences(paragraph)) {
                    int words = Readability.words(sentence).size();
                    SourcePosition at = page.source().position(lineOf(page, sentence));
                    if (words > limits.maxEasySentenceWords()) {
                        problems.warning(at, "Leichte Sprache: sentence of " + words + " words (at most " + limits.maxEasySentenceWords() + ")",
                                Optional.of("split it: one statement per sentence"));
                    }
                    for (String word : Readability.words(sentence)) {
                        if (word.length() > limits.maxEasyWordLetters() && !word.contains("-")) {
                            problems.warning(at, "Leichte Sprache: long word '" + word + "'", Optional.of("split it with a hyphen"));
                        }
                    }
                    if (PASSIVE.matcher(sentence).find()) {
                        problems.warning(at, "Leichte Sprache: passive voice in '" + sentence + "'", Optional.of("say who does it"));
                    }
                }
            }
            return;
        }
        String text = String.join("\n", paragraphs);
        Readability.Score score = Readability.score(text);
        if (score.words() >= 25 && (score.flesch() < limits.minFlesch() || score.wiener() > limits.maxWiener())) {
            problems.warning(page.source().position(0), String.format(java.util.Locale.ROOT,
                    "hard to read: Flesch (Amstad) %.0f, Wiener Sachtextformel %.1f (aim for Flesch at least %d and WSTF at most %d)",
                    score.flesch(), score.wiener(), limits.minFlesch(), limits.maxWiener()),
                    Optional.of("shorter sentences and shorter words; the concept asks to check the city's offers for understandability (9.2.1)"));
        }
    }

    /** The line of the source on which a sentence starts, or 0. */
    private static int lineOf(Page page, String sentence) {
        String start = sentence.length() > 20 ? sentence.substring(0, 20) : sentence;
        try {
            List<String> lines = Files.readAllLines(page.source().path(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(start)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // The position stays the file.
        }
        return 0;
    }

    private static void duplicateTitles(Site site, Problems problems) {
        Map<String, Page> seen = new HashMap<>();
        for (Page page : site.pages()) {
            if (page.isFallback()) {
                continue;
            }
            Page other = seen.putIfAbsent(page.language().code() + "\u0000" + page.title(), page);
            if (other != null) {
                problems.warning(page.source().position(0), "has the same title as " + other.source().relative() + ": '" + page.title() + "'",
                        Optional.of("readers tell pages apart by their titles in lists and search results"));
            }
        }
    }

    private void stale(Site site, LocalDate today, Problems problems) {
        LocalDate limit = today.minusMonths(limits.staleMonths());
        for (Page page : site.pages()) {
            if (!page.isFallback() && page.frontMatter().lastChange().filter(d -> d.isBefore(limit)).isPresent()) {
                problems.warning(page.source().position(0), "not updated since " + page.frontMatter().lastChange().get() + " (more than "
                        + limits.staleMonths() + " months)", Optional.of("check that it is still true and set 'updated'"));
            }
        }
    }

    /**
     * A site with newsletter issues publishes their e-mail editions; mailed without a way to unsubscribe they break
     * the rules for such mail and large providers turn them away. {@code newsletter export} refuses then; the check
     * warns ahead of it.
     */
    private static void checkUnsubscribe(Site site, Problems problems) {
        boolean issues = site.pages().stream().anyMatch(p -> p.data().orElse(null) instanceof dev.mosaik.content.Newsletter);
        if (issues && site.config().newsletter().unsubscribe().isEmpty()) {
            problems.warning(site.config().newsletter().position(), "the newsletter's e-mail edition has no unsubscribe link:"
                    + " 'newsletter: unsubscribe:' is not set", java.util.Optional.of("a mailto: address or an https: page; until it is set,"
                    + " 'mosaik newsletter export' refuses to write the e-mail"));
        }
    }
}
