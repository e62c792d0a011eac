package io.loosen.progress.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A chart's SVG parsed by the JDK's XML parser (no DTDs, no external entities), and XPath over it. */
final class ChartXml {
    private final Document doc;

    private ChartXml(Document doc) {
        this.doc = doc;
    }

    /** Parses the chart, failing the test if it is not well-formed XML, and checks the accessible root. */
    static ChartXml parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            ChartXml xml = new ChartXml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
            Element root = xml.doc.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
            assertThat(root.getAttribute("width")).isEqualTo("100%");
            assertThat(root.hasAttribute("style")).isFalse();
            String id = root.getAttribute("id");
            assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title");
            assertThat(root.getAttribute("aria-describedby")).isEqualTo(id + "-desc");
            assertThat(xml.text("/svg/title[@id='" + id + "-title']")).isNotBlank();
            assertThat(xml.text("/svg/desc[@id='" + id + "-desc']")).isNotBlank();
            assertThat(xml.count("//*[@style]")).as("no style attributes (CSP)").isZero();
            return xml;
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    int count(String xpath) {
        return nodes(xpath).getLength();
    }

    String text(String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    String title() {
        return text("/svg/title");
    }

    String description() {
        return text("/svg/desc");
    }

    NodeList nodes(String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** Elements whose class list holds {@code cssClass}. */
    static String withClass(String element, String cssClass) {
        return "//" + element + "[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]";
    }
}
