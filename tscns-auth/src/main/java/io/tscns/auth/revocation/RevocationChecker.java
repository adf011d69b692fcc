package io.tscns.auth.revocation;

import java.security.cert.X509Certificate;

/**
 * A source of revocation status (<i>verifica dello stato di revoca</i>): a CRL cache, an OCSP client, or several in
 * turn. Implementations never throw for unavailable or bad data: they answer {@link RevocationStatus.Unknown} with
 * the reason.
 *
 * @since 0.1.0
 */
public interface RevocationChecker {

    /**
     * Establishes a certificate's revocation status.
     *
     * @param certificate the certificate
     * @param issuer      the certificate of the CA that issued it (already validated)
     * @return the status
     */
    RevocationStatus check(X509Certificate certificate, X509Certificate issuer);

    /**
     * Returns a checker that asks this one and, when its answer is unknown, the other: e.g. the CRL, then OCSP.
     *
     * @param fallback the checker asked second
     * @return the combined checker; if both are unknown, the answer is the first's
     */
    default RevocationChecker orElse(RevocationChecker fallback) {
        return (certificate, issuer) -> {
            RevocationStatus first = check(certificate, issuer);
            if (!(first instanceof RevocationStatus.Unknown)) {
                return first;
            }
            RevocationStatus second = fallback.check(certificate, issuer);
            return second instanceof RevocationStatus.Unknown ? first : second;
        };
    }
}
