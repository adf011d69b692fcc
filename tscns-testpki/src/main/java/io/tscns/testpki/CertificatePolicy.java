package io.tscns.testpki;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a certificate's certificatePolicies extension (<i>politica di certificazione</i>, RFC 5280
 * §4.2.1.4): a policy OID with, optionally, a CPS pointer qualifier and a user-notice qualifier whose explicitText
 * is encoded as a UTF8String.
 *
 * <p>A CNS authentication certificate carries two entries ({@code docs/card.md §6}): the issuing CA's own CP OID with
 * its CPS URI, and {@value #CNS_OID} with the fixed explicitText {@value #CNS_NOTICE_TEXT}. CIE certificates use
 * {@value #CIE_OID}; Lombardy CRS cards {@value #LOMBARDY_CRS_OID} or {@value #LOMBARDY_CRS_AGID_OID}, which the
 * AgID profile declares equivalent ({@code docs/cms.md §6.3}).
 *
 * @param oid            the policy OID in dotted form
 * @param cpsUri         the CPS pointer qualifier, if any
 * @param userNoticeText the user notice's explicitText, if any (1 to 200 characters)
 * @since 0.1.0
 */
public record CertificatePolicy(String oid, Optional<URI> cpsUri, Optional<String> userNoticeText) {

    /** The CNS authentication policy {iso(1) org(3) uninfo(76) agid(16) authentication(2) cns(1)}. */
    public static final String CNS_OID = "1.3.76.16.2.1";
    /** The CIE (electronic identity card) authentication policy. */
    public static final String CIE_OID = "1.3.76.47.4";
    /** A Lombardy CRS/SISS policy. */
    public static final String LOMBARDY_CRS_OID = "1.3.159.6.1.3.2.10";
    /** The other Lombardy CRS/SISS policy, declared equivalent to {@link #LOMBARDY_CRS_OID} by AgID. */
    public static final String LOMBARDY_CRS_AGID_OID = "1.3.76.12.1.1.10.2.2.10";
    /** The anyPolicy OID (RFC 5280 §4.2.1.4), asserted by the test CAs' own certificates. */
    public static final String ANY_POLICY_OID = "2.5.29.32.0";
    /** The explicitText that the AgID profile fixes for {@link #CNS_OID}. */
    public static final String CNS_NOTICE_TEXT = "Identifies X.509 authentication certificates issued for the "
            + "italian National Service Card (CNS) project in according to the italian regulation";

    private static final int MAX_EXPLICIT_TEXT = 200;

    /**
     * Checks the OID's shape and the explicitText's length.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the OID is not in dotted form or
     *                          the text is empty or longer than 200 characters (RFC 5280's DisplayText bound)
     */
    public CertificatePolicy {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(cpsUri, "cpsUri");
        Objects.requireNonNull(userNoticeText, "userNoticeText");
        Checks.requireOid(oid, "policy OID");
        userNoticeText.ifPresent(text -> {
            if (text.isEmpty() || text.length() > MAX_EXPLICIT_TEXT) {
                throw TestPkiException.invalid("user notice explicitText must have 1 to " + MAX_EXPLICIT_TEXT
                        + " characters, found " + text.length());
            }
        });
    }

    /**
     * Returns a policy with no qualifiers.
     *
     * @param oid the policy OID
     * @return the policy
     */
    public static CertificatePolicy of(String oid) {
        return new CertificatePolicy(oid, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a policy with a CPS pointer, as a CA's own CP entry in a CNS certificate.
     *
     * @param oid    the policy OID
     * @param cpsUri where the certification practice statement is published
     * @return the policy
     */
    public static CertificatePolicy withCps(String oid, URI cpsUri) {
        return new CertificatePolicy(oid, Optional.of(cpsUri), Optional.empty());
    }

    /**
     * Returns the CNS policy {@value #CNS_OID} with its fixed user notice.
     *
     * @return the policy
     */
    public static CertificatePolicy cns() {
        return new CertificatePolicy(CNS_OID, Optional.empty(), Optional.of(CNS_NOTICE_TEXT));
    }

    /**
     * Returns the CIE policy {@value #CIE_OID}, without qualifiers.
     *
     * @return the policy
     */
    public static CertificatePolicy cie() {
        return of(CIE_OID);
    }

    /**
     * Returns the anyPolicy entry.
     *
     * @return the policy
     */
    public static CertificatePolicy anyPolicy() {
        return of(ANY_POLICY_OID);
    }
}
