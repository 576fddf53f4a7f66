package dev.mosaik.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads a site shares. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Include pages marked 'draft: true'.")
    boolean drafts;
}
