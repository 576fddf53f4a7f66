package dev.mosaik.render;

import java.util.Set;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The attribute {@code mosaik:shared="name"}: the element is a part of the chrome that {@link SharedChrome} renders
 * once and splices into every page with the same chrome. Two processors, run before all others on the element:
 * the first replaces the element by its finished text where that exists; otherwise the second renders it from the
 * chrome alone, between marks that {@link SharedChrome#finish} cuts out. Without a {@link SharedChrome.Splice} in the
 * context (the root chooser, a renderer that splices nothing) the attribute is dropped and the element renders as
 * any other.
 */
final class SharedParts {

    static final String ATTRIBUTE = "shared";

    private SharedParts() {}

    static Set<IProcessor> processors(String prefix) {
        return Set.of(new Spliced(prefix), new Rendered(prefix));
    }

    /** Parts are told apart by template and name, so that two templates may use the same name. */
    private static String key(ITemplateContext context, String name) {
        return context.getTemplateData().getTemplate() + "#" + name;
    }

    private static SharedChrome.Splice spliceOf(ITemplateContext context) {
        return context.getVariable(SharedChrome.VARIABLE) instanceof SharedChrome.Splice splice ? splice : null;
    }

    /** The finished part instead of the element; its text is never processed again. */
    private static final class Spliced extends AbstractAttributeTagProcessor {
        Spliced(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, ATTRIBUTE, true, 0, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String name,
                IElementTagStructureHandler structureHandler) {
            SharedChrome.Splice splice = spliceOf(context);
            String done = splice == null ? null : splice.parts().get(key(context, name));
            if (done != null) {
                structureHandler.replaceWith(done, false);
                // The page asks, through the part, what the part asked when it was rendered.
                if (context.getVariable(AskedMessages.VARIABLE) instanceof AskedMessages page) {
                    page.add(splice.askedBy(key(context, name)).keys());
                }
            }
        }
    }

    /** The part rendered from the chrome alone and marked, the first time it is met. */
    private static final class Rendered extends AbstractAttributeModelProcessor {
        Rendered(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, ATTRIBUTE, true, 1, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IModel model,
                AttributeName attributeName,
                String name,
                IElementModelStructureHandler structureHandler) {
            SharedChrome.Splice splice = spliceOf(context);
            if (splice == null) {
                return;
            }
            structureHandler.setLocalVariable("page", splice.chrome());
            structureHandler.setLocalVariable(AskedMessages.PART_VARIABLE, splice.askedBy(key(context, name)));
            // A marked part inside this one is part of its text, not a part of its own.
            structureHandler.setLocalVariable(SharedChrome.VARIABLE, null);
            IModelFactory factory = context.getModelFactory();
            model.insert(0, factory.createText(SharedChrome.start(key(context, name))));
            model.add(factory.createText(SharedChrome.end()));
        }
    }
}
