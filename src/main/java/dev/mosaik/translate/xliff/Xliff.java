package dev.mosaik.translate.xliff;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** The names XLIFF 2.1 core uses, and XML factories that never fetch anything (no DTDs, no external entities). */
final class Xliff {

    /** XLIFF 2.1 keeps the namespace of 2.0; only the {@code version} attribute says 2.1. */
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    static final String VERSION = "2.1";
    static final String NOTE_ADDRESS = "address";
    static final String NOTE_SOURCE_HASH = "sourceHash";
    static final String NOTE_LOCATION = "location";
    static final String NOTE_GLOSSARY = "glossary";

    private Xliff() {}

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    static XMLOutputFactory outputFactory() {
        return XMLOutputFactory.newInstance();
    }
}
