package dev.mosaik.pipeline;

import dev.mosaik.config.BaseUrl;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param baseUrl overrides site.yaml's baseUrl (the preview server sets its own address)
 * @param write   false to run every stage and report problems without touching the output folder
 * @param day     the build date (splits events into upcoming and past, holds back pages dated later) and the moment
 *                written into files that record when they were made; both are read in the site's time zone
 * @param pdf     print the course sheets to PDF (slow the first time; cached by content afterwards)
 * @param inPlace update the output folder in place, writing only changed files (the preview), instead of
 *                staging a new folder and swapping it in
 */
public record BuildOptions(
        Path source,
        Path output,
        boolean drafts,
        Optional<BaseUrl> baseUrl,
        boolean write,
        BuildDay day,
        boolean pdf,
        boolean inPlace) {

    /** The environment variable of the reproducible-builds convention: the build's time, in seconds since 1970. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    /** Options for a build today; {@code SOURCE_DATE_EPOCH}, when set, is the build's date and time. */
    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(
                source,
                output,
                false,
                Optional.empty(),
                true,
                BuildDay.at(sourceDateEpoch(System.getenv(SOURCE_DATE_EPOCH))),
                true,
                false);
    }

    /**
     * The moment {@code SOURCE_DATE_EPOCH} names: empty when it is not set (or empty, which the convention treats
     * as unset).
     *
     * @throws IllegalArgumentException when it is set to something other than a whole number of seconds; the
     *                                  convention asks builds to fail then rather than fall back to the clock
     */
    public static Optional<Instant> sourceDateEpoch(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String digits = value.strip();
        if (!digits.matches("\\d{1,12}")) {
            throw new IllegalArgumentException(
                    SOURCE_DATE_EPOCH + " must be a whole number of seconds since 1970-01-01 UTC, not '" + value + "'");
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(digits)));
    }

    public BuildOptions withDrafts(boolean includeDrafts) {
        return new BuildOptions(source, output, includeDrafts, baseUrl, write, day, pdf, inPlace);
    }

    public BuildOptions withBaseUrl(BaseUrl url) {
        return new BuildOptions(source, output, drafts, Optional.of(url), write, day, pdf, inPlace);
    }

    /** A build date given explicitly ({@code --build-date}): it replaces {@code SOURCE_DATE_EPOCH} for the stamp too. */
    public BuildOptions withToday(LocalDate date) {
        return new BuildOptions(source, output, drafts, baseUrl, write, BuildDay.of(date), pdf, inPlace);
    }

    public BuildOptions withPdf(boolean print) {
        return new BuildOptions(source, output, drafts, baseUrl, write, day, print, inPlace);
    }

    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(source, folder, drafts, baseUrl, write, day, pdf, inPlace);
    }

    public BuildOptions inPlace(boolean update) {
        return new BuildOptions(source, output, drafts, baseUrl, write, day, pdf, update);
    }

    public BuildOptions dryRun() {
        return new BuildOptions(source, output, drafts, baseUrl, false, day, pdf, inPlace);
    }
}
