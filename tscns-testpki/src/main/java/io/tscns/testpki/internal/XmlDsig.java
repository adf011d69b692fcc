package io.tscns.testpki.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;

/**
 * Enveloped XML-DSig signatures with the JDK's {@code java.xml.crypto}: RSA-SHA256 over the whole document
 * (reference URI {@code ""}, enveloped-signature and exclusive canonicalisation transforms, SHA-256 digest), the
 * signer's certificate in KeyInfo/X509Data, the {@code ds:Signature} element appended as the root's last child, as
 * ETSI TS 119 612 §5.7 places it. (The real lists use XAdES-BES on top of this; a test list does not need the
 * signed properties.)
 */
public final class XmlDsig {

    /** Id of the ds:Signature element. */
    public static final String SIGNATURE_ID = "tscns-test-tsl-signature";

    private XmlDsig() {}

    /**
     * Signs a document in place.
     *
     * @param document    the document
     * @param key         the signer's private RSA key
     * @param certificate the signer's certificate
     * @throws GeneralSecurityException if the algorithms are unavailable
     * @throws MarshalException         if the signature cannot be written into the DOM
     * @throws XMLSignatureException    if signing fails
     */
    public static void sign(Document document, PrivateKey key, X509Certificate certificate)
            throws GeneralSecurityException, MarshalException, XMLSignatureException {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        Reference reference = factory.newReference(
                "",
                factory.newDigestMethod(DigestMethod.SHA256, null),
                List.of(
                        factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        SignedInfo signedInfo = factory.newSignedInfo(
                factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                List.of(reference));
        KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
        KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
        DOMSignContext context = new DOMSignContext(key, document.getDocumentElement());
        context.setDefaultNamespacePrefix("ds");
        factory.newXMLSignature(signedInfo, keyInfo, null, SIGNATURE_ID, null).sign(context);
    }
}
