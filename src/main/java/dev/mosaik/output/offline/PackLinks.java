package dev.mosaik.output.offline;

import dev.mosaik.config.BaseUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's own links in a page, as the files they lead to. Pages link root-relative ({@code /ar/kontakt/});
 * a link to a folder means its {@code index.html}.
 */
final class PackLinks {

    /** Attributes that hold one address. ({@code data-index} is the search page's index manifest.) */
    static final List<String> SINGLE = List.of("href", "src", "action", "poster", "data-index");

    static final Pattern REFRESH = Pattern.compile("(?i)^(\\s*\\d+\\s*;\\s*url\\s*=\\s*)(.*)$");

    private final BaseUrl base;

    PackLinks(BaseUrl base) {
        this.base = base;
    }

    /** A link's target as a path below the output folder, with what follows it ({@code ?…#…}); empty for other hosts and relative links. */
    record Target(String file, String rest) {}

    Optional<Target> target(String link) {
        String root = base.path();
        if (!link.startsWith(root) || link.startsWith("//")) {
            return Optional.empty();
        }
        String path = link.substring(root.length());
        int cut = indexOfAny(path, "?#");
        String rest = cut < 0 ? "" : path.substring(cut);
        path = cut < 0 ? path : path.substring(0, cut);
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return Optional.of(new Target(path, rest));
    }

    /** Every site file the page links to or loads. */
    List<String> files(Document page) {
        List<String> files = new ArrayList<>();
        rewrite(page, link -> {
            target(link).ifPresent(t -> files.add(t.file()));
            return link;
        });
        return files;
    }

    /** Replaces every address in the page by what {@code change} makes of it. */
    static void rewrite(Document page, UnaryOperator<String> change) {
        Holders holders = Holders.of(page);
        for (int i = 0; i < SINGLE.size(); i++) {
            String attribute = SINGLE.get(i);
            for (Element element : holders.single().get(i)) {
                element.attr(attribute, change.apply(element.attr(attribute)));
            }
        }
        for (Element element : holders.srcset()) {
            List<String> candidates = new ArrayList<>();
            for (String candidate : element.attr("srcset").split(",")) {
                String trimmed = candidate.strip();
                int space = trimmed.indexOf(' ');
                candidates.add(
                        space < 0
                                ? change.apply(trimmed)
                                : change.apply(trimmed.substring(0, space)) + trimmed.substring(space));
            }
            element.attr("srcset", String.join(", ", candidates));
        }
        for (Element refresh : holders.refresh()) {
            Matcher matcher = REFRESH.matcher(refresh.attr("content"));
            if (matcher.matches()) {
                refresh.attr(
                        "content",
                        matcher.group(1) + change.apply(matcher.group(2).strip()));
            }
        }
    }

    /**
     * The elements that hold addresses, found in one walk over the page: a selector per attribute walked it seven
     * times, a third of the time a cold build spent on a page of a pack. Each list is in the page's order, and the
     * addresses are changed attribute by attribute as the selectors found them, so {@link #files} lists them in
     * the same order.
     *
     * @param single  per attribute of {@link #SINGLE}, the elements that have it
     * @param srcset  the elements with a {@code srcset}
     * @param refresh the {@code meta} elements that refresh to an address
     */
    private record Holders(List<List<Element>> single, List<Element> srcset, List<Element> refresh) {

        static Holders of(Document page) {
            List<List<Element>> single = new ArrayList<>();
            SINGLE.forEach(attribute -> single.add(new ArrayList<>()));
            Holders holders = new Holders(single, new ArrayList<>(), new ArrayList<>());
            for (Element element : page.getAllElements()) {
                if (element.attributesSize() > 0) {
                    holders.add(element);
                }
            }
            return holders;
        }

        private void add(Element element) {
            for (int i = 0; i < SINGLE.size(); i++) {
                if (element.hasAttr(SINGLE.get(i))) {
                    single.get(i).add(element);
                }
            }
            if (element.hasAttr("srcset")) {
                srcset.add(element);
            }
            // As the selector meta[http-equiv=refresh][content] matches.
            if (element.normalName().equals("meta")
                    && element.hasAttr("content")
                    && element.attr("http-equiv").trim().equalsIgnoreCase("refresh")) {
                refresh.add(element);
            }
        }
    }

    /** The address of {@code file} relative to the folder of {@code from}, both paths below the output folder. */
    static String relative(String from, String file) {
        String[] fromParts = from.split("/");
        String[] toParts = file.split("/");
        int common = 0;
        while (common < fromParts.length - 1
                && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            out.append(i > common ? "/" : "").append(escape(toParts[i]));
        }
        return out.toString();
    }

    /** What a file name needs escaped to stay one path segment of a relative URL; other letters stay as they are. */
    private static String escape(String segment) {
        StringBuilder out = new StringBuilder();
        for (char c : segment.toCharArray()) {
            switch (c) {
                case '%' -> out.append("%25");
                case '#' -> out.append("%23");
                case '?' -> out.append("%3F");
                case ' ' -> out.append("%20");
                case ':' -> out.append("%3A");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
