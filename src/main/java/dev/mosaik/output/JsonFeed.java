package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One JSON Feed 1.1 file: every item carries its whole text as {@code content_html} (the specification requires
 * {@code content_html} or {@code content_text}), and its summary where it has one.
 */
final class JsonFeed {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonFeed() {}

    static byte[] of(FeedRun run, Page where, String title, List<Page> entries) {
        Site site = run.site();
        BaseUrl base = site.config().baseUrl();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("version", "https://jsonfeed.org/version/1.1");
            json.writeStringProperty("title", title);
            json.writeStringProperty("home_page_url", where.path().absoluteUrl(base));
            json.writeStringProperty("feed_url", where.path().absoluteUrl(base) + OutputFiles.JSON_FEED);
            json.writeStringProperty("language", where.language().htmlLang());
            json.writeArrayPropertyStart("authors");
            json.writeStartObject();
            json.writeStringProperty("name", site.config().params().getOrDefault("organisation", title));
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayPropertyStart("items");
            for (Page page : entries) {
                item(json, run, page);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void item(JsonGenerator json, FeedRun run, Page page) {
        Site site = run.site();
        json.writeStartObject();
        json.writeStringProperty("id", FeedStamps.id(site, page));
        json.writeStringProperty("url", page.path().absoluteUrl(site.config().baseUrl()));
        json.writeStringProperty("title", page.title());
        json.writeStringProperty("language", page.contentLanguage().htmlLang());
        json.writeStringProperty("content_html", run.html(page));
        FeedContent.summary(page).ifPresent(s -> json.writeStringProperty("summary", s));
        page.frontMatter()
                .publishing()
                .date()
                .ifPresent(d -> json.writeStringProperty("date_published", run.timestamp(d)));
        page.frontMatter()
                .publishing()
                .updated()
                .ifPresent(d -> json.writeStringProperty("date_modified", run.timestamp(d)));
        json.writeEndObject();
    }
}
