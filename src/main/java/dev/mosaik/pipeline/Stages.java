package dev.mosaik.pipeline;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.SiteRenderer;
import dev.mosaik.render.Templates;
import dev.mosaik.site.AddressBook;
import dev.mosaik.site.Site;
import java.util.List;

/** What each stage of the {@link Pipeline} hands to the next: immutable, so that a stage can be run again alone. */
final class Stages {

    private Stages() {}

    /**
     * The configuration and the files found below the site, and the content types of the build: what every later
     * stage starts from.
     */
    record Loaded(SiteConfig config, ContentScanner.Scan scan, TypeModules modules) {
        int languages() {
            return config.languages().size();
        }
    }

    /** The sources read and parsed, and the UI strings of every language. */
    record Read(List<SourceDocument> documents, I18n i18n) {}

    /** The assembled site: pages per language tree, bodies rendered, links resolved; ready to render. */
    record Assembled(Loaded loaded, I18n i18n, Site site) {
        int languages() {
            return loaded.languages();
        }
    }

    /** The compiled theme and the renderer built on it. */
    record Renderers(Templates templates, SiteRenderer renderer) {}

    /** What rendering produced: the dependency graph's run, and the address every output claimed. */
    record Rendered(OutputGraph.Run run, AddressBook addresses) {}
}
