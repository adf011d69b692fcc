package io.tscns.testpki;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * One pointer of a test list of trusted lists (<i>puntatore della LOTL di prova</i>, ETSI TS 119 612
 * {@code OtherTSLPointer}): a list's location, territory and type, and the certificates allowed to sign it.
 *
 * @param territory the SchemeTerritory, e.g. {@code IT}, or {@code EU} for the LOTL's pointer to itself
 * @param tslType   the TSLType URI, {@link #NATIONAL_TYPE} or {@link #LOTL_TYPE}
 * @param location  the TSLLocation
 * @param signers   the certificates allowed to sign the list (at least one)
 * @since 0.1.0
 */
public record TrustedListPointerSpec(String territory, String tslType, URI location, List<X509Certificate> signers) {

    /** The TSLType of a national (EU generic) trusted list. */
    public static final String NATIONAL_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric";
    /** The TSLType of the list of trusted lists. */
    public static final String LOTL_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists";
    /** The MimeType of an XML trusted list. */
    public static final String XML_MIME_TYPE = "application/vnd.etsi.tsl+xml";

    /**
     * Checks and copies the fields.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a text is blank or no signer is
     *                          given
     */
    public TrustedListPointerSpec {
        Checks.requireText(territory, "territory");
        Checks.requireText(tslType, "tslType");
        Objects.requireNonNull(location, "location");
        signers = List.copyOf(signers);
        if (signers.isEmpty()) {
            throw TestPkiException.invalid("a trusted-list pointer needs at least one signer");
        }
    }

    /**
     * Returns a pointer to a national XML list.
     *
     * @param territory e.g. {@code IT}
     * @param location  where the list is published
     * @param signers   the certificates allowed to sign it
     * @return the pointer
     */
    public static TrustedListPointerSpec national(String territory, URI location, List<X509Certificate> signers) {
        return new TrustedListPointerSpec(territory, NATIONAL_TYPE, location, signers);
    }

    /**
     * Returns the LOTL's pointer to itself, which announces the LOTL's signers.
     *
     * @param location where the LOTL is published
     * @param signers  the certificates allowed to sign the LOTL
     * @return the pointer
     */
    public static TrustedListPointerSpec lotl(URI location, List<X509Certificate> signers) {
        return new TrustedListPointerSpec("EU", LOTL_TYPE, location, signers);
    }
}
