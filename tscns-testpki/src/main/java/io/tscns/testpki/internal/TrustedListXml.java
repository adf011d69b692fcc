package io.tscns.testpki.internal;

import io.tscns.testpki.ListOfTrustedListsSpec;
import io.tscns.testpki.TrustServiceProvider;
import io.tscns.testpki.TrustedListPointerSpec;
import io.tscns.testpki.TrustedListService;
import io.tscns.testpki.TrustedListSpec;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the DOM of an ETSI TS 119 612 trusted list (TrustServiceStatusList, namespace {@value #NAMESPACE}) from a
 * {@link TrustedListSpec}, with the elements in the schema's order. Addresses and URIs are fixed test placeholders
 * under the reserved {@code .invalid} domain.
 */
public final class TrustedListXml {

    /** The TSL namespace. */
    public static final String NAMESPACE = "http://uri.etsi.org/02231/v2#";
    /** The namespace of a pointer's MimeType. */
    public static final String ADDITIONAL_TYPES = "http://uri.etsi.org/02231/v2/additionaltypes#";
    /** The TSLType of a national list. */
    private static final String TYPE_NATIONAL = TrustedListPointerSpec.NATIONAL_TYPE;
    /** The TSLType of a list of trusted lists. */
    private static final String TYPE_LOTL = TrustedListPointerSpec.LOTL_TYPE;
    /** The Id of the root element. */
    public static final String LIST_ID = "tscns-test-tsl";

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String PLACEHOLDER_URI = "https://tsl.tscns-test.invalid/";

    private TrustedListXml() {}

    /**
     * Builds the unsigned document.
     *
     * @param spec the list's content
     * @return the document
     * @throws ParserConfigurationException if the JDK parser cannot be configured
     * @throws CertificateEncodingException if a certificate cannot be encoded
     */
    public static Document build(TrustedListSpec spec)
            throws ParserConfigurationException, CertificateEncodingException {
        Document document = XmlDocuments.newDocument();
        Element root = root(document);
        Element scheme = schemeInformation(
                root,
                spec.sequenceNumber(),
                TYPE_NATIONAL,
                spec.schemeOperatorName(),
                spec.territory(),
                List.of(PLACEHOLDER_URI + "scheme"));
        text(scheme, "ListIssueDateTime", dateTime(spec.issued()));
        text(child(scheme, "NextUpdate"), "dateTime", dateTime(spec.nextUpdate()));

        Element providers = child(root, "TrustServiceProviderList");
        for (TrustServiceProvider provider : spec.providers()) {
            Element tsp = child(providers, "TrustServiceProvider");
            Element information = child(tsp, "TSPInformation");
            localised(child(information, "TSPName"), "Name", provider.name());
            address(child(information, "TSPAddress"), spec.territory());
            localised(child(information, "TSPInformationURI"), "URI", PLACEHOLDER_URI + "tsp");
            Element services = child(tsp, "TSPServices");
            for (TrustedListService service : provider.services()) {
                services.appendChild(service(document, service));
            }
        }
        return document;
    }

    /**
     * Builds the unsigned document of a list of trusted lists: its pivots in SchemeInformationURI after the
     * scheme's information page, its pointers in PointersToOtherTSL, no providers.
     *
     * @param spec the list's content
     * @return the document
     * @throws ParserConfigurationException if the JDK parser cannot be configured
     * @throws CertificateEncodingException if a certificate cannot be encoded
     */
    public static Document buildLotl(ListOfTrustedListsSpec spec)
            throws ParserConfigurationException, CertificateEncodingException {
        Document document = XmlDocuments.newDocument();
        Element root = root(document);
        List<String> uris = new ArrayList<>();
        uris.add(PLACEHOLDER_URI + "lotl");
        spec.pivots().forEach(pivot -> uris.add(pivot.toString()));
        Element scheme = schemeInformation(
                root,
                spec.sequenceNumber(),
                TYPE_LOTL,
                "tscns Test Commission (simulating the European Commission)",
                "EU",
                uris);
        Element pointers = child(scheme, "PointersToOtherTSL");
        for (TrustedListPointerSpec pointer : spec.pointers()) {
            Element element = child(pointers, "OtherTSLPointer");
            Element identities = child(element, "ServiceDigitalIdentities");
            for (X509Certificate signer : pointer.signers()) {
                text(
                        child(child(identities, "ServiceDigitalIdentity"), "DigitalId"),
                        "X509Certificate",
                        Base64.getEncoder().encodeToString(signer.getEncoded()));
            }
            text(element, "TSLLocation", pointer.location().toString());
            Element additional = child(element, "AdditionalInformation");
            text(child(additional, "OtherInformation"), "TSLType", pointer.tslType());
            text(child(additional, "OtherInformation"), "SchemeTerritory", pointer.territory());
            Element mime = document.createElementNS(ADDITIONAL_TYPES, "MimeType");
            mime.setTextContent(TrustedListPointerSpec.XML_MIME_TYPE);
            child(additional, "OtherInformation").appendChild(mime);
        }
        text(scheme, "ListIssueDateTime", dateTime(spec.issued()));
        text(child(scheme, "NextUpdate"), "dateTime", dateTime(spec.nextUpdate()));
        return document;
    }

    private static Element root(Document document) {
        Element root = document.createElementNS(NAMESPACE, "TrustServiceStatusList");
        root.setAttribute("TSLTag", "http://uri.etsi.org/19612/TSLTag");
        root.setAttribute("Id", LIST_ID);
        root.setIdAttribute("Id", true);
        document.appendChild(root);
        return root;
    }

    /** The scheme information up to HistoricalInformationPeriod; the caller adds what follows. */
    private static Element schemeInformation(
            Element root,
            long sequenceNumber,
            String type,
            String operator,
            String territory,
            List<String> informationUris) {
        Element scheme = child(root, "SchemeInformation");
        text(scheme, "TSLVersionIdentifier", "5");
        text(scheme, "TSLSequenceNumber", Long.toString(sequenceNumber));
        text(scheme, "TSLType", type);
        localised(child(scheme, "SchemeOperatorName"), "Name", operator);
        address(child(scheme, "SchemeOperatorAddress"), territory);
        localised(
                child(scheme, "SchemeName"),
                "Name",
                territory + ":Test trusted list generated by tscns (not an official list)");
        Element uris = child(scheme, "SchemeInformationURI");
        for (String uri : informationUris) {
            localised(uris, "URI", uri);
        }
        text(scheme, "StatusDeterminationApproach", "http://uri.etsi.org/TrstSvc/TrustedList/StatusDetn/EUappropriate");
        localised(
                child(scheme, "SchemeTypeCommunityRules"),
                "URI",
                "http://uri.etsi.org/TrstSvc/TrustedList/schemerules/EUcommon");
        text(scheme, "SchemeTerritory", territory);
        localised(
                child(scheme, "PolicyOrLegalNotice"),
                "TSLLegalNotice",
                "Test material generated by the tscns test kit. It confers no trust.");
        text(scheme, "HistoricalInformationPeriod", "65535");
        return scheme;
    }

    /**
     * Builds one TSPService element, for the list or for a tampering test that injects a rogue service.
     *
     * @param document the owner document
     * @param service  the service
     * @return the element, not yet attached
     * @throws CertificateEncodingException if the certificate cannot be encoded
     */
    public static Element service(Document document, TrustedListService service) throws CertificateEncodingException {
        Element element = document.createElementNS(NAMESPACE, "TSPService");
        Element information = child(element, "ServiceInformation");
        text(information, "ServiceTypeIdentifier", service.serviceType());
        localised(child(information, "ServiceName"), "Name", service.name());
        text(
                child(child(information, "ServiceDigitalIdentity"), "DigitalId"),
                "X509Certificate",
                Base64.getEncoder().encodeToString(service.certificate().getEncoded()));
        text(information, "ServiceStatus", service.status());
        text(information, "StatusStartingTime", dateTime(service.statusStartingTime()));
        return element;
    }

    private static void address(Element parent, String territory) {
        Element postal = child(child(parent, "PostalAddresses"), "PostalAddress");
        postal.setAttributeNS(XML_NAMESPACE, "xml:lang", "en");
        text(postal, "StreetAddress", "Via di Prova 1");
        text(postal, "Locality", "Roma");
        text(postal, "PostalCode", "00100");
        text(postal, "CountryName", territory);
        localised(child(parent, "ElectronicAddress"), "URI", "mailto:tsl@tscns-test.invalid");
    }

    private static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        parent.appendChild(element);
        return element;
    }

    private static void text(Element parent, String name, String value) {
        child(parent, name).setTextContent(value);
    }

    private static void localised(Element parent, String name, String value) {
        Element element = child(parent, name);
        element.setAttributeNS(XML_NAMESPACE, "xml:lang", "en");
        element.setTextContent(value);
    }

    private static String dateTime(Instant instant) {
        return instant.toString();
    }
}
