package dev.mosaik.render;

import dev.mosaik.content.ImageSize;
import dev.mosaik.content.Picture;
import dev.mosaik.render.TypedViews.ImageView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.util.Optional;

/** A picture a page names, with the size measured from its file. */
final class ImageViews {

    private ImageViews() {}

    static ImageView of(Site site, Page page, Picture picture) {
        String sitePath = picture.src().startsWith("/")
                ? picture.src().substring(1)
                : page.key().directory().map(d -> d + "/").orElse("") + picture.src();
        Optional<ImageSize> size = site.staticFiles().stream()
                .filter(f -> f.sitePath().equals(sitePath))
                .findFirst()
                .flatMap(f -> ImageSize.of(f.path()));
        String src = site.config().baseUrl().path() + sitePath;
        return size.map(s -> ImageView.measured(src, picture.alt(), s.width(), s.height()))
                .orElseGet(() -> ImageView.unmeasured(src, picture.alt()));
    }
}
