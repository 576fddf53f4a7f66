package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.UiText;
import java.util.List;
import java.util.Optional;

/**
 * Where the links and images of one page point. A source file ({@code /kontakt.md}, {@code ../a.md}) becomes the
 * address of that page in the reader's language; a file next to the page or below the site root becomes its address;
 * any other path is an address of the site, absolute or relative to the page's published address (see
 * {@link LinkTargets#address}). Every form that leads nowhere is reported at its line. The same checks serve Markdown
 * and bodies that are HTML already.
 */
final class PageAddresses implements HtmlBody.Addresses {

    private final SourceDocument document;
    private final LinkTargets targets;
    /** Links to addresses that only the finished build can confirm. */
    private final List<AddressLink> later;

    private final Problems problems;

    PageAddresses(SourceDocument document, LinkTargets targets, List<AddressLink> later, Problems problems) {
        this.document = document;
        this.targets = targets;
        this.later = later;
        this.problems = problems;
    }

    /** A link's path and what follows it ({@code ?query#fragment}), which is kept as written. */
    private record Split(String path, String suffix) {
        static Split of(String url) {
            int hash = url.indexOf('#');
            String beforeHash = hash < 0 ? url : url.substring(0, hash);
            String fragment = hash < 0 ? "" : url.substring(hash);
            int question = beforeHash.indexOf('?');
            String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
            return new Split(path, (question < 0 ? "" : beforeHash.substring(question)) + fragment);
        }
    }

    @Override
    public String link(SourcePosition position, String url) {
        if (url.isBlank() || url.equals("#")) {
            return leadsNowhere(position, url);
        }
        if (url.startsWith("#")) {
            return url; // an anchor on this page: checked by 'mosaik check' against the finished page
        }
        if (AddressSchemes.isOnThisComputer(url)) {
            problems.error(
                    position,
                    "link target '" + url + "' is a file on this computer, which readers cannot open",
                    Optional.of("copy the file into the site, next to the page, and link it by name"));
            return "#";
        }
        if (url.startsWith("//")) {
            return withoutScheme(position, url);
        }
        if (AddressSchemes.SCHEME.matcher(url).matches()) {
            return AddressSchemes.checked(position, url, problems);
        }
        if (AddressSchemes.readsAsScheme(url)) {
            // Not a scheme as RFC 3986 spells one, yet a browser may read one (java&#x73;cript:): left for the
            // safelist.
            problems.error(
                    position,
                    "link target '" + url + "' is neither a web address nor an address of this site",
                    Optional.of("write https://… for another site, or the page's source file such as /kontakt.md"));
            return url;
        }
        if (url.indexOf('\\') >= 0) {
            return withBackslash(position, url);
        }
        Split split = Split.of(url);
        return SourceFormat.isSourceLink(split.path())
                ? sourceLink(position, url, split)
                : siteLink(position, url, split);
    }

    /** An empty target or a bare {@code #}: reported, and left as written. */
    private String leadsNowhere(SourcePosition position, String url) {
        if (url.isBlank()) {
            problems.error(
                    position,
                    "link has no target",
                    Optional.of("write the address between the brackets: [text](/kontakt.md)"));
        } else {
            problems.error(
                    position,
                    "link target '#' leads nowhere (it only scrolls to the top of the page)",
                    Optional.of("write the page the link should open, e.g. /kontakt.md, or remove the link"));
        }
        return url;
    }

    /**
     * Protocol-relative: a browser opens it on another server. Refused rather than guessed, since it is usually a
     * mangled address of this site or an external address missing its https:.
     */
    private String withoutScheme(SourcePosition position, String url) {
        problems.error(
                position,
                "link target '" + url + "' leaves out the scheme, so browsers open it on the server '"
                        + url.substring(2).split("[/?#]", 2)[0] + "'",
                Optional.of("write another site's address in full (https:" + url
                        + "), an address of this site with one slash (/" + url.replaceFirst("^/+", "") + ")"));
        return "#";
    }

    private String withBackslash(SourcePosition position, String url) {
        if (climbsOut(url)) {
            problems.error(position, UiText.of("link.aboveRoot", url), UiText.of("hint.aboveRoot"));
        } else {
            problems.error(
                    position,
                    "link target '" + url + "' contains a backslash; web addresses separate folders with '/'",
                    Optional.of("write " + url.replace('\\', '/')));
        }
        return "#";
    }

