package dev.mosaik.render;

import java.util.List;
import java.util.Set;

/**
 * Where jsoup's parser, following HTML's tree construction, would build another tree than the tags say: a block
 * that closes an open paragraph, a table row without its body, a list item in a list item, HTML inside SVG. Such
 * a page is {@linkplain NotPlainMarkup left to jsoup}; the rules err on that side.
 */
final class TreeShape {

    private static final Set<String> NEVER =
            words("html head body frameset frame image isindex nobr xmp iframe noembed noframes plaintext "
                    + "listing math template rb rt rtc rp keygen menuitem search");
    private static final Set<String> CLOSES_P =
            words("address article aside blockquote center details dialog dir div dl fieldset figcaption "
                    + "figure footer header hgroup main menu nav ol p section summary ul h1 h2 h3 h4 h5 h6 pre "
                    + "form li dd dt table hr");
    private static final Set<String> BUTTON_SCOPE =
            words("applet caption html table td th marquee object template button");
    private static final Set<String> HEADINGS = words("h1 h2 h3 h4 h5 h6");
    /** Elements after which the search for an open list item stops (HTML's "special" ones but address, div, p). */
    private static final Set<String> LIST_ITEM_SCOPE =
            words("applet area article aside base basefont bgsound blockquote body br button caption center "
                    + "col colgroup details dir dl embed fieldset figcaption figure footer form frame frameset h1 "
                    + "h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen link listing main "
                    + "marquee menu meta nav noembed noframes noscript object ol param plaintext pre script "
                    + "search section select source style summary table tbody td template textarea tfoot th thead "
                    + "title tr track ul wbr xmp");
    /** HTML elements that end SVG where they start. */
    private static final Set<String> BREAKOUT =
            words("b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img "
                    + "li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul "
                    + "var font script style");

    private static final Set<String> TABLE_PARTS = words("table thead tbody tfoot tr colgroup caption td th col");
    /** Elements whose text jsoup would move out (foster parenting): only white space may stand in them. */
    static final Set<String> TEXTLESS = words("table thead tbody tfoot tr colgroup");

    private TreeShape() {}

    private static Set<String> words(String names) {
        return Set.of(names.split(" "));
    }

    /** Checks that a start tag {@code name} inside the body, below {@code stack}, stays where it stands. */
    static void checkInBody(List<MarkupFrame> stack, String name) {
        MarkupFrame top = stack.get(stack.size() - 1);
        if (top.svg()) {
            if (BREAKOUT.contains(name)
                    || Set.of("foreignObject", "desc", "title").contains(top.name())) {
                throw new NotPlainMarkup("HTML inside SVG: " + name);
            }
            return;
        }
        if (NEVER.contains(name)) {
            throw new NotPlainMarkup("an element jsoup moves or renames: " + name);
        }
        if (top.implied()) {
            checkInImpliedBody(name);
        }
        checkTable(top.name(), name);
        checkSelect(stack, top.name(), name);
        if (CLOSES_P.contains(name) && inScope(stack, "p", BUTTON_SCOPE)) {
            throw new NotPlainMarkup("a " + name + " inside a paragraph");
        }
        if ((name.equals("li") && inScope(stack, "li", LIST_ITEM_SCOPE))
                || ((name.equals("dd") || name.equals("dt"))
                        && (inScope(stack, "dd", LIST_ITEM_SCOPE) || inScope(stack, "dt", LIST_ITEM_SCOPE)))) {
            throw new NotPlainMarkup("a list item inside a list item");
        }
        if ((HEADINGS.contains(name) && HEADINGS.contains(top.name()))
                || ((name.equals("a") || name.equals("form") || name.equals("button")) && open(stack, name))) {
            throw new NotPlainMarkup("a " + name + " inside a " + top.name());
        }
    }

    private static void checkTable(String parent, String name) {
        String required = switch (name) {
            case "tr" -> Set.of("thead", "tbody", "tfoot").contains(parent) ? parent : "tbody";
            case "td", "th" -> "tr";
            case "thead", "tbody", "tfoot", "caption", "colgroup" -> "table";
            case "col" -> "colgroup";
            default -> TEXTLESS.contains(parent) ? "" : parent;
        };
        if (!required.equals(parent)) {
            throw new NotPlainMarkup("a " + name + " inside a " + parent);
        }
    }

    /** Checks a start tag {@code name} inside the {@code tbody} the parser made for rows without one. */
    static void checkInImpliedBody(String name) {
        if (!name.equals("tr")) {
            throw new NotPlainMarkup("a " + name + " after rows without a table body");
        }
    }

    private static void checkSelect(List<MarkupFrame> stack, String parent, String name) {
        boolean inSelect = open(stack, "select");
        boolean fits = name.equals("option")
                ? inSelect ? parent.equals("select") || parent.equals("optgroup") : !parent.equals("option")
                : name.equals("optgroup") ? inSelect ? parent.equals("select") : !parent.equals("option") : !inSelect;
        if (!fits || (TABLE_PARTS.contains(name) && inSelect)) {
            throw new NotPlainMarkup("a " + name + " inside a " + parent);
        }
    }

    private static boolean inScope(List<MarkupFrame> stack, String name, Set<String> boundaries) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String open = stack.get(i).name();
            if (open.equals(name)) {
                return true;
            }
            if (boundaries.contains(open)) {
                return false;
            }
        }
        return false;
    }

    private static boolean open(List<MarkupFrame> stack, String name) {
        for (MarkupFrame frame : stack) {
            if (frame.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
