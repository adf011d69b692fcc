package io.tscns.auth.trust;

import io.tscns.auth.cert.Certificates;
import io.tscns.auth.cert.InvalidCertificateException;
import io.tscns.auth.internal.Reasons;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a trusted list (<i>lista di fiducia</i>, ETSI TS 119 612 XML, e.g. AgID's TSL-IT.xml) from bytes the
 * caller fetched and refreshes: no network here. The list is accepted only if its enveloped XML-DSig signature
 * verifies, covers the whole document, and was made with the key of one of the configured trusted-list signer
 * certificates — the ones the scheme operator publishes. The XML is parsed with DOCTYPEs and external entities
 * refused, and the signature validated in the JDK's secure-validation mode.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustedListReader {

    /** The TSL namespace. */
    public static final String NAMESPACE = "http://uri.etsi.org/02231/v2#";
    /** The largest list accepted (the Italian list is a few megabytes). */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final String DSIG = XMLSignature.XMLNS;

    private final Set<X509Certificate> signers;
    private final Clock clock;
    private final Duration grace;

    /**
     * Creates a reader.
     *
     * @param signers the certificates allowed to sign the list (at least one)
     * @param clock   the clock against which the list's NextUpdate is checked
     * @param grace   how long after NextUpdate the list is still accepted
     */
    public TrustedListReader(Set<X509Certificate> signers, Clock clock, Duration grace) {
        this.signers = Set.copyOf(signers);
        if (this.signers.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted-list signer is needed");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /**
     * Reads and verifies a list.
     *
     * @param xml the document
     * @return the list
     * @throws InvalidTrustException if the XML is refused, the signature is missing, invalid, partial or not from a
     *                               configured signer, an element is missing or invalid, or the list has expired
     */
    public TrustedList read(byte[] xml) {
        Verified verified = verify(xml);
        Element root = verified.root();
        String territory = text(verified.scheme(), "SchemeTerritory");
        List<TrustedService> services = new ArrayList<>();
        Optional<Element> providers = optionalChild(root, "TrustServiceProviderList");
        if (providers.isPresent()) {
            for (Element provider : children(providers.get(), "TrustServiceProvider")) {
                String providerName = text(child(child(provider, "TSPInformation"), "TSPName"), "Name");
                for (Element service : children(child(provider, "TSPServices"), "TSPService")) {
                    services.add(service(providerName, child(service, "ServiceInformation")));
                }
            }
        }
        return new TrustedList(
                territory, verified.sequence(), verified.issued(), verified.nextUpdate(), services, verified.signer());
    }

    /**
     * A list whose signature verified with a configured signer and which has not expired: its root, its
     * SchemeInformation, the signer and the scheme's numbers and times. Shared with the reader of the list of
     * trusted lists, which is the same document type with pointers instead of providers.
     */
    record Verified(
            Element root, Element scheme, X509Certificate signer, long sequence, Instant issued, Instant nextUpdate) {}

    /** Parses the XML, verifies the signature and reads the scheme's sequence number and times. */
    Verified verify(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        if (xml.length > MAX_BYTES) {
            throw new InvalidTrustException(new TrustProblem.NotXml("larger than " + MAX_BYTES + " bytes"));
        }
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"TrustServiceStatusList".equals(root.getLocalName())) {
            throw new InvalidTrustException(
                    new TrustProblem.BadElement("TrustServiceStatusList", "the root element is not a TSL"));
        }
        X509Certificate signer = verifySignature(root);
        Element scheme = child(root, "SchemeInformation");
        long sequence = number(text(scheme, "TSLSequenceNumber"), "TSLSequenceNumber");
        Instant issued = instant(text(scheme, "ListIssueDateTime"), "ListIssueDateTime");
        Instant nextUpdate = instant(text(child(scheme, "NextUpdate"), "dateTime"), "NextUpdate");
        if (clock.instant().isAfter(nextUpdate.plus(grace))) {
            throw new InvalidTrustException(new TrustProblem.Expired(nextUpdate));
        }
        return new Verified(root, scheme, signer, sequence, issued, nextUpdate);
    }

    private static TrustedService service(String provider, Element information) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element digitalId : children(child(information, "ServiceDigitalIdentity"), "DigitalId")) {
            for (Element value : children(digitalId, "X509Certificate")) {
                certificates.add(certificate(value.getTextContent()));
            }
        }
        return new TrustedService(
                provider,
                text(information, "ServiceTypeIdentifier"),
                text(child(information, "ServiceName"), "Name"),
                text(information, "ServiceStatus"),
                instant(text(information, "StatusStartingTime"), "StatusStartingTime"),
                certificates);
    }

    private X509Certificate verifySignature(Element root) {
        List<Element> signatures = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && DSIG.equals(element.getNamespaceURI())
                    && "Signature".equals(element.getLocalName())) {
                signatures.add(element);
            }
        }
        if (root.getOwnerDocument().getElementsByTagNameNS(DSIG, "Signature").getLength() != signatures.size()) {
            throw new InvalidTrustException(new TrustProblem.BadSignature("a signature outside the root element"));
        }
        if (signatures.isEmpty()) {
            throw new InvalidTrustException(new TrustProblem.Unsigned());
        }
        if (signatures.size() > 1) {
            throw new InvalidTrustException(new TrustProblem.BadSignature("more than one signature"));
        }
        registerIds(root);
        String rootId = root.getAttribute("Id");
        SignerSelector selector = new SignerSelector();
        DOMValidateContext context = new DOMValidateContext(selector, signatures.get(0));
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            boolean coversRoot = false;
            for (Object item : signature.getSignedInfo().getReferences()) {
                String uri = ((Reference) item).getURI();
                coversRoot |= "".equals(uri) || (!rootId.isEmpty() && ("#" + rootId).equals(uri));
            }
            if (!coversRoot) {
                throw new InvalidTrustException(new TrustProblem.BadSignature("no reference covers the whole list"));
            }
            if (!signature.validate(context)) {
                throw new InvalidTrustException(new TrustProblem.BadSignature(failure(signature, context)));
            }
        } catch (MarshalException e) {
            throw new InvalidTrustException(new TrustProblem.BadSignature("the Signature element is malformed"), e);
        } catch (XMLSignatureException e) {
            if (selector.refused != null) {
                throw new InvalidTrustException(new TrustProblem.UntrustedSigner(selector.refused), e);
            }
            throw new InvalidTrustException(new TrustProblem.BadSignature("validation failed: " + Reasons.of(e)), e);
        }
        return selector.chosen;
    }

    /** Says which part of a signature that did not validate failed: the signature value or a reference's digest. */
    private static String failure(XMLSignature signature, DOMValidateContext context) throws XMLSignatureException {
        if (!signature.getSignatureValue().validate(context)) {
            return "the signature value does not verify";
        }
        for (Object item : signature.getSignedInfo().getReferences()) {
            Reference reference = (Reference) item;
            if (!reference.validate(context)) {
                return "the digest of reference \"" + reference.getURI() + "\" does not match";
            }
        }
        return "the signature does not verify";
    }

    /**
     * Declares every {@code Id} attribute an XML ID, so that references such as XAdES's to its SignedProperties
     * resolve without a schema; a value used twice would let a reference point at a decoy, so it is refused.
     */
    private static void registerIds(Element root) {
        Set<String> seen = new HashSet<>();
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            if (element.hasAttribute("Id")) {
                if (!seen.add(element.getAttribute("Id"))) {
                    throw new InvalidTrustException(
                            new TrustProblem.BadSignature("two elements share the Id " + "of a possible reference"));
                }
                element.setIdAttribute("Id", true);
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element next) {
                    pending.push(next);
                }
            }
        }
    }

    /** Selects the key of the KeyInfo certificate when it is one of the configured signers. */
    private final class SignerSelector extends KeySelector {
        private X509Certificate chosen;
        private String refused;

        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo != null) {
                for (Object content : keyInfo.getContent()) {
                    if (content instanceof X509Data data) {
                        for (Object item : data.getContent()) {
                            if (item instanceof X509Certificate certificate) {
                                if (signers.contains(certificate)) {
                                    chosen = certificate;
                                    return () -> certificate.getPublicKey();
                                }
                                refused = certificate.getSubjectX500Principal().getName();
                            }
                        }
                    }
                }
            }
            if (refused == null) {
                refused = "a key without certificate";
            }
            throw new KeySelectorException("the list is not signed by a configured signer");
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors still throw; nothing goes to stderr
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser supports secure processing", e);
        } catch (SAXParseException e) {
            // The reason in words and where (a refused DOCTYPE too), not the parser's exception name.
            throw new InvalidTrustException(new TrustProblem.NotXml(Reasons.of(e)), e);
        } catch (SAXException | IOException e) {
            throw new InvalidTrustException(new TrustProblem.NotXml("the XML parser could not read it"), e);
        }
    }

    static X509Certificate certificate(String base64) {
        try {
            return Certificates.parseDer(Base64.getMimeDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidTrustException(new TrustProblem.BadElement("X509Certificate", "not base64"));
        } catch (InvalidCertificateException e) {
            throw new InvalidTrustException(
                    new TrustProblem.BadCertificate("a ServiceDigitalIdentity", e.problem()), e);
        }
    }

    static Optional<Element> optionalChild(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() > 1) {
            throw new InvalidTrustException(new TrustProblem.BadElement(name, "appears more than once"));
        }
        return found.stream().findFirst();
    }

    static Element child(Element parent, String name) {
        return optionalChild(parent, name)
                .orElseThrow(() -> new InvalidTrustException(
                        new TrustProblem.BadElement(name, "missing in " + parent.getLocalName())));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element
                    && NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** Returns the text of the first child of that name (a localised element's first language). */
    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.isEmpty()) {
            throw new InvalidTrustException(new TrustProblem.BadElement(name, "missing in " + parent.getLocalName()));
        }
        String value = found.get(0).getTextContent().strip();
        if (value.isEmpty()) {
            throw new InvalidTrustException(new TrustProblem.BadElement(name, "empty"));
        }
        return value;
    }

    static long number(String text, String element) {
        try {
            long value = Long.parseLong(text);
            if (value < 1) {
                throw new InvalidTrustException(new TrustProblem.BadElement(element, "not positive"));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidTrustException(new TrustProblem.BadElement(element, "not a number"));
        }
    }

    static Instant instant(String text, String element) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidTrustException(new TrustProblem.BadElement(element, "not an xsd:dateTime with offset"));
        }
    }
}
