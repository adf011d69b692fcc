package io.tscns.auth.trust;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the EU list of trusted lists (<i>lista delle liste di fiducia</i>, LOTL) from bytes the caller fetched,
 * accepting it only if it is signed by one of the configured LOTL signers; the XML and the signature are checked
 * exactly as {@link TrustedListReader} checks a national list. Pivot LOTLs are read with the same class, each with
 * the signers the previous one announced ({@link TrustedListResolver}).
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class ListOfTrustedListsReader {

    /** The namespace of the MimeType element of a pointer's additional information. */
    public static final String ADDITIONAL_TYPES = "http://uri.etsi.org/02231/v2/additionaltypes#";

    private final TrustedListReader reader;

    /**
     * Creates a reader.
     *
     * @param signers the certificates allowed to sign the LOTL (at least one): those the Official Journal published,
     *                or those the previous pivot announced
     * @param clock   the clock against which the list's NextUpdate is checked
     * @param grace   how long after NextUpdate the list is still accepted
     */
    public ListOfTrustedListsReader(Set<X509Certificate> signers, Clock clock, Duration grace) {
        this.reader = new TrustedListReader(signers, clock, grace);
    }

    /**
     * Reads and verifies a LOTL.
     *
     * @param xml the document
     * @return the list
     * @throws InvalidTrustException as {@link TrustedListReader#read(byte[])}, and with
     *                               {@link TrustProblem.BadElement} if the TSLType is not a list of trusted lists or
     *                               a pointer is incomplete
     */
    public ListOfTrustedLists read(byte[] xml) {
        TrustedListReader.Verified verified = reader.verify(xml);
        Element scheme = verified.scheme();
        String type = TrustedListReader.text(scheme, "TSLType");
        if (!type.endsWith(ListOfTrustedLists.LOTL_TYPE_SUFFIX)) {
            throw new InvalidTrustException(new TrustProblem.BadElement("TSLType", "not a list of trusted lists"));
        }
        List<TrustedListPointer> pointers = new ArrayList<>();
        Optional<Element> all = TrustedListReader.optionalChild(scheme, "PointersToOtherTSL");
        if (all.isPresent()) {
            for (Element pointer : TrustedListReader.children(all.get(), "OtherTSLPointer")) {
                pointers.add(pointer(pointer));
            }
        }
        return new ListOfTrustedLists(
                verified.sequence(),
                verified.issued(),
                verified.nextUpdate(),
                pivots(scheme),
                pointers,
                verified.signer());
    }

    /**
     * Returns the pivot LOTL locations a LOTL lists, without verifying its signature: a relying party needs them to
     * learn the signers of the very LOTL it has fetched, and each pivot is verified in turn.
     *
     * @param xml the LOTL
     * @return the pivot locations, in the list's order (newest first)
     * @throws InvalidTrustException if the XML is refused or has no SchemeInformation
     */
    public static List<URI> pivotsOf(byte[] xml) {
        if (xml.length > TrustedListReader.MAX_BYTES) {
            throw new InvalidTrustException(
                    new TrustProblem.NotXml("larger than " + TrustedListReader.MAX_BYTES + " bytes"));
        }
        Document document = TrustedListReader.parse(xml);
        return pivots(TrustedListReader.child(document.getDocumentElement(), "SchemeInformation"));
    }

    /** The SchemeInformationURI values that name an XML document: the pivot LOTLs ({@code docs/cms.md §6.6}). */
    private static List<URI> pivots(Element scheme) {
        List<URI> pivots = new ArrayList<>();
        Optional<Element> uris = TrustedListReader.optionalChild(scheme, "SchemeInformationURI");
        if (uris.isPresent()) {
            for (Element uri : TrustedListReader.children(uris.get(), "URI")) {
                String text = uri.getTextContent().strip();
                if (text.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    pivots.add(uri(text, "SchemeInformationURI"));
                }
            }
        }
        return pivots;
    }

    private static TrustedListPointer pointer(Element pointer) {
        List<X509Certificate> signers = new ArrayList<>();
        Element identities = TrustedListReader.child(pointer, "ServiceDigitalIdentities");
        for (Element identity : TrustedListReader.children(identities, "ServiceDigitalIdentity")) {
            for (Element digitalId : TrustedListReader.children(identity, "DigitalId")) {
                for (Element value : TrustedListReader.children(digitalId, "X509Certificate")) {
                    signers.add(TrustedListReader.certificate(value.getTextContent()));
                }
            }
        }
        if (signers.isEmpty()) {
            throw new InvalidTrustException(
                    new TrustProblem.BadElement("ServiceDigitalIdentities", "a pointer names no signer certificate"));
        }
        URI location = uri(TrustedListReader.text(pointer, "TSLLocation"), "TSLLocation");
        String territory = "";
        String type = "";
        String mimeType = "";
        Element additional = TrustedListReader.child(pointer, "AdditionalInformation");
        for (Element other : TrustedListReader.children(additional, "OtherInformation")) {
            for (Node node = other.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    String value = element.getTextContent().strip();
                    switch (element.getLocalName()) {
                        case "SchemeTerritory" -> territory = value;
                        case "TSLType" -> type = value;
                        case "MimeType" -> mimeType = value;
                        default -> {
                            // SchemeOperatorName, SchemeTypeCommunityRules and the like: not needed here.
                        }
                    }
                }
            }
        }
        if (territory.isEmpty() || type.isEmpty()) {
            throw new InvalidTrustException(new TrustProblem.BadElement(
                    "AdditionalInformation", "a pointer lacks its SchemeTerritory or TSLType"));
        }
        return new TrustedListPointer(territory, type, mimeType, location, signers);
    }

    private static URI uri(String text, String element) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                throw new InvalidTrustException(new TrustProblem.BadElement(element, "not an absolute URI"));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidTrustException(new TrustProblem.BadElement(element, "not a URI"));
        }
    }
}
