package io.tscns.testpki;

import io.tscns.testpki.internal.TrustedListXml;
import io.tscns.testpki.internal.XmlDocuments;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.util.Objects;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Changes a signed trusted list after signing (<i>manomissioni della lista di fiducia</i>), the way an attacker or
 * a broken mirror would, so that a relying party's signature check can be shown to catch it: a rogue IdV service
 * slipped in, a service status changed, the sequence number bumped, the signature value corrupted or removed. Each
 * method returns a new document and leaves its input untouched.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustedListTampering {

    private static final String DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private TrustedListTampering() {}

    /**
     * Appends a service to the first trust service provider, e.g. a rogue IdV CA.
     *
     * @param signedList the signed list
     * @param rogue      the service to slip in
     * @return the tampered list
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the input is not a trusted list
     */
    public static byte[] injectService(byte[] signedList, TrustedListService rogue) {
        Objects.requireNonNull(rogue, "rogue");
        return edit(signedList, document -> {
            Element services = first(document, TrustedListXml.NAMESPACE, "TSPServices");
            services.appendChild(TrustedListXml.service(document, rogue));
        });
    }

    /**
     * Replaces the status of the first service, e.g. turning a withdrawn CA back into a recognised one.
     *
     * @param signedList the signed list
     * @param status     the new ServiceStatus URI
     * @return the tampered list
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the input is not a trusted list
     */
    public static byte[] changeFirstServiceStatus(byte[] signedList, String status) {
        Objects.requireNonNull(status, "status");
        return edit(
                signedList,
                document -> first(document, TrustedListXml.NAMESPACE, "ServiceStatus")
                        .setTextContent(status));
    }

    /**
     * Adds one to the TSLSequenceNumber, as a replayed or forged "newer" list would.
     *
     * @param signedList the signed list
     * @return the tampered list
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the input is not a trusted list
     */
    public static byte[] bumpSequenceNumber(byte[] signedList) {
        return edit(signedList, document -> {
            Element number = first(document, TrustedListXml.NAMESPACE, "TSLSequenceNumber");
            number.setTextContent(
                    Long.toString(Long.parseLong(number.getTextContent().strip()) + 1));
        });
    }

    /**
     * Changes one character of the SignatureValue, leaving it valid base64.
     *
     * @param signedList the signed list
     * @return the tampered list
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the input has no signature
     */
    public static byte[] corruptSignatureValue(byte[] signedList) {
        return edit(signedList, document -> {
            Element value = first(document, DSIG_NAMESPACE, "SignatureValue");
            char[] text = value.getTextContent().strip().toCharArray();
            text[0] = text[0] == 'A' ? 'B' : 'A';
            value.setTextContent(new String(text));
        });
    }

    /**
     * Removes the ds:Signature element.
     *
     * @param signedList the signed list
     * @return the list without signature
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the input has no signature
     */
    public static byte[] removeSignature(byte[] signedList) {
        return edit(signedList, document -> {
            Element signature = first(document, DSIG_NAMESPACE, "Signature");
            signature.getParentNode().removeChild(signature);
        });
    }

    private interface Edit {
        void apply(Document document) throws CertificateEncodingException;
    }

    private static byte[] edit(byte[] signedList, Edit edit) {
        Objects.requireNonNull(signedList, "signedList");
        try {
            Document document = XmlDocuments.parse(signedList);
            edit.apply(document);
            return XmlDocuments.serialize(document);
        } catch (ParserConfigurationException
                | SAXException
                | IOException
                | TransformerException
                | CertificateEncodingException
                | NumberFormatException e) {
            throw new TestPkiException(
                    TestPkiException.Reason.XML_FAILURE,
                    "cannot tamper with the trusted list: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static Element first(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new TestPkiException(
                TestPkiException.Reason.XML_FAILURE, "the document has no " + localName + " element");
    }
}
