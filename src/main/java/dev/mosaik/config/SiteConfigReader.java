package dev.mosaik.config;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.SourceText;
import dev.mosaik.yaml.YamlDocument;
import dev.mosaik.yaml.YamlMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and validates {@code site.yaml}; every mistake is reported with its line. The languages
 * ({@link LanguagesReader}), the translation section ({@link TranslationSettingsReader}) and the smaller sections
 * ({@link SectionsReader}) have readers of their own.
 */
public final class SiteConfigReader {

    public static final String FILE_NAME = "site.yaml";

    private static final List<String> SITE_KEYS = List.of(
            "baseUrl",
            "defaultLanguage",
            "title",
            "languages",
            "params",
            "markdown",
            "courses",
            "publish",
            "check",
            "pagination",
            "translation",
            "newsletter",
            "timeZone");

    /** The params a newsletter e-mail puts into its headers: a line break there would add headers of its own ({@code Bcc:}). */
    static final List<String> MAIL_HEADER_PARAMS = List.of("newsletterFrom", "organisation");

    /** Reads {@code site.yaml} from the site root; returns empty when it has errors (reported to problems). */
    public Optional<SiteConfig> read(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            problems.error(
                    SourcePosition.file(FILE_NAME),
                    "no site.yaml found in " + siteRoot.toAbsolutePath().normalize(),
                    Optional.of("run mosaik in the site's folder or pass --source DIR"));
            return Optional.empty();
        }
        return SourceText.read(file, FILE_NAME, "configuration", problems).flatMap(text -> parse(text, problems));
    }

    /** Parses the text of a {@code site.yaml}. */
    public Optional<SiteConfig> parse(String text, Problems problems) {
        Problems local = new Problems();
        Optional<SiteConfig> config =
                YamlDocument.parseMapping(text, FILE_NAME, 1, local).flatMap(root -> build(root, local));
        problems.addAll(local);
        return local.hasErrors() ? Optional.empty() : config;
    }

    private Optional<SiteConfig> build(YamlMapping root, Problems problems) {
        root.allowOnly(SITE_KEYS);
        Optional<BaseUrl> baseUrl = readBaseUrl(root, problems);
        LanguagesReader.SiteLanguages languages = new LanguagesReader(problems).read(root);
        Map<String, String> params = root.stringMap("params");
        root.mapping("params").ifPresent(mapping -> checkMailHeaderParams(mapping, params, problems));
        SectionsReader sections = new SectionsReader(problems, SourcePosition.file(FILE_NAME));
        Publishing publish = sections.publishing(root);
        Editions editions = sections.editions(root, languages.codes());
        CheckLimits checks = root.mapping("check").map(sections::checks).orElse(CheckLimits.DEFAULT);
        Pagination pagination =
                root.mapping("pagination").map(sections::pagination).orElse(Pagination.DEFAULT);
        TranslationSettings translation = root.mapping("translation")
                .map(t -> new TranslationSettingsReader(problems).read(t, languages.codes()))
                .orElse(TranslationSettings.DEFAULT);
        ZoneId timeZone = root.string("timeZone")
                .map(z -> readTimeZone(z, root.positionOf("timeZone"), problems))
                .orElse(SiteConfig.DEFAULT_TIME_ZONE);
        if (baseUrl.isEmpty() || languages.defaultLanguage().isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(
                baseUrl.get(),
                languages.defaultLanguage().get(),
                languages.all(),
                params,
                timeZone,
                publish,
                editions,
                checks,
                pagination,
                translation));
    }

    private static Optional<BaseUrl> readBaseUrl(YamlMapping root, Problems problems) {
        return root.requiredString("baseUrl").flatMap(text -> {
            Optional<BaseUrl> parsed = BaseUrl.parse(text);
            if (parsed.isEmpty()) {
                problems.error(
                        root.positionOf("baseUrl"),
                        "baseUrl must be an absolute http(s) URL, not '" + text + "'",
                        Optional.of("for example https://integration.wetzlar.de/"));
            }
            return parsed;
        });
    }

    /**
     * {@code timeZone}: a region's name from the IANA database ({@code Europe/Vienna}), the zone its events are
     * announced in. Offsets ({@code +01:00}) are refused: they know no summer time, and calendars need the rules.
     */
    private static ZoneId readTimeZone(String name, SourcePosition position, Problems problems) {
        if (ZoneId.getAvailableZoneIds().contains(name)) {
            return ZoneId.of(name);
        }
        problems.error(
                position,
                "unknown time zone '" + name + "'",
                DidYouMean.hint(
                                name,
                                ZoneId.getAvailableZoneIds().stream().sorted().toList())
                        .or(() -> Optional.of("a name from the IANA time zone database, such as Europe/Berlin")));
        return SiteConfig.DEFAULT_TIME_ZONE;
    }

    private static void checkMailHeaderParams(YamlMapping mapping, Map<String, String> params, Problems problems) {
        for (String key : MAIL_HEADER_PARAMS) {
            String value = params.get(key);
            if (value != null
                    && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029)) {
                problems.error(
                        mapping.positionOf(key),
                        "params." + key + " must be one line without control characters:"
                                + " it goes into the newsletter e-mail's headers",
                        Optional.of("e.g. 'Stadt Wetzlar <newsletter@wetzlar.example>'"));
            }
        }
    }
}
