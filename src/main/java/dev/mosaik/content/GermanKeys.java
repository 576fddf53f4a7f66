package dev.mosaik.content;

import java.util.Map;

/**
 * German names editors write for front-matter keys, so that {@code zeitraum:} gets "did you mean 'period'?" — a
 * spelling distance never finds the English key for a German word. One entry per key of every content type.
 */
public final class GermanKeys {

    private GermanKeys() {
    }

    /** Lower-case German word → the key it means. */
    public static final Map<String, String> SYNONYMS = Map.ofEntries(
            // Every page
            Map.entry("titel", "title"), Map.entry("überschrift", "title"), Map.entry("datum", "date"),
            Map.entry("aktualisiert", "updated"), Map.entry("geändert", "updated"), Map.entry("zusammenfassung", "summary"),
            Map.entry("kurzfassung", "summary"), Map.entry("typ", "type"), Map.entry("art", "type"), Map.entry("entwurf", "draft"),
            Map.entry("schlagwörter", "tags"), Map.entry("schlagworte", "tags"), Map.entry("stichwörter", "tags"),
            Map.entry("gewicht", "weight"), Map.entry("reihenfolge", "weight"), Map.entry("weiterleitungen", "aliases"),
            Map.entry("alias", "aliases"), Map.entry("beispiel", "sample"), Map.entry("kurzname", "slug"), Map.entry("übersetzung", "translation"), Map.entry("quellhash", "sourceHash"), Map.entry("quellabschnitte", "sourceSections"),
            Map.entry("ablauf", "expires"), Map.entry("ablaufdatum", "expires"), Map.entry("gültigbis", "expires"),
            Map.entry("geprüftvon", "reviewedBy"), Map.entry("geprüft", "reviewed"),
            // Fields of action
            Map.entry("nummer", "number"), Map.entry("bereich", "area"), Map.entry("ebene", "kind"),
            Map.entry("maßnahmen", "measures"), Map.entry("massnahmen", "measures"),
            // Projects
            Map.entry("handlungsfelder", "fields"), Map.entry("felder", "fields"), Map.entry("stadtteil", "district"),
            Map.entry("zeitraum", "period"), Map.entry("laufzeit", "period"), Map.entry("partner", "partners"),
            Map.entry("bilder", "images"), Map.entry("fotos", "images"), Map.entry("ergebnisse", "results"),
            Map.entry("kontakt", "contact"), Map.entry("ansprechpartner", "contact"),
            // Role models
            Map.entry("vorname", "name"), Map.entry("einwilligung", "consent"), Map.entry("zustimmung", "consent"), Map.entry("foto", "photo"),
            Map.entry("bild", "photo"), Map.entry("herkunft", "origin"), Map.entry("sprachen", "languages"), Map.entry("zitat", "quote"),
            // Events
            Map.entry("beginn", "start"), Map.entry("anfang", "start"), Map.entry("ende", "end"), Map.entry("ort", "place"),
            Map.entry("anschrift", "address"), Map.entry("adresse", "address"), Map.entry("barrierefrei", "stepFree"),
            Map.entry("stufenlos", "stepFree"), Map.entry("anmeldung", "registration"),
            // Timelines, newsletters
            Map.entry("zeitleiste", "timeline"), Map.entry("einleitung", "intro"), Map.entry("abschnitte", "sections"),
            // Courses
            Map.entry("anbieter", "provider"), Map.entry("träger", "provider"), Map.entry("niveau", "levels"),
            Map.entry("niveaus", "levels"), Map.entry("stufen", "levels"), Map.entry("kursart", "courseType"),
            Map.entry("kurstyp", "courseType"), Map.entry("termine", "schedule"), Map.entry("zeiten", "schedule"),
            Map.entry("stundenplan", "schedule"), Map.entry("gebühr", "fee"), Map.entry("kosten", "fee"), Map.entry("preis", "fee"),
            Map.entry("kinderbetreuung", "childcare"), Map.entry("zielgruppe", "targetGroup"), Map.entry("lehrersprachen", "teacherLanguages"),
            Map.entry("telefon", "phone"), Map.entry("e-mail", "email"), Map.entry("mail", "email"),
            // Entries of lists
            Map.entry("frist", "term"), Map.entry("stand", "status"), Map.entry("amt", "office"),
            Map.entry("projekte", "projects"), Map.entry("quelle", "src"), Map.entry("datei", "src"), Map.entry("alternativtext", "alt"),
            Map.entry("tag", "day"), Map.entry("von", "from"), Map.entry("bis", "to"), Map.entry("wann", "when"),
            Map.entry("verweis", "ref"),
            // Places (type: ort).
            Map.entry("öffnungszeiten", "hours"), Map.entry("sprechzeiten", "hours"), Map.entry("zugang", "access"),
            Map.entry("webseite", "web"), Map.entry("internet", "web"), Map.entry("breitengrad", "lat"), Map.entry("breite", "lat"),
            Map.entry("längengrad", "lon"), Map.entry("länge", "lon"), Map.entry("straße", "street"), Map.entry("strasse", "street"),
            Map.entry("plz", "postcode"), Map.entry("postleitzahl", "postcode"), Map.entry("stadt", "city"));
}
