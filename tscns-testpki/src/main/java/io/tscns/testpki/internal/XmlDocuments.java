package io.tscns.testpki.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Namespace-aware DOM parsing with DOCTYPEs and external entities refused, and serialisation without any
 * re-indentation (a signed document must be written back byte-for-byte as its DOM says).
 */
public final class XmlDocuments {

    private XmlDocuments() {}

    /**
     * Returns an empty document.
     *
     * @return the document
     * @throws ParserConfigurationException if the JDK parser cannot be configured
     */
    public static Document newDocument() throws ParserConfigurationException {
        return builder().newDocument();
    }

    /**
     * Parses a document.
     *
     * @param xml the bytes
     * @return the document
     * @throws ParserConfigurationException if the JDK parser cannot be configured
     * @throws SAXException                 if the bytes are not well-formed XML, or declare a DOCTYPE
     * @throws IOException                  never for in-memory input
     */
    public static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        return builder().parse(new ByteArrayInputStream(xml));
    }

    /**
     * Serialises a document as UTF-8 with an XML declaration.
     *
     * @param document the document
     * @return the bytes
     * @throws TransformerException if serialisation fails
     */
    public static byte[] serialize(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }
}
