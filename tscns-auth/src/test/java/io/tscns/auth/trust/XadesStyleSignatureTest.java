package io.tscns.auth.trust;

import static io.tscns.auth.AuthFixtures.NOW;
import static io.tscns.auth.AuthFixtures.PKI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.testpki.TrustedLists;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Real trusted lists are signed with XAdES: besides the whole list, the signature references a SignedProperties
 * element by its {@code Id}. Without a schema nothing says {@code Id} is an ID; the reader declares them, and refuses
 * a list where two elements share one.
 */
class XadesStyleSignatureTest {

    private static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    private static byte[] signWithPropertiesReference(String propertiesId, boolean decoy) throws Exception {
        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document document = builders.newDocumentBuilder()
                .parse(new ByteArrayInputStream(TrustedLists.unsigned(PKI.trustedListSpec())));
        Element root = document.getDocumentElement();
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        Element properties = document.createElementNS(XADES, "xades:SignedProperties");
        // Declared explicitly, as a serialised document will have it, so the canonical form signed is the one read.
        properties.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades", XADES);
        properties.setAttribute("Id", propertiesId);
        properties.setIdAttribute("Id", true);
        properties.setTextContent("signing time and certificate digest would be here");
        if (decoy) {
            Element other = document.createElementNS(TrustedListReader.NAMESPACE, "Decoy");
            other.setAttribute("Id", propertiesId);
            root.getFirstChild().appendChild(other);
        }
        XMLObject object = factory.newXMLObject(List.of(new DOMStructure(properties)), null, null, null);
        Reference whole = factory.newReference(
                "",
                factory.newDigestMethod(DigestMethod.SHA256, null),
                List.of(
                        factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        Reference signedProperties = factory.newReference(
                "#" + propertiesId,
                factory.newDigestMethod(DigestMethod.SHA256, null),
                List.of(factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                "http://uri.etsi.org/01903#SignedProperties",
                null);
        KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
        factory.newXMLSignature(
                        factory.newSignedInfo(
                                factory.newCanonicalizationMethod(
                                        CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                                factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                                List.of(whole, signedProperties)),
                        keyInfos.newKeyInfo(List.of(
                                keyInfos.newX509Data(List.of(PKI.tslSigner().certificate())))),
                        List.of(object),
                        null,
                        null)
                .sign(new DOMSignContext(PKI.tslSigner().privateKey(), root));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static TrustedListReader reader() {
        return new TrustedListReader(
                Set.of(PKI.tslSigner().certificate()), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
    }

    @Test
    void aSignatureThatAlsoReferencesSignedPropertiesVerifies() throws Exception {
        TrustedList list = reader().read(signWithPropertiesReference("xades-props-1", false));
        assertEquals(PKI.tslSigner().certificate(), list.signer());
        assertEquals(5, list.identityVerificationCas().size());
    }

    @Test
    void twoElementsWithTheSameIdAreRefused() throws Exception {
        byte[] xml = signWithPropertiesReference("xades-props-2", true);
        InvalidTrustException e = assertThrows(InvalidTrustException.class, () -> reader().read(xml));
        assertEquals(new TrustProblem.BadSignature("two elements share the Id of a possible reference"), e.problem());
    }
}
