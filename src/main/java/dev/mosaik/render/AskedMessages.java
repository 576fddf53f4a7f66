package dev.mosaik.render;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.thymeleaf.context.IExpressionContext;

/**
 * The UI strings one page's templates asked for while it rendered. Asking has effects beyond the page: a string
 * missing in the page's language is reported (once per build), and one missing everywhere fails the build. A page
 * taken from the build cache asks its strings again, so that a warm build reports what a cold one does.
 *
 * <p>A part of the chrome rendered once ({@link SharedChrome}) notes its strings with the part, and every page that
 * gets the part spliced in counts them as its own: the page's strings are those its whole rendering would ask.
 */
final class AskedMessages {

    /** The context variable that holds the page's strings while it renders. */
    static final String VARIABLE = "mosaikAsked";

    /** The local variable that holds, inside a shared part rendered for the first time, the part's strings. */
    static final String PART_VARIABLE = "mosaikPartAsked";

    private final Set<String> keys = new TreeSet<>();

    /** Notes {@code key} for the page rendering in {@code context}, and for the shared part it is in, if any. */
    static void note(IExpressionContext context, String key) {
        if (context.getVariable(VARIABLE) instanceof AskedMessages page) {
            page.add(List.of(key));
        }
        if (context.getVariable(PART_VARIABLE) instanceof AskedMessages part) {
            part.add(List.of(key));
        }
    }

    synchronized void add(Iterable<String> more) {
        more.forEach(keys::add);
    }

    /** The strings asked, in name order. */
    synchronized List<String> keys() {
        return List.copyOf(keys);
    }
}
