package dev.mosaik.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the measured size of each image into its {@code <img>} tag. The sizes are stored on the document
 * being rendered (not in the shared renderer), so concurrent renders do not see each other's images.
 */
final class ImageSizes implements HtmlRenderer.HtmlRendererExtension {

    private static final DataKey<Map<Image, ImageSize>> SIZES =
            new DataKey<>("MOSAIK_IMAGE_SIZES", IdentityHashMap::new);

    static void set(Image image, ImageSize size) {
        SIZES.get(image.getDocument()).put(image, size);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                Map<Image, ImageSize> sizes = SIZES.get(context.getDocument());
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    // flexmark hands an <img>'s attributes over as those of its link.
                    if (node instanceof Image image
                            && (part == AttributablePart.NODE || part == AttributablePart.LINK)) {
                        ImageSize size = sizes.get(image);
                        if (size != null) {
                            attributes.replaceValue("width", Integer.toString(size.width()));
                            attributes.replaceValue("height", Integer.toString(size.height()));
                        }
                    }
                };
            }
        });
    }
}
