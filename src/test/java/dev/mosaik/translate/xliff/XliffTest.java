package dev.mosaik.translate.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaik.testing.TestSite;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** XLIFF 2.1 export and import through the CLI: schema, glossary notes, inline codes, round trip and refusals. */
class XliffTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- i18n/glossary.yaml --
            Integrationskurs:
              note: the federal course
              en: integration course
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Hallo.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Projekte.
            -- content/kurse.de.md --
            ---
            title: Kurse
            summary: Alles über den Integrationskurs
            weight: 3
            ---
            Der **Integrationskurs** hilft. Fragen Sie [uns](/_index.md) & `B1`.

            - Anmeldung
            """;

    /** What a translator writes for each source, in the export's own inline form. */
    private static final Map<String, String> TRANSLATIONS = Map.of(
            "Kurse",
            "Courses",
            "Alles über den Integrationskurs",
            "All about the integration course",
            "Der <pc>Integrationskurs</pc> hilft. Fragen Sie <pc>uns</pc> &amp; <ph/>.",
            "The <pc>integration course</pc> helps. Ask <pc>us</pc> &amp; <ph/>.",
            "Anmeldung",
            "Registration");

    private Path export() {
        TestSite.write(dir, SITE);
        TestSite.Run run = TestSite.run(
                "translate",
                "--source",
                dir.toString(),
                "--export",
                "xliff",
                "--to",
                "en",
                "content/kurse.de.md",
                "--output",
                dir.resolve("xliff").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve("xliff/kurse.en.xlf");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Fills every segment's target as a translation tool would: after the source, inline codes copied. */
    private static void fill(Path file, Map<String, String> translations) throws Exception {
        Document xml = parse(file);
        NodeList sources = xml.getElementsByTagNameNS(Xliff.NS, "source");
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String shape = shape(source);
            String translation = translations.get(shape);
            if (translation == null) {
                continue;
            }
            Element target = xml.createElementNS(Xliff.NS, "target");
            // The translation is written with the source's codes, in order: <pc>/<ph/> take the source's ids.
            Matcher code = Pattern.compile("<pc>|</pc>|<ph/>|&amp;|[^<&]+").matcher(translation);
            NodeList codes = source.getElementsByTagNameNS(Xliff.NS, "*");
            int next = 0;
            java.util.Deque<Element> open = new java.util.ArrayDeque<>();
            open.push(target);
            while (code.find()) {
                String token = code.group();
                if (token.equals("<pc>") || token.equals("<ph/>")) {
                    Element copy = (Element) codes.item(next++).cloneNode(false);
                    open.peek().appendChild(copy);
                    if (token.equals("<pc>")) {
                        open.push(copy);
                    }
                } else if (token.equals("</pc>")) {
                    open.pop();
                } else {
                    open.peek().appendChild(xml.createTextNode(token.equals("&amp;") ? "&" : token));
                }
            }
            source.getParentNode().insertBefore(target, source.getNextSibling());
        }
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(xml), new StreamResult(out));
        Files.writeString(file, out.toString());
    }

    /** A source's content with codes as bare {@code <pc>}, {@code <ph/>}. */
    private static String shape(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue().replace("&", "&amp;"));
            } else if (child.getLocalName().equals("ph")) {
                text.append("<ph/>");
            } else {
                text.append("<pc>").append(shape(child)).append("</pc>");
            }
        }
        return text.toString();
    }

    @Test
    void theOasisSchemaRefusesAnExportThatBreaksXliff() throws Exception {
        // Proves the schema validation above has teeth: a file without its source language is not XLIFF.
        String broken = Files.readString(export()).replace(" srcLang=\"de\"", "");
        java.net.URL core = getClass().getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        javax.xml.validation.Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(core)
                .newValidator();

        assertThatThrownBy(() -> validator.validate(new StreamSource(new java.io.StringReader(broken))))
                .isInstanceOf(org.xml.sax.SAXParseException.class)
                .hasMessageContaining("srcLang");
    }

    @Test
    void exportsValidXliff21WithThePageAddressGlossaryNotesAndInlineCodes() throws Exception {
        Path file = export();

        // The OASIS XLIFF 2.1 core schema itself (as Okapi ships it; 2.1 keeps the file name and namespace of 2.0).
        // The export uses no module, so the core schema is all it must satisfy.
        java.net.URL core = getClass().getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertThat(core).as("the OASIS schema on the test class path").isNotNull();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(core)
                .newValidator()
                .validate(new StreamSource(file.toFile()));
        String xml = Files.readString(file);
        assertThat(xml)
                .contains(
                        "xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"de\" trgLang=\"en\"",
                        "<file id=\"f1\" original=\"content/kurse.de.md\">",
                        "<note category=\"address\">/kurse.md</note>",
                        "<note category=\"glossary\">Integrationskurs → integration course (the federal course)</note>",
                        "<pc id=\"1\" dispStart=\"",
                        ">Integrationskurs</pc>",
                        "<ph id=\"3\" disp=\"the code `B1`\"/>");
        assertThat(xml)
                .as("facts are not segments")
                .doesNotContain("weight")
                .doesNotContain("<source>3</source>")
                .contains("Fragen Sie <pc");
    }

    @Test
    void importsAFilledExportAsTheHandTranslationWouldRead() throws Exception {
        Path file = export();
        fill(file, TRANSLATIONS);

        TestSite.Run run = TestSite.run("translate", "--source", dir.toString(), "--import", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String hash = Pattern.compile("sourceHash\">(\\w+)<")
                .matcher(Files.readString(file))
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        String imported = Files.readString(dir.resolve("content/kurse.en.md"));
        assertThat(imported)
                .as("the original's sections, to name those that change later")
                .containsPattern("(?m)^sourceSections: \\[[0-9a-f]{8}]$");
        assertThat(imported.replaceFirst("sourceSections: .*\n", ""))
                .isEqualTo("""
                ---
                title: "Courses"
                summary: "All about the integration course"
                weight: 3
                translation: human
                sourceHash: %s
                ---
                The **integration course** helps. Ask [us](/_index.md) & `B1`.

                - Registration

                """.formatted(hash)); // the original's last blank line stays too
        assertThat(TestSite.run(
                                "build",
                                "--source",
                                dir.toString(),
                                "--output",
                                dir.resolve("public").toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void refusesAMissingSegmentAnEditedCodeAnotherLanguageAndAChangedOriginalWritingNothing() throws Exception {
        Path file = export();
        Map<String, String> broken = new java.util.HashMap<>(TRANSLATIONS);
        broken.remove("Anmeldung");
        broken.put(
                "Der <pc>Integrationskurs</pc> hilft. Fragen Sie <pc>uns</pc> &amp; <ph/>.",
                "The integration course helps. Ask <pc>us</pc> &amp; <ph/>.");
        fill(file, broken);

        TestSite.Run run = TestSite.run("translate", "--source", dir.toString(), "--import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern(
                        "kurse\\.en\\.xlf:\\d+: the segment 'body:1' \\(list item of content/kurse\\.de\\.md:8\\) has no translation")
                .containsPattern("kurse\\.en\\.xlf:\\d+: the translation of 'body:0' lost the inline code <");
        assertThat(dir.resolve("content/kurse.en.md")).doesNotExist();

        Path again = export();
        fill(again, TRANSLATIONS);
        TestSite.Run otherLanguage =
                TestSite.run("translate", "--source", dir.toString(), "--import", again.toString(), "--to", "ar");
        assertThat(otherLanguage.exitCode()).isEqualTo(1);
        assertThat(otherLanguage.err())
                .contains("kurse.en.xlf:2: this file translates into English (trgLang 'en'), not العربية");

        Files.writeString(
                dir.resolve("content/kurse.de.md"),
                Files.readString(dir.resolve("content/kurse.de.md")).replace("hilft", "hilft sehr"));
        TestSite.Run stale = TestSite.run("translate", "--source", dir.toString(), "--import", again.toString());
        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.err())
                .containsPattern(
                        "kurse\\.en\\.xlf:\\d+: the original content/kurse\\.de\\.md has changed since the export")
                .containsPattern("kurse\\.en\\.xlf:\\d+: the source of 'body:0' differs");
        assertThat(dir.resolve("content/kurse.en.md")).doesNotExist();
    }
}