    /** A link to another page's source file: the address of that page in this page's language. */
    private String sourceLink(SourcePosition position, String url, Split split) {
        String path = split.path();
        if (climbsOut(path)) {
            problems.error(position, UiText.of("link.aboveRoot", url), UiText.of("hint.aboveRoot"));
            return "#";
        }
        Optional<TranslationKey> key =
                TranslationKey.ofLink(PercentEscapes.decoded(path).orElse(path), document.key());
        Optional<String> target = key.flatMap(targets::page);
        if (target.isEmpty()) {
            if (key.filter(targets::unreadable).isEmpty()) {
                String wanted = key.map(TranslationKey::value).orElse(path);
                problems.error(
                        position,
                        UiText.of("link.missing", url),
                        DidYouMean.closest(wanted, targets.pageKeys())
                                .map(k -> UiText.of("hint.didYouMean", "/" + k + ".md")));
            }
            return url;
        }
        return target.get() + split.suffix();
    }

    /** A link to anything else on this site: a JBake page address, a file, or an address the build writes. */
    private String siteLink(SourcePosition position, String url, Split split) {
        Optional<String> decoded = PercentEscapes.decoded(split.path());
        if (decoded.isEmpty()) {
            problems.error(
                    position,
                    "link target '" + url + "' has a '%' escape that stands for no character",
                    Optional.of(
                            "write the character itself, an escape such as %20 for a space, or %25 for a percent sign"));
            return url;
        }
        Optional<String> pageOrFile = jbakePage(decoded.get()).or(() -> file(decoded.get()));
        if (pageOrFile.isPresent()) {
            return pageOrFile.get() + split.suffix();
        }
        LinkTargets.Address address = targets.address(decoded.get());
        if (address instanceof LinkTargets.Address.Found found) {
            return found.href() + split.suffix();
        }
        if (address instanceof LinkTargets.Address.Later pending) {
            later.add(new AddressLink(url, pending.address(), pending.alternative(), position));
            return pending.href() + split.suffix();
        }
        problems.error(position, UiText.of("link.aboveRoot", url), UiText.of("hint.aboveRoot"));
        return "#";
    }

    /**
     * JBake compatibility: a page's name with .html (about.html, ../2013/post.html) is the address JBake gave it,
     * which stays an alias of the page: the link goes to the page itself.
     */
    private Optional<String> jbakePage(String path) {
        if (!path.endsWith(".html")) {
            return Optional.empty();
        }
        return TranslationKey.ofLink(path.substring(0, path.length() - ".html".length()) + ".md", document.key())
                .flatMap(targets::page);
    }

    /** A file next to the page (a PDF flyer) or below the site root (/assets' files): linked by its name. */
    private Optional<String> file(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return Optional.empty();
        }
        return resolveFile(path).flatMap(targets::file);
    }

    @Override
    public String image(SourcePosition position, String url, String alt) {
        if (alt.isBlank()) {
            problems.error(position, UiText.of("image.noAlt", url), UiText.of("hint.imageAlt", url));
        }
        if (AddressSchemes.isOnThisComputer(url)) {
            problems.error(
                    position,
                    "image '" + url + "' is a file on this computer, which readers cannot see",
                    Optional.of("copy the image into the site, next to the page, and link it by file name"));
            return "";
        }
        if (climbsOut(url)) {
            problems.error(
                    position,
                    "image '" + url + "' points above the site's root folder",
                    Optional.of("put the image next to the page or in assets/"));
            return "";
        }
        if (AddressSchemes.SCHEME.matcher(url).matches() || url.startsWith("//")) {
            problems.error(position, UiText.of("image.foreign", url), UiText.of("hint.imageForeign"));
            return url;
        }
        return resolveFile(url).flatMap(targets::file).orElseGet(() -> {
            String folder = document.key().directory().map(d -> d + "/").orElse("");
            problems.error(
                    position,
                    UiText.of("image.missing", url),
                    UiText.of("hint.imageMissing", "content/" + folder, "/" + url.replaceFirst("^/", "")));
            return url;
        });
    }

    @Override
    public Optional<ImageSize> imageSize(String url) {
        return AddressSchemes.SCHEME.matcher(url).matches()
                ? Optional.empty()
                : resolveFile(url).flatMap(targets::imageSize);
    }

    /** Whether {@code ..} segments lead above the site root (site-absolute) or the content folder (relative). */
    private boolean climbsOut(String path) {
        if (AddressSchemes.SCHEME.matcher(path).matches()) {
            return false;
        }
        int depth = path.startsWith("/")
                ? 0
                : document.key().directory().map(d -> d.split("/").length).orElse(0);
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..") && --depth < 0) {
                return true;
            } else if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
                depth++;
            }
        }
        return false;
    }

    /** Content-relative or site-absolute path of a file reference; empty when it climbs out of the site. */
    private Optional<String> resolveFile(String url) {
        if (url.startsWith("/")) {
            return TranslationKey.normalise(url.substring(1)).map(p -> "/" + p);
        }
        String folder = document.key().directory().map(d -> d + "/").orElse("");
        return TranslationKey.normalise(folder + url);
    }
}
