package io.loosen.catalog.imports;

import io.loosen.catalog.Equipment;
import io.loosen.catalog.Provenance;
import io.loosen.catalog.Sides;
import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Workrave's {@code exercises.xml} (workrave.org, GPL-3.0-or-later): {@code <exercises>} of
 * {@code <exercise>}, each a {@code <title>} and {@code <description>} (translated ones carry
 * {@code xml:lang}) and a {@code <sequence>} of timed {@code <image src duration>}, an image with
 * {@code mirrorx="yes"} (or {@code mirror="yes"}) being the other side. Every exercise is a stretch or a
 * loosening move; its hold is the images' time for one side. The XML is parsed with DTDs, external entities
 * and includes turned off: a hostile file cannot read local files or expand entities without end.
 */
public final class Workrave {
    public static final String NAME = "Workrave";
    static final String LICENCE = "GPL-3.0-or-later";
    private static final int MAX_DURATION = 3600;

    private Workrave() {
    }

    static boolean looksLike(String text) {
        String start = text.strip();
        return start.startsWith("<") && start.contains("<exercises");
    }

    /** The exercises in {@code language} ("de"); null for the untranslated (English) text. */
    public static Read read(String file, String xml, String language) {
        Element root = parse(file, xml).getDocumentElement();
        if (!root.getTagName().equals("exercises")) {
            throw new InvalidDataException(file, null, file + ": a Workrave file's root element is <exercises>, not <"
                    + Fields.show(root.getTagName()) + ">.");
        }
        List<Found> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Element> exercises = children(root, "exercise");
        for (int i = 0; i < exercises.size(); i++) {
            Element exercise = exercises.get(i);
            String record = "exercise " + (i + 1);
            String title = text(file, record, exercise, "title", language);
            String label = record + " ('" + Fields.show(title == null ? "?" : title) + "')";
            if (title == null) {
                if (text(file, record, exercise, "title", null) == null) {
                    throw fail(file, record, "title", "has no <title>");
                }
                skipped.add(label + " has no title in language '" + Fields.show(language) + "'.");
                continue;
            }
            String description = text(file, label, exercise, "description", language);
            if (description == null) {
                throw fail(file, label, "description", "has no <description>"
                        + (language == null ? "" : " in language '" + Fields.show(language) + "'"));
            }
            int oneSide = 0;
            boolean mirrored = false;
            List<Element> sequences = children(exercise, "sequence");
            List<Element> images = sequences.isEmpty() ? List.of() : children(sequences.get(0), "image");
            for (int j = 0; j < images.size(); j++) {
                Element image = images.get(j);
                String field = "sequence.image[" + j + "].duration";
                String duration = image.getAttribute("duration").strip();
                if (!duration.matches("\\d{1,5}") || Integer.parseInt(duration) > MAX_DURATION) {
                    throw fail(file, label, field, "has duration '" + Fields.show(duration)
                            + "'; it should be whole seconds from 0 to " + MAX_DURATION);
                }
                boolean mirror = "yes".equals(image.getAttribute("mirrorx")) || "yes".equals(image.getAttribute("mirror"));
                mirrored |= mirror;
                if (!mirror) {
                    oneSide += Integer.parseInt(duration);
                }
            }
            List<String> steps = Prose.sentences(description);
            found.add(new Found(NAME, label, title, List.of(), steps, Inference.targets(title + " " + description),
                    List.of(Equipment.NONE), true, null, oneSide > 0 ? oneSide : null, mirrored ? Sides.BOTH : null,
                    new Provenance("Workrave contributors", LICENCE, "https://workrave.org (exercises.xml)")));
        }
        return new Read(found, skipped);
    }

    private static Document parse(String file, String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new InvalidDataException(file, null, file + ": not valid XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + " (" + Fields.show(String.valueOf(e.getMessage())) + ").");
        } catch (SAXException | IOException e) {
            throw new InvalidDataException(file, null, file + ": not valid XML (" + Fields.show(String.valueOf(e.getMessage())) + ").");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    /** The text of the child element in this language (no xml:lang for the untranslated one), tidied; null if none. */
    private static String text(String file, String record, Element parent, String tag, String language) {
        for (Element e : children(parent, tag)) {
            String lang = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            if (language == null ? lang.isEmpty() : lang.equalsIgnoreCase(language)) {
                String text = Prose.tidy(e.getTextContent());
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            // intltool's source files write <_title>: the same field, before translation.
            if (n instanceof Element e && (e.getTagName().equals(tag) || e.getTagName().equals("_" + tag))) {
                found.add(e);
            }
        }
        return found;
    }

    private static InvalidDataException fail(String file, String record, String field, String what) {
        return new InvalidDataException(file + ", " + record, field, file + ", " + record + ": " + what + ".");
    }
}
