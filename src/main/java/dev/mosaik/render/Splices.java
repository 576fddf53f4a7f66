package dev.mosaik.render;

/**
 * The changes {@link MarkupWalk} makes to a page, in the order of the page: runs marked, and markup written as
 * jsoup writes it. The latter count only if there is one of the former: a page without runs stays as it is.
 */
final class Splices {

    private final String page;
    private StringBuilder out;
    private int copied;
    private boolean marked;

    Splices(String page) {
        this.page = page;
    }

    /** Replaces {@code page[from, to)}, which lies after every part replaced before, by {@code text}. */
    void normalize(int from, int to, String text) {
        if (out == null) {
            out = new StringBuilder(page.length() + 1024);
        }
        out.append(page, copied, from).append(text);
        copied = to;
    }

    /** As {@link #normalize}, for text with runs marked. */
    void mark(int from, int to, String text) {
        normalize(from, to, text);
        marked = true;
    }

    /** The page as jsoup would write it if a run was marked, else the page itself. */
    String result() {
        return marked ? out.append(page, copied, page.length()).toString() : page;
    }
}
