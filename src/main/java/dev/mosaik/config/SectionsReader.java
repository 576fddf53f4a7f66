package dev.mosaik.config;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.yaml.YamlMapping;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Reads the small sections of {@code site.yaml} ({@code markdown}, {@code courses}, {@code publish},
 * {@code newsletter}, {@code check}, {@code pagination}): each one's keys are checked, its values validated with
 * their line, and a left-out value is the default.
 */
final class SectionsReader {

    private final Problems problems;
    private final SourcePosition file;

    /** @param file where site.yaml is, for problems about a section it leaves out */
    SectionsReader(Problems problems, SourcePosition file) {
        this.problems = problems;
        this.file = file;
    }

    Publishing publishing(YamlMapping root) {
        boolean rawHtml = root.mapping("markdown")
                .flatMap(markdown -> {
                    markdown.allowOnly(List.of("rawHtml"));
                    return markdown.bool("rawHtml");
                })
                .orElse(false);
        Optional<YamlMapping> publish = root.mapping("publish");
        publish.ifPresent(p -> p.allowOnly(List.of("future", "expired", "rawFiles", "offlineBudgetKB")));
        Set<RawFileType> rawFiles = publish.map(this::rawFiles).orElse(Set.of());
        boolean future = publish.flatMap(p -> p.bool("future")).orElse(false);
        boolean expired = publish.flatMap(p -> p.bool("expired")).orElse(false);
        return new Publishing(future, expired, rawHtml, rawFiles);
    }

    Editions editions(YamlMapping root, List<String> languageCodes) {
        List<String> sheetLanguages = root.mapping("courses")
                .map(c -> sheetLanguages(c, languageCodes))
                .orElse(List.of());
        long offlineBudget = root.mapping("publish")
                .flatMap(p -> p.integer("offlineBudgetKB").filter(kb -> {
                    if (kb < 1) {
                        problems.error(
                                p.positionOf("offlineBudgetKB"),
                                "offlineBudgetKB must be a positive number of kilobytes, not " + kb);
                    }
                    return kb >= 1;
                }))
                .map(kb -> kb * 1000L)
                .orElse(Editions.DEFAULT_OFFLINE_BUDGET);
        NewsletterSettings newsletter =
                root.mapping("newsletter").map(this::newsletter).orElse(new NewsletterSettings(Optional.empty(), file));
        return new Editions(sheetLanguages, newsletter, offlineBudget);
    }

    private List<String> sheetLanguages(YamlMapping courses, List<String> languageCodes) {
        courses.allowOnly(List.of("sheetLanguages"));
        List<String> wanted = courses.strings("sheetLanguages");
        for (String code : wanted) {
            if (!languageCodes.contains(code)) {
                problems.error(
                        courses.positionOf("sheetLanguages"),
                        "sheet language '" + code + "' is not among the languages",
                        DidYouMean.hint(code, languageCodes));
            }
        }
        return wanted;
    }

    /** {@code publish.rawFiles}: the types of file that can run scripts and are published all the same. */
    private Set<RawFileType> rawFiles(YamlMapping publish) {
        Set<RawFileType> types = new TreeSet<>();
        List<String> known =
                Arrays.stream(RawFileType.values()).map(RawFileType::key).toList();
        for (YamlMapping.Located value : publish.located("rawFiles")) {
            Optional<RawFileType> type = RawFileType.ofKey(value.value().strip().toLowerCase(Locale.ROOT));
            if (type.isEmpty()) {
                problems.error(
                        value.position(),
                        "publish.rawFiles: '" + value.value() + "' is not a type mosaik can publish raw; it knows "
                                + String.join(", ", known),
                        DidYouMean.hint(value.value(), known));
            }
            type.ifPresent(types::add);
        }
        return types;
    }

    /**
     * The {@code newsletter} section: {@code unsubscribe} is a {@code mailto:} address or an {@code https:} address,
     * on one line, since it goes into the e-mail's {@code List-Unsubscribe} header as it is.
     */
    private NewsletterSettings newsletter(YamlMapping newsletter) {
        newsletter.allowOnly(List.of("unsubscribe"));
        Optional<String> unsubscribe = newsletter
                .string("unsubscribe")
                .map(String::strip)
                .filter(u -> {
                    boolean mail = u.matches("mailto:[^\\s<>@]+@[^\\s<>]+");
                    boolean web = u.matches("https?://[^\\s<>]+");
                    if (!mail && !web || u.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c > 0x7e)) {
                        problems.error(
                                newsletter.positionOf("unsubscribe"),
                                "newsletter.unsubscribe must be a mailto: or https: address in plain" + " ASCII, not '"
                                        + u + "'",
                                Optional.of(
                                        "e.g. 'mailto:newsletter@wetzlar.de?subject=Abbestellen' or"
                                                + " 'https://wetzlar.de/newsletter/abbestellen'; it goes into the e-mail's List-Unsubscribe header"));
                        return false;
                    }
                    return true;
                });
        return new NewsletterSettings(unsubscribe, newsletter.position());
    }

    /** The {@code check} section: whole numbers, positive but for reading ease; the default where one is left out. */
    CheckLimits checks(YamlMapping check) {
        check.allowOnly(List.of(
                "staleMonths",
                "minReadingEase",
                "maxWienerSachtextformel",
                "maxImageKilobytes",
                "easySentenceWords",
                "easyWordLetters",
                "renderSeconds"));
        CheckLimits defaults = CheckLimits.DEFAULT;
        BiFunction<String, Integer, Integer> limit = (key, fallback) -> check.integer(key)
                .map(value -> {
                    if (value <= 0) {
                        problems.error(
                                check.positionOf(key), "check." + key + " must be a positive number, not " + value);
                        return fallback;
                    }
                    return value;
                })
                .orElse(fallback);
        // Reading ease is the one limit that may be zero or below: very hard text scores under zero (Amstad's formula
        // is open-ended).
        int minFlesch = check.integer("minReadingEase")
                .map(value -> {
                    if (value > 100) {
                        problems.error(
                                check.positionOf("minReadingEase"),
                                "check.minReadingEase must be at most 100 (the easiest text), not " + value);
                        return defaults.minFlesch();
                    }
                    return value;
                })
                .orElse(defaults.minFlesch());
        return new CheckLimits(
                limit.apply("staleMonths", defaults.staleMonths()),
                minFlesch,
                limit.apply("maxWienerSachtextformel", defaults.maxWiener()),
                limit.apply("maxImageKilobytes", (int) (defaults.maxImageBytes() / 1024)) * 1024L,
                limit.apply("easySentenceWords", defaults.maxEasySentenceWords()),
                limit.apply("easyWordLetters", defaults.maxEasyWordLetters()),
                Duration.ofSeconds(limit.apply(
                        "renderSeconds", (int) defaults.pageRenderTime().toSeconds())));
    }

    /** The {@code pagination} section: a positive whole number of entries per page, the default when left out. */
    Pagination pagination(YamlMapping pagination) {
        pagination.allowOnly(List.of("pageSize"));
        return pagination
                .integer("pageSize")
                .flatMap(size -> {
                    if (size < 1) {
                        problems.error(
                                pagination.positionOf("pageSize"),
                                "pagination.pageSize must be a positive number, not " + size,
                                Optional.of("the most entries one page of a listing shows, e.g. 50"));
                        return Optional.empty();
                    }
                    return Optional.of(new Pagination(size));
                })
                .orElse(Pagination.DEFAULT);
    }
}
