package dev.mosaik.check;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.CheckLimits;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.UiText;
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

    /**
     * A form of "werden" and, later in the sentence, a past participle: with "ge-" ("wurde gebaut", "wird abgeholt"),
     * of a verb in "-ieren" ("wurde informiert", "werden repariert"), or with an unstressed prefix that takes no "ge-"
     * ("wird bezahlt", "wurde erklärt", "werden verkauft"). An approximation that prefers a question too many to a
     * passive missed; "wird Ärztin" or "werden kommen" are not matched.
     */
    static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile(
            "\\b(wird|werden|wurde|wurden|worden)\\b[^.!?]*?\\b(ge\\p{L}+(t|en)|\\p{L}+ge\\p{L}+(t|en)|\\p{L}+iert"
                    + "|(be|ver|er|ent|zer|emp|miss|über|unter|hinter)\\p{L}+t)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** The same participles before the form of "werden": "ist erklärt worden", "…, weil es gebaut wird". */
    static final java.util.regex.Pattern PASSIVE_AFTER = java.util.regex.Pattern.compile(
            "\\b(ge\\p{L}+(t|en)|\\p{L}+ge\\p{L}+(t|en)|\\p{L}+iert|(be|ver|er|ent|zer|emp|miss|über|unter|hinter)\\p{L}+t)"
                    + "\\s+(worden|wird|werden|wurde|wurden)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private final CheckLimits limits;

    public ContentChecks(CheckLimits limits) {
        this.limits = limits;
    }

    /**
     * @param rendered the HTML of every page by output file ({@code de/kontakt/index.html})
     * @param files    where the site's published files lie on disk, by site path, for image sizes
     * @return the external links found, sorted
     */
    public Set<String> run(
            Site site, Map<String, String> rendered, Map<String, Path> files, LocalDate today, Problems problems) {
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
            SourceLines source = SourceLines.of(page);
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
                        int line = source.lineContaining(path.substring(path.lastIndexOf('/') + 1));
                        image(path, files, line > 0 ? page.source().position(line) : where, problems);
                    }
                }
            }
            text(page, entry.getValue(), source, problems);
        }
        duplicateTitles(site, problems);
        unfingerprinted(site, problems);
        stale(site, today, problems);
        return external;
    }

    private static void anchor(
            String file, String fragment, Map<String, Set<String>> ids, SourcePosition where, Problems problems) {
        Set<String> known = ids.get(file);
        String id = java.net.URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        if (known != null && !known.contains(id)) {
            problems.error(
                    where,
                    "link to '#" + id + "' on /" + file.replaceFirst("index\\.html$", "") + ": no such anchor",
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
                problems.warning(
                        where,
                        UiText.of("check.largeImage", path, size / 1024),
                        UiText.of("hint.largeImage", limits.maxImageBytes() / 1024));
            }
        } catch (IOException e) {
            problems.warning(where, "image '" + path + "' cannot be read: " + e.getMessage());
        }
    }

    /** Readability of German pages; sentence and word rules of Leichte Sprache pages. */
    private void text(Page page, Document document, SourceLines source, Problems problems) {
        String language = page.contentLanguage().code();
        boolean easy =
                language.equals("ls") || page.contentLanguage().urlPrefix().contains("leichte");
        boolean german = page.contentLanguage().htmlLang().equals("de");
        if (!german) {
            return;
        }
        List<String> paragraphs = document.select(".prose p, .prose li").eachText();
        if (easy) {
            for (String paragraph : paragraphs) {
                for (String sentence : Readability.sentences(paragraph)) {
                    easySentence(sentence, page.source().position(source.paragraphOf(sentence)), problems);
                }
            }
        } else {
            readability(page, paragraphs, source, problems);
        }
    }

    /** The rules of Leichte Sprache for one sentence: short, short words, no passive. */
    private void easySentence(String sentence, SourcePosition at, Problems problems) {
        int words = Readability.words(sentence).size();
        if (words > limits.maxEasySentenceWords()) {
            problems.warning(
                    at,
                    UiText.of("check.easySentence", words, limits.maxEasySentenceWords()),
                    UiText.of("hint.easySentence"));
        }
        for (String word : Readability.words(sentence)) {
            if (word.length() > limits.maxEasyWordLetters() && !word.contains("-")) {
                problems.warning(at, UiText.of("check.easyLongWord", word), UiText.of("hint.easyLongWord"));
            }
        }
        if (PASSIVE.matcher(sentence).find() || PASSIVE_AFTER.matcher(sentence).find()) {
            problems.warning(at, UiText.of("check.easyPassive", sentence), UiText.of("hint.easyPassive"));
        }
    }

    /** The readability score of a German page, told at the paragraph that pulls it down most. */
    private void readability(Page page, List<String> paragraphs, SourceLines source, Problems problems) {
        Readability.Score score = Readability.score(String.join("\n", paragraphs));
        if (score.words() >= 25 && (score.flesch() < limits.minFlesch() || score.wiener() > limits.maxWiener())) {
            // The page's score, at the paragraph that pulls it down most: that is where rewriting starts.
            String hardest = paragraphs.stream()
                    .filter(p -> Readability.words(p).size() >= 8)
                    .min(java.util.Comparator.comparingDouble(
                            (String p) -> Readability.score(p).flesch()))
                    .orElse(paragraphs.isEmpty() ? "" : paragraphs.get(0));
            problems.warning(
                    page.source().position(source.paragraphOf(hardest)),
                    UiText.of(
                            "check.hardToRead",
                            String.format(java.util.Locale.ROOT, "%.0f", score.flesch()),
                            String.format(java.util.Locale.ROOT, "%.1f", score.wiener()),
                            limits.minFlesch(),
                            limits.maxWiener()),
                    UiText.of("hint.hardToRead"));
        }
    }

    /** What two pages must not share: a title within one language. */
    private record TitleInLanguage(dev.mosaik.config.Language language, String title) {}

    private static void duplicateTitles(Site site, Problems problems) {
        Map<TitleInLanguage, Page> seen = new HashMap<>();
        for (Page page : site.pages()) {
            if (page.isFallback()) {
                continue;
            }
            Page other = seen.putIfAbsent(new TitleInLanguage(page.language(), page.title()), page);
            if (other != null) {
                problems.warning(
                        page.source().position(titleLine(page)),
                        UiText.of("check.sameTitle", other.source().relative(), page.title()),
                        UiText.of("hint.sameTitle"));
            }
        }
    }

    /**
     * A translation that did not record its original's fingerprint ({@code sourceHash}) can never be reported outdated:
     * nobody can tell whether it still says what the original says.
     */
    private static void unfingerprinted(Site site, Problems problems) {
        String defaultCode = site.config().defaultLanguage().code();
        for (Page page : site.pages()) {
            if (page.isFallback()
                    || page.source().language().code().equals(defaultCode)
                    || page.frontMatter().translated().sourceHash().isPresent()) {
                continue;
            }
            Optional<Page> original =
                    site.page(site.config().defaultLanguage(), page.key()).filter(o -> !o.isFallback());
            if (original.isEmpty()) {
                continue; // a page of its own in this language, not a translation
            }
            Optional<String> current = new dev.mosaik.content.ContentReader(site.types(), false)
                    .read(original.get().source(), new Problems())
                    .map(dev.mosaik.content.SourceHash::of);
            problems.warning(
                    page.source().position(1),
                    UiText.of("check.noSourceHash", original.get().source().relative()),
                    current.map(hash -> UiText.of("hint.noSourceHash", hash))
                            .orElse(UiText.of("hint.noSourceHashUnknown")));
        }
    }

    /** The line of the page's title in its front matter (1 when it cannot be found). */
    private static int titleLine(Page page) {
        int line = SourceLines.of(page).lineContaining("title:");
        return line > 0 ? line : 1;
    }

    private void stale(Site site, LocalDate today, Problems problems) {
        LocalDate limit = today.minusMonths(limits.staleMonths());
        for (Page page : site.pages()) {
            if (!page.isFallback()
                    && page.frontMatter()
                            .lastChange()
                            .filter(d -> d.isBefore(limit))
                            .isPresent()) {
                problems.warning(
                        page.source().position(1),
                        UiText.of(
                                "check.stale",
                                page.frontMatter().lastChange().get().toString(),
                                limits.staleMonths()),
                        UiText.of("hint.stale"));
            }
        }
    }

    /**
     * A site with newsletter issues publishes their e-mail editions; mailed without a way to unsubscribe they break
     * the rules for such mail and large providers turn them away. {@code newsletter export} refuses then; the check
     * warns ahead of it.
     */
    private static void checkUnsubscribe(Site site, Problems problems) {
        boolean issues =
                site.pages().stream().anyMatch(p -> p.data().orElse(null) instanceof dev.mosaik.content.Newsletter);
        if (issues && site.config().editions().newsletter().unsubscribe().isEmpty()) {
            problems.warning(
                    site.config().editions().newsletter().position(),
                    "the newsletter's e-mail edition has no unsubscribe link:"
                            + " 'newsletter: unsubscribe:' is not set",
                    java.util.Optional.of("a mailto: address or an https: page; until it is set,"
                            + " 'mosaik newsletter export' refuses to write the e-mail"));
        }
    }
}
