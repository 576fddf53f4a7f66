package dev.mosaik.shipped;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of every kind the shipped site has: the list the browser, weight and markup tests walk. Adding a
 * page type (the search page, the A–Z index) is one line here.
 */
final class PageTypes {

    /** Paths below a language's prefix, one per page type. */
    static final List<String> IN_EVERY_LANGUAGE = List.of(
            "", // home
            "projekte/", // section
            "kontakt/", // page with a table
            "barrierefreiheit/", // accessibility statement
            "leichte-sprache/", // the site explained in Leichte Sprache
            "gebaerdensprache/", // sign language, with its video placeholder
            "deutsch-lernen/", // course finder
            "deutsch-lernen/niveau/a1/", // course finder, one filter
            "deutsch-lernen/archiv/", // ended courses
            "deutsch-lernen/integrationskurs-abend/", // course
            "projekte/schule-verstehen/", // project
            "vorbilder/", // role models
            "vorbilder/elif-uebungsleiterin/", // role model
            "termine/", // events, upcoming and past
            "termine/integrationsgipfel-2027/", // event
            "handlungsfelder/", // fields of action
            "handlungsfelder/8-2-3-sprache-und-bildung/", // field of action
            "handlungsfelder/umsetzungsstand/", // implementation status
            "newsletter/", // newsletter archive
            "newsletter/ausgabe-4/", // newsletter issue
            "newsletter/ausgabe-4/email.html", // its e-mail edition
            "prozess/", // timeline
            "schlagwoerter/", // taxonomy
            "schlagwoerter/dalheim/", // taxonomy term (a place: tags in every language)
            "stadtteile/dalheim/"); // district

    /** Generated pages whose addresses are in each tree's words: named here in German, found in other trees by their switcher. */
    static final List<String> GENERATED = List.of(
            "deutsch-lernen/niveau/a1/",
            "deutsch-lernen/archiv/",
            "schlagwoerter/",
            "schlagwoerter/dalheim/",
            "stadtteile/dalheim/");

    /** Pages outside the language trees. */
    static final List<String> SITE_WIDE = List.of(
            "/", // language chooser
            "/404.html", // not found
            "/infoblaetter/deutsch-lernen/integrationskurs-abend/de-ar.html", // course sheet, print HTML
            "/infoblaetter/aushang/innenstadt-de-ar.html"); // notice for the board

    /** German (left to right) and Arabic (right to left) in full, a few Persian and Leichte Sprache pages. */
    static List<String> all() {
        List<String> paths = new ArrayList<>();
        for (String prefix : List.of("/de/", "/ar/")) {
            IN_EVERY_LANGUAGE.forEach(path -> paths.add(
                    GENERATED.contains(path) ? ShippedSite.counterpart("/de/" + path, prefix) : prefix + path));
        }
        for (String path : List.of("", "kontakt/", "deutsch-lernen/", "handlungsfelder/umsetzungsstand/")) {
            paths.add("/fa/" + path);
            paths.add("/leichte-sprache/" + path);
        }
        // The search page (with results, typed with a Persian letter on the Arabic page) and the A–Z index have
        // addresses of their own in every language.
        paths.addAll(List.of("/de/suche/?q=Sprachkurs", "/de/a-z/", "/ar/بحث/?q=مکتب", "/ar/فهرس/"));
        paths.addAll(SITE_WIDE);
        return paths;
    }

    private PageTypes() {}
}
