package dev.mosaik.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ognl.ListPropertyAccessor;
import ognl.MapPropertyAccessor;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.VariableExpression;

/**
 * Evaluates the variable expressions that are a plain path of names through mosaik's view records
 * ({@code ${page.body.title}}, {@code ${page.chrome.site.nav.menu.empty}}) by calling the records' accessors, and
 * hands every other expression to OGNL as given.
 *
 * <p>Why: Thymeleaf has such a shortcut of its own for plain paths, but it finds properties through JavaBeans
 * getters ({@code getTitle()}), which records do not have; so every path through a view went the whole way through
 * OGNL's parser tree, property accessors and sandbox — a third of the templates' time in a cold build. The answer is
 * OGNL's in every case taken here, because a case is taken only where OGNL's would be plain: the first name is a
 * context variable (as OGNL's context accessor reads it); a mosaik record's public method of that name without
 * arguments (a component's accessor, or a value it works out) is called where the record has no bean getter that
 * OGNL might prefer; a map's entry is read where the name is none of the names OGNL's map accessor answers itself
 * ({@code size}, {@code keys} …); a list's {@code size} and {@code empty} as OGNL's list accessor answers them.
 * Anything else — a null on the way, a type conversion ({@code ${{…}}}), request parameters ({@code param}) where
 * the context is restricted, a selection ({@code *{…}}), an object of another kind, a record not of mosaik's — goes
 * to OGNL, which then answers, or fails, exactly as before.
 */
final class RecordPaths implements IStandardVariableExpressionEvaluator {

    /** An expression that is no plain path. */
    private static final String[] NOT_A_PATH = new String[0];

    private static final Object NOT_PLAIN = new Object();

    /** Methods every record has, which OGNL may read otherwise than by calling them. */
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass");

    /** Names OGNL reads as a literal or an operator, not as a property (as Thymeleaf's own shortcut, case-blind). */
    private static final Set<String> OGNL_WORDS = Set.of(
            "true",
            "false",
            "null",
            "and",
            "or",
            "not",
            "eq",
            "neq",
            "lt",
            "lte",
            "gt",
            "gte",
            "in",
            "band",
            "bor",
            "xor",
            "shl",
            "shr",
            "ushr",
            "instanceof",
            "new");

    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, String[]> paths = new ConcurrentHashMap<>();
    /** How OGNL reads properties of each class: by which of its accessors, and the record components found so far. */
    private final ClassValue<Shape> shapes = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    RecordPaths(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(
            IExpressionContext context,
            IStandardVariableExpression expression,
            StandardExpressionExecutionContext executionContext) {
        if (expression instanceof VariableExpression
                && !expression.getUseSelectionAsRoot()
                && !executionContext.getPerformTypeConversion()
                && context instanceof ITemplateContext template
                && expression.getExpression() != null) {
            String[] path = paths.computeIfAbsent(expression.getExpression(), RecordPaths::path);
            // A restricted context (a link, an unescaped text) forbids no plain path but one through request
            // parameters: OGNL looks for variable references, constructors and static members, which a plain path has
            // none of, and for the variable "param".
            boolean forbidden =
                    (executionContext.getRestrictVariableAccess() || executionContext.getRestrictExternalAccess())
                            && path.length > 0
                            && path[0].equals("param");
            if (path.length > 0 && !forbidden) {
                Object value = follow(template, path);
                if (value != NOT_PLAIN) {
                    return value;
                }
            }
        }
        return ognl.evaluate(context, expression, executionContext);
    }

    private Object follow(ITemplateContext context, String[] path) {
        Object target = context.getVariable(path[0]);
        for (int i = 1; i < path.length; i++) {
            if (target == null) {
                return NOT_PLAIN;
            }
            target = property(target, path[i]);
            if (target == NOT_PLAIN) {
                return NOT_PLAIN;
            }
        }
        return target;
    }

    /** {@code target.name} as OGNL reads it, or {@link #NOT_PLAIN} where this class does not know for sure. */
    private Object property(Object target, String name) {
        Shape shape = shapes.get(target.getClass());
        return switch (shape.kind) {
            case RECORD -> {
                Optional<Method> accessor = shape.components.computeIfAbsent(name, n -> accessor(target.getClass(), n));
                yield accessor.isPresent() ? invoke(accessor.get(), target) : NOT_PLAIN;
            }
            case MAP ->
                switch (name) {
                    case "size", "keys", "keySet", "values", "isEmpty", "class" -> NOT_PLAIN;
                    default -> ((Map<?, ?>) target).get(name);
                };
            case LIST ->
                switch (name) {
                    case "size" -> ((List<?>) target).size();
                    case "empty", "isEmpty" -> ((List<?>) target).isEmpty();
                    default -> NOT_PLAIN;
                };
            case OTHER -> NOT_PLAIN;
        };
    }

    private enum Kind {
        /** A record of mosaik's, read by OGNL's object accessor. */
        RECORD,
        /** Read by OGNL's map accessor. */
        MAP,
        /** Read by OGNL's list accessor. */
        LIST,
        OTHER
    }

    private record Shape(Kind kind, Map<String, Optional<Method>> components) {
        static Shape of(Class<?> type) {
            PropertyAccessor accessor;
            try {
                accessor = OgnlRuntime.getPropertyAccessor(type);
            } catch (OgnlException | RuntimeException e) {
                accessor = null;
            }
            Class<?> kind = accessor == null ? null : accessor.getClass();
            Kind shape = kind == ObjectPropertyAccessor.class
                            && type.isRecord()
                            && type.getName().startsWith("dev.mosaik.")
                    ? Kind.RECORD
                    : kind == MapPropertyAccessor.class
                            ? Kind.MAP
                            : kind == ListPropertyAccessor.class ? Kind.LIST : Kind.OTHER;
            return new Shape(shape, new ConcurrentHashMap<>());
        }
    }

    /**
     * The public method {@code name()} of a mosaik record — a component's accessor, or a value the record works out
     * ({@code keyword.single}) — where the record has no bean getter of that name ({@code getName}, {@code isName}),
     * which OGNL might read instead.
     */
    private static Optional<Method> accessor(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : both(type.getMethods(), type.getDeclaredMethods())) {
            if (method.getParameterCount() == 0
                    && (method.getName().equalsIgnoreCase("get" + capitalized)
                            || method.getName().equalsIgnoreCase("is" + capitalized))) {
                return Optional.empty();
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name)
                    && method.getParameterCount() == 0
                    && Modifier.isPublic(method.getModifiers())
                    && !Modifier.isStatic(method.getModifiers())
                    && !method.isBridge()
                    && !OBJECT_METHODS.contains(name)) {
                method.setAccessible(true);
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private static List<Method> both(Method[] inherited, Method[] declared) {
        List<Method> all = new ArrayList<>(List.of(inherited));
        all.addAll(List.of(declared));
        return all;
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return NOT_PLAIN;
        }
    }

    /** The names of a plain path ({@code page.body.title}), or {@link #NOT_A_PATH}. */
    static String[] path(String expression) {
        String[] names = expression.split("\\.", -1);
        for (String name : names) {
            if (name.isEmpty()
                    || !Character.isJavaIdentifierStart(name.charAt(0))
                    || OGNL_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
                return NOT_A_PATH;
            }
            for (int i = 1; i < name.length(); i++) {
                if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                    return NOT_A_PATH;
                }
            }
        }
        return names;
    }
}
