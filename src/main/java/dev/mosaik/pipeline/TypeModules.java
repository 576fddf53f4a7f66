package dev.mosaik.pipeline;

import dev.mosaik.content.ContentType;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.render.Templates;
import dev.mosaik.render.TypedViewSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The content types of a build and their views: mosaik's own, then the {@link TypeModule}s found on the class
 * path, by type name so that the order never depends on the order of jars. Made once when a command starts and
 * handed to every stage that asks about types.
 *
 * @param types the reading side, in the order {@code mosaik new} offers them
 * @param views the view sources, by type name
 */
public record TypeModules(ContentTypes types, TypedViewSources views) {

    /** Where a jar registers its types. */
    static final String SERVICE_FILE = "META-INF/services/" + TypeModule.class.getName();

    /** mosaik's own types only. */
    public static TypeModules shipped() {
        return new TypeModules(ContentTypes.shipped(), TypedViewSources.shipped());
    }

    /** The shipped types and those registered on the class path of this thread's context class loader. */
    public static Optional<TypeModules> discover(Problems problems) {
        return discover(Thread.currentThread().getContextClassLoader(), problems);
    }

    /**
     * The shipped types and those registered on {@code loader}'s class path; empty when one cannot be loaded or
     * clashes with another (each such problem reported, at the jar that registers the type).
     */
    public static Optional<TypeModules> discover(ClassLoader loader, Problems problems) {
        List<TypeModule> found = new ArrayList<>();
        try {
            ServiceLoader.load(TypeModule.class, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            problems.error(
                    SourcePosition.file(SERVICE_FILE),
                    "a content type cannot be loaded: " + e.getMessage(),
                    Optional.of("check the class names in " + SERVICE_FILE + " of the type's jar"));
            return Optional.empty();
        }
        found.sort(Comparator.comparing(m -> m.type().name()));
        TypedViewSources shippedViews = TypedViewSources.shipped();
        List<ContentType> types = new ArrayList<>(ContentTypes.shipped().all());
        List<TypeModule> accepted = new ArrayList<>();
        for (TypeModule module : found) {
            types.add(module.type());
            List<String> clashes = ContentTypes.clashes(types);
            String name = module.type().name();
            if (!clashes.isEmpty()) {
                clashes.forEach(clash -> problems.error(
                        where(module),
                        clash,
                        Optional.of("give the type another name, or take its jar off the class path")));
                types.remove(types.size() - 1);
            } else if (!module.view().type().equals(name)) {
                problems.error(
                        where(module),
                        "the content type " + name + " brings a view for '"
                                + module.view().type() + "'",
                        Optional.of("let " + module.view().getClass().getName() + ".type() return \"" + name + "\""));
            } else if (shippedViews.source(name).isPresent()) {
                problems.error(
                        where(module),
                        "the content type " + name + " takes the name of one of mosaik's own views",
                        Optional.of("give the type another name"));
            } else {
                accepted.add(module);
            }
        }
        if (accepted.size() < found.size()) {
            return Optional.empty();
        }
        return Optional.of(new TypeModules(
                ContentTypes.shipped()
                        .with(accepted.stream().map(TypeModule::type).toList()),
                shippedViews.with(accepted.stream().map(TypeModule::view).toList())));
    }

    /**
     * Reports each type whose template is neither in the theme of the site at {@code siteRoot} nor on the class
     * path ({@code theme/templates/NAME.html}): when the build starts, rather than at the type's first page.
     *
     * @return whether every type has its template
     */
    boolean checkTemplates(Path siteRoot, Problems problems) {
        boolean complete = true;
        for (ContentType type : types.all()) {
            Optional<String> template = type.template().filter(name -> !Templates.exists(siteRoot, name));
            if (template.isPresent()) {
                complete = false;
                problems.error(
                        SourcePosition.file(Templates.THEME_DIR + "/" + template.get() + ".html"),
                        "the content type " + type.name() + " ("
                                + type.getClass().getName() + ") has no template " + template.get() + ".html",
                        Optional.of("put it in the site's theme/ folder, or in the type's jar as theme/templates/"
                                + template.get() + ".html"));
            }
        }
        return complete;
    }

    /** The service file of the jar (or class folder) {@code module} comes from. */
    private static SourcePosition where(TypeModule module) {
        return SourcePosition.file(Optional.ofNullable(
                                module.getClass().getProtectionDomain().getCodeSource())
                        .map(source -> Path.of(source.getLocation().getPath())
                                        .getFileName()
                                        .toString()
                                + "!/")
                        .orElse("")
                + SERVICE_FILE);
    }
}
