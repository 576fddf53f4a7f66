package dev.mosaik.render;

import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import java.util.Set;
import java.util.function.Function;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.dialect.IProcessorDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.processor.IProcessor;

/**
 * Gives templates the page language's ICU messages, both as {@code #{key}} and as {@code #i18n.t(…)}.
 * The language comes from the context variable {@value #LANGUAGE_VARIABLE}, set for every page. Its one attribute,
 * {@code mosaik:shared}, marks the parts of the chrome that are rendered once and spliced ({@link SharedParts}).
 */
final class MosaikDialect extends AbstractDialect implements IExpressionObjectDialect, IProcessorDialect {

    static final String LANGUAGE_VARIABLE = "mosaikLanguage";

    private final Function<String, Messages> messagesByCode;
    private final Function<String, LocaleServices> localesByCode;

    private static final PictogramAccess PICTOGRAMS = new PictogramAccess();

    /** The sheets' pictograms for templates ({@code #pictograms.fee}), as data addresses of PNG images. */
    public static final class PictogramAccess {
        public String level() {
            return Pictograms.level();
        }

        public String calendar() {
            return Pictograms.calendar();
        }

        public String place() {
            return Pictograms.place();
        }

        public String fee() {
            return Pictograms.fee();
        }

        public String childcare() {
            return Pictograms.childcare();
        }

        public String access() {
            return Pictograms.access();
        }

        public String phone() {
            return Pictograms.phone();
        }
    }

    MosaikDialect(Function<String, Messages> messagesByCode, Function<String, LocaleServices> localesByCode) {
        super("mosaik");
        this.messagesByCode = messagesByCode;
        this.localesByCode = localesByCode;
    }

    @Override
    public String getPrefix() {
        return "mosaik";
    }

    /** Before the standard dialect (1000): a spliced part is replaced before anything in it is evaluated. */
    @Override
    public int getDialectProcessorPrecedence() {
        return 100;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return SharedParts.processors(dialectPrefix);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("i18n", "pictograms");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                if (expressionObjectName.equals("pictograms")) {
                    return PICTOGRAMS;
                }
                return new MessageAccess(
                        context,
                        messagesOf(context),
                        localesByCode.apply(
                                context.getVariable(LANGUAGE_VARIABLE).toString()));
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    IMessageResolver messageResolver() {
        return new IMessageResolver() {
            @Override
            public String getName() {
                return "mosaik-icu";
            }

            @Override
            public Integer getOrder() {
                return 0;
            }

            @Override
            public String resolveMessage(
                    ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
                AskedMessages.note(context, key);
                return messagesOf(context).format(key);
            }

            @Override
            public String createAbsentMessageRepresentation(
                    ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
                return key;
            }
        };
    }

    private Messages messagesOf(IExpressionContext context) {
        Object code = context.getVariable(LANGUAGE_VARIABLE);
        if (code == null) {
            throw new IllegalStateException("templates must be rendered with the variable " + LANGUAGE_VARIABLE);
        }
        return messagesByCode.apply(code.toString());
    }
}
