package dev.mosaik.render;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ognl.MemberAccess;
import ognl.OgnlContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;

/**
 * Remembers Thymeleaf's answer to "may a template call this member?". Thymeleaf 3.1's sandbox asks it for every
 * property a template reads ({@code ${page.title}}: no {@code getClass()}, nothing of {@code java.lang.reflect},
 * only public members) and works the answer out from scratch each time — package prefixes, supertypes, declared
 * methods — which was a quarter of all template time in a 10,000-page build. For an object that is not the
 * context or a class, the answer depends only on the object's class and the member, so it is kept per class.
 * Refusals are Thymeleaf's own exceptions and are not kept: they are asked again and fail again, so the
 * sandbox is exactly Thymeleaf's. Thymeleaf offers no setting for this; the wrapper replaces its evaluator's
 * member access by reflection, and if a later version moves that field, templates simply run uncached
 * ({@code CachedMemberAccessTest} notices).
 */
final class CachedMemberAccess implements MemberAccess {

    private final MemberAccess thymeleaf;
    private final ClassValue<Map<Member, Boolean>> answers = new ClassValue<>() {
        @Override
        protected Map<Member, Boolean> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private CachedMemberAccess(MemberAccess thymeleaf) {
        this.thymeleaf = thymeleaf;
    }

    /** Wraps the member access of Thymeleaf's OGNL evaluator, once per JVM; returns whether it is in place. */
    static synchronized boolean install() {
        try {
            Field field = OGNLVariableExpressionEvaluator.class.getDeclaredField("MEMBER_ACCESS");
            field.setAccessible(true);
            Object current = field.get(null);
            if (current instanceof CachedMemberAccess) {
                return true;
            }
            if (current instanceof MemberAccess access) {
                field.set(null, new CachedMemberAccess(access));
                return true;
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Object setup(OgnlContext context, Object target, Member member, String propertyName) {
        return thymeleaf.setup(context, target, member, propertyName);
    }

    @Override
    public void restore(OgnlContext context, Object target, Member member, String propertyName, Object state) {
        thymeleaf.restore(context, target, member, propertyName, state);
    }

    @Override
    public boolean isAccessible(OgnlContext context, Object target, Member member, String propertyName) {
        if (target == null || target instanceof IContext || target instanceof Class) {
            return thymeleaf.isAccessible(context, target, member, propertyName);
        }
        Map<Member, Boolean> known = answers.get(target.getClass());
        Boolean answer = known.get(member);
        if (answer == null) {
            answer = thymeleaf.isAccessible(context, target, member, propertyName);
            known.put(member, answer);
        }
        return answer;
    }
}
