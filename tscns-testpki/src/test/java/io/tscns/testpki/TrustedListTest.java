package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.PKI;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.testpki.internal.XmlDocuments;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TrustedListTest {

    private static final String TSL = "http://uri.etsi.org/02231/v2#";
    private static final byte[] SIGNED = PKI.trustedList();

    private static Element signature(Document document) {
        NodeList nodes = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    /** Validates the enveloped signature with the JDK XML-DSig API and secure validation. */
    private static boolean verifies(byte[] xml, PublicKey key) throws Exception {
        Document document = XmlDocuments.parse(xml);
        DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(key), signature(document));
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
        return signature.validate(context);
    }

    private static List<String> texts(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(TSL, localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void signatureVerifiesWithTheTslSignerKeyOnly() throws Exception {
        assertTrue(verifies(SIGNED, PKI.tslSigner().certificate().getPublicKey()));
        assertFalse(verifies(SIGNED, PKI.root().certificate().getPublicKey()));
    }

    @Test
    void signatureIsEnvelopedLastAndCarriesTheSignerCertificate() throws Exception {
        Document document = XmlDocuments.parse(SIGNED);
        Element root = document.getDocumentElement();
        assertEquals(TSL, root.getNamespaceURI());
        assertEquals("TrustServiceStatusList", root.getLocalName());
        Element signature = signature(document);
        assertSame(root.getLastChild(), signature);
        XMLSignature parsed = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(new DOMStructure(signature));
        X509Data data = (X509Data) parsed.getKeyInfo().getContent().get(0);
        assertArrayEquals(
                PKI.tslSigner().certificate().getEncoded(),
                ((X509Certificate) data.getContent().get(0)).getEncoded());
        assertEquals(
                "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                parsed.getSignedInfo().getSignatureMethod().getAlgorithm());
    }

    @Test
    void everyRegionalCaIsAnIdvServiceAndTheOthersAreNot() throws Exception {
        Document document = XmlDocuments.parse(SIGNED);
        List<String> types = texts(document, "ServiceTypeIdentifier");
        List<String> certificates = texts(document, "X509Certificate");
        Map<String, List<String>> byType = new java.util.HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            byType.computeIfAbsent(types.get(i), t -> new ArrayList<>()).add(certificates.get(i));
        }
        List<String> expectedIdv = java.util.Arrays.stream(TestIssuer.values())
                .map(issuer -> encode(PKI.issuingCa(issuer).certificate()))
                .toList();
        assertEquals(expectedIdv, byType.get(TrustedListService.TYPE_IDV));
        assertEquals(List.of(encode(PKI.operatorCa().certificate())), byType.get(TrustedListService.TYPE_CA_QC));
        assertEquals(List.of(encode(PKI.serverCa().certificate())), byType.get(TrustedListService.TYPE_TSA_QTST));
        assertFalse(certificates.contains(encode(PKI.untrustedCa().certificate())), "the impostor is not listed");
        assertEquals(List.of("IT"), texts(document, "SchemeTerritory"));
        assertEquals(List.of("1"), texts(document, "TSLSequenceNumber"));
        assertEquals(
                List.of(TrustedListService.STATUS_RECOGNISED_AT_NATIONAL_LEVEL),
                texts(document, "ServiceStatus").stream()
                        .limit(TestIssuer.values().length)
                        .distinct()
                        .collect(Collectors.toList()));
    }

    @Test
    void reserialisingWithoutChangesKeepsTheSignatureValid() throws Exception {
        byte[] again = XmlDocuments.serialize(XmlDocuments.parse(SIGNED));
        assertTrue(verifies(again, PKI.tslSigner().certificate().getPublicKey()));
    }

    @Test
    void everyTamperingBreaksTheSignature() throws Exception {
        PublicKey signer = PKI.tslSigner().certificate().getPublicKey();
        TrustedListService rogue = new TrustedListService(
                TrustedListService.TYPE_IDV,
                "Regione Toscana - CA Cittadini",
                PKI.untrustedCa().certificate(),
                TrustedListService.STATUS_RECOGNISED_AT_NATIONAL_LEVEL,
                Fixtures.NOW);
        List<byte[]> tampered = List.of(
                TrustedListTampering.injectService(SIGNED, rogue),
                TrustedListTampering.changeFirstServiceStatus(SIGNED, TrustedListService.STATUS_WITHDRAWN),
                TrustedListTampering.bumpSequenceNumber(SIGNED),
                TrustedListTampering.corruptSignatureValue(SIGNED));
        for (byte[] xml : tampered) {
            assertFalse(verifies(xml, signer));
        }
        Document injected = XmlDocuments.parse(tampered.get(0));
        assertTrue(texts(injected, "X509Certificate")
                .contains(encode(PKI.untrustedCa().certificate())));
        assertEquals(List.of("2"), texts(XmlDocuments.parse(tampered.get(2)), "TSLSequenceNumber"));
    }

    @Test
    void removedSignatureAndUnsignedListsHaveNoSignature() throws Exception {
        assertEquals(null, signature(XmlDocuments.parse(TrustedListTampering.removeSignature(SIGNED))));
        assertEquals(null, signature(XmlDocuments.parse(TrustedLists.unsigned(PKI.trustedListSpec()))));
        TestPkiException e = org.junit.jupiter.api.Assertions.assertThrows(
                TestPkiException.class,
                () -> TrustedListTampering.removeSignature(TrustedLists.unsigned(PKI.trustedListSpec())));
        assertEquals(TestPkiException.Reason.XML_FAILURE, e.reason());
    }

    @Test
    void aListSignedByAnotherSignerDoesNotVerifyWithTheTslSigner() throws Exception {
        TestCredential other = PKI.operatorCredential(OperatorAndServerProfileTest.OPERATOR);
        byte[] foreign = TrustedLists.sign(PKI.trustedListSpec(), other);
        assertTrue(verifies(foreign, other.certificate().getPublicKey()));
        assertFalse(verifies(foreign, PKI.tslSigner().certificate().getPublicKey()));
    }

    @Test
    void aDoctypeIsRefused() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<x>&e;</x>")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        TestPkiException e = org.junit.jupiter.api.Assertions.assertThrows(
                TestPkiException.class, () -> TrustedListTampering.bumpSequenceNumber(hostile));
        assertEquals(TestPkiException.Reason.XML_FAILURE, e.reason());
    }

    private static String encode(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
