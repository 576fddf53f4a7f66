package dev.mosaik.build;

import dev.mosaik.config.BaseUrl;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param baseUrl overrides site.yaml's baseUrl (the preview server sets its own address)
 * @param write   false to run every stage and report problems without touching the output folder
 * @param today   the build date: splits events into upcoming and past; fixed for tests and reproducible builds
 * @param pdf     print the course sheets to PDF (slow the first time; cached by content afterwards)
 * @param inPlace update the output folder in place, writing only changed files (the preview), instead of
 *                staging a new folder and swapping it in
 */
public record BuildOptions(Path source, Path output, boolean drafts, Optional<BaseUrl> baseUrl, boolean write, LocalDate today,
        boolean pdf, boolean inPlace) {

    /** Where the site's dates are read: events are announced in Wetzlar's time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, false, Optional.empty(), true, defaultToday(System.getenv("SOURCE_DATE_EPOCH")), true, false);
    }

    /**
     * The build date when none is given: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
     * convention) if set, else today in Europe/Berlin.
     */
    static LocalDate defaultToday(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())).atZone(ZONE).toLocalDate();
        }
        return LocalDate.now(ZONE);
    }

    public BuildOptions withDrafts(boolean includeDrafts) {
        return new BuildOptions(source, output, includeDrafts, baseUrl, write, today, pdf, inPlace);
    }

    public BuildOptions withBaseUrl(BaseUrl url) {
        return new BuildOptions(source, output, drafts, Optional.of(url), write, today, pdf, inPlace);
    }

    public BuildOptions withToday(LocalDate date) {
        return new BuildOptions(source, output, drafts, baseUrl, write, date, pdf, inPlace);
    }

    public BuildOptions withPdf(boolean print) {
        return new BuildOptions(source, output, drafts, baseUrl, write, today, print, inPlace);
    }

    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(source, folder, drafts, baseUrl, write, today, pdf, inPlace);
    }

    public BuildOptions inPlace(boolean update) {
        return new BuildOptions(source, output, drafts, baseUrl, write, today, pdf, update);
    }

    public BuildOptions dryRun() {
        return new BuildOptions(source, output, drafts, baseUrl, false, today, pdf, inPlace);
    }
}
