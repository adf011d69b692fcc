package io.tscns.auth.internal;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The CRL extensions (RFC 5280 §5.2) the reader processes: cRLNumber, deltaCRLIndicator and issuingDistributionPoint;
 * authorityKeyIdentifier, freshestCRL, expiredCertsOnCRL and authorityInfoAccess are checked for form and ignored; an
 * unknown critical extension refuses the CRL, as do the features not supported (indirect CRLs, CRLs partitioned by
 * reason, attribute-certificate CRLs).
 */
final class CrlExtensions {

    private static final String OID_CRL_NUMBER = "2.5.29.20";
    private static final String OID_DELTA_CRL_INDICATOR = "2.5.29.27";
    private static final String OID_ISSUING_DISTRIBUTION_POINT = "2.5.29.28";
    private static final Set<String> IGNORED_CRL_EXTENSIONS = Set.of(
            "2.5.29.35", // authorityKeyIdentifier
            "2.5.29.46", // freshestCRL
            "2.5.29.60", // expiredCertsOnCRL
            "1.3.6.1.5.5.7.1.1"); // authorityInfoAccess

    /** The cRLNumber, if present. */
    Optional<BigInteger> crlNumber = Optional.empty();
    /** The deltaCRLIndicator's base CRL number, for a delta CRL. */
    Optional<BigInteger> deltaBase = Optional.empty();
    /** Whether an issuingDistributionPoint limits the CRL to CA certificates. */
    boolean onlyCa;

    /**
     * Reads the Extensions SEQUENCE's content.
     *
     * @param list a reader over the extensions
     */
    void read(DerReader list) {
        Set<String> seen = new HashSet<>();
        while (list.hasMore()) {
            long at = list.offset();
            DerReader extension = list.enter(Der.SEQUENCE, "CRL extension");
            String oid = Oids.dotted(extension.content(Der.OID, "extnID"), at);
            boolean critical = extension.peekTag() == Der.BOOLEAN && extension.readBoolean("critical");
            byte[] value = extension.content(Der.OCTET_STRING, "extnValue");
            long valueAt = extension.offset() - value.length; // the first content byte: offsets inside count from it
            extension.expectEnd("CRL extension");
            if (!seen.add(oid)) {
                throw DerException.malformed(at, "CRL extension " + oid + " appears twice");
            }
            DerReader inner = DerReader.of(value, valueAt);
            switch (oid) {
                case OID_CRL_NUMBER -> crlNumber = Optional.of(number(inner, "cRLNumber"));
                case OID_DELTA_CRL_INDICATOR -> deltaBase = Optional.of(number(inner, "deltaCRLIndicator"));
                case OID_ISSUING_DISTRIBUTION_POINT -> issuingDistributionPoint(inner);
                default -> {
                    if (IGNORED_CRL_EXTENSIONS.contains(oid)) {
                        inner.skipChecked(oid);
                        inner.expectEnd(oid);
                    } else if (critical) {
                        throw new CrlFailure(CrlFailure.Kind.UNKNOWN_CRITICAL_EXTENSION, "", oid);
                    }
                }
            }
        }
    }

    private static BigInteger number(DerReader inner, String what) {
        long at = inner.offset();
        byte[] value = inner.readInteger(20, what);
        inner.expectEnd(what);
        BigInteger number = new BigInteger(value);
        if (number.signum() < 0) {
            throw DerException.malformed(at, what + " is negative");
        }
        return number;
    }

    private void issuingDistributionPoint(DerReader inner) {
        DerReader idp = inner.enter(Der.SEQUENCE, "issuingDistributionPoint");
        inner.expectEnd("issuingDistributionPoint");
        if (idp.peekTag() == 0xA0) {
            idp.skipChecked("distributionPoint");
        }
        flag(idp, 0x81, "onlyContainsUserCerts"); // covers end entities, as a full CRL does
        onlyCa = flag(idp, 0x82, "onlyContainsCACerts");
        if (idp.peekTag() == 0x83) {
            throw new CrlFailure(
                    CrlFailure.Kind.UNSUPPORTED_FEATURE, "", "onlySomeReasons (a CRL " + "partitioned by reason)");
        }
        if (flag(idp, 0x84, "indirectCRL")) {
            throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_FEATURE, "", "indirectCRL");
        }
        if (flag(idp, 0x85, "onlyContainsAttributeCerts")) {
            throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_FEATURE, "", "onlyContainsAttributeCerts");
        }
        idp.expectEnd("issuingDistributionPoint");
    }

    private static boolean flag(DerReader idp, int tag, String what) {
        if (idp.peekTag() != tag) {
            return false;
        }
        long at = idp.offset();
        byte[] value = idp.content(tag, what);
        if (value.length != 1 || (value[0] != 0 && value[0] != (byte) 0xFF)) {
            throw DerException.malformed(at, what + " is not a DER BOOLEAN");
        }
        return value[0] != 0;
    }
}
