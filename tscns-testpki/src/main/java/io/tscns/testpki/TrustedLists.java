package io.tscns.testpki;

import io.tscns.testpki.internal.TrustedListXml;
import io.tscns.testpki.internal.XmlDocuments;
import io.tscns.testpki.internal.XmlDsig;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Writes test trusted lists (<i>liste di fiducia di prova</i>) in the XML of ETSI TS 119 612, like the Italian
 * TSL-IT.xml that relying parties download to find the CNS CAs (services of type
 * {@value TrustedListService#TYPE_IDV}, {@code docs/cms.md §6.2}), signed with an enveloped XML-DSig signature
 * by a trusted-list signer credential. {@link TrustedListTampering} makes the broken variants.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustedLists {

    private TrustedLists() {}

    /**
     * Writes and signs a trusted list.
     *
     * @param spec   the list's content
     * @param signer the trusted-list signer's RSA key and certificate
     * @return the UTF-8 XML document
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the document cannot be built or
     *                          signed
     */
    public static byte[] sign(TrustedListSpec spec, TestCredential signer) {
        Objects.requireNonNull(spec, "spec");
        return signed(() -> TrustedListXml.build(spec), signer, "trusted list");
    }

    /**
     * Writes and signs a list of trusted lists (a LOTL or one of its pivots).
     *
     * @param spec   the list's content
     * @param signer the LOTL signer's RSA key and certificate
     * @return the UTF-8 XML document
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the document cannot be built or
     *                          signed
     */
    public static byte[] signLotl(ListOfTrustedListsSpec spec, TestCredential signer) {
        Objects.requireNonNull(spec, "spec");
        return signed(() -> TrustedListXml.buildLotl(spec), signer, "LOTL");
    }

    /** Builds a list's document. */
    @FunctionalInterface
    private interface ListXml {
        Document build() throws ParserConfigurationException, GeneralSecurityException;
    }

    private static byte[] signed(ListXml xml, TestCredential signer, String what) {
        Objects.requireNonNull(signer, "signer");
        try {
            // Signed as parsed from its own serialisation, so the canonical form the signature covers is exactly
            // what a verifier will parse (namespace declarations included).
            Document document = XmlDocuments.parse(XmlDocuments.serialize(xml.build()));
            XmlDsig.sign(document, signer.privateKey(), signer.certificate());
            return XmlDocuments.serialize(document);
        } catch (GeneralSecurityException
                | ParserConfigurationException
                | MarshalException
                | XMLSignatureException
                | TransformerException
                | SAXException
                | IOException e) {
            throw new TestPkiException(TestPkiException.Reason.XML_FAILURE, "cannot build the signed " + what, e);
        }
    }

    /**
     * Writes a trusted list without any signature (which a relying party must refuse).
     *
     * @param spec the list's content
     * @return the UTF-8 XML document
     * @throws TestPkiException with {@link TestPkiException.Reason#XML_FAILURE} if the document cannot be built
     */
    public static byte[] unsigned(TrustedListSpec spec) {
        Objects.requireNonNull(spec, "spec");
        try {
            return XmlDocuments.serialize(TrustedListXml.build(spec));
        } catch (GeneralSecurityException | ParserConfigurationException | TransformerException e) {
            throw new TestPkiException(TestPkiException.Reason.XML_FAILURE, "cannot build the trusted list", e);
        }
    }
}
