package dev.mosaik.render;

import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.RoleModel;
import dev.mosaik.render.TypedViews.ImageView;
import dev.mosaik.render.TypedViews.RoleModelView;
import dev.mosaik.site.Page;
import java.util.Optional;

/** The view of a role model's page ({@code type: vorbild}). */
final class RoleModelViewSource implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.ROLE_MODEL;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return page.data()
                .filter(RoleModel.class::isInstance)
                .map(RoleModel.class::cast)
                .map(person -> {
                    // Without documented consent the build has already failed; this keeps the rule where the photo
                    // is shown too.
                    Optional<ImageView> photo = person.photo()
                            .filter(p -> person.photoConsent().isPresent())
                            .map(p -> ImageViews.of(context.site(), page, p));
                    return new RoleModelView(
                            person.name(),
                            photo.isPresent(),
                            photo.orElse(ImageView.NONE),
                            person.origin().orElse(""),
                            person.languages().stream()
                                    .map(context.locale()::languageName)
                                    .toList(),
                            person.quote().orElse(""));
                });
    }
}
