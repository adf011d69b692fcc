package io.tscns.testpki;

/**
 * A fault an {@link OcspResponder} injects into its answers (<i>guasto simulato del risponditore OCSP</i>), so that
 * an OCSP client can be tested against each way a real responder lets it down. HTTP-level faults are
 * {@link HttpFault}s of the {@link RevocationHttpServer}.
 *
 * @since 0.1.0
 */
public enum OcspFault {
    /** Correct, signed answers. */
    NONE,
    /**
     * Signed by a key that is neither the CA's nor a delegated responder's: a self-signed certificate with the
     * expected responder's name but another key is included, so only a client that checks the signer's
     * authorisation notices.
     */
    WRONG_SIGNER,
    /** thisUpdate and nextUpdate both in the past: the answer expired a day ago. */
    STALE,
    /** One bit of the signature value flipped: the signature does not verify. */
    TAMPERED_SIGNATURE,
    /** The nonce extension echoes a different value from the request's (replay protection must reject it). */
    NONCE_MISMATCH,
    /** No nonce in the answer although the request had one. */
    NONCE_MISSING,
    /** responseStatus tryLater (3), no response bytes. */
    TRY_LATER,
    /** responseStatus internalError (2), no response bytes. */
    INTERNAL_ERROR,
    /** responseStatus unauthorized (6), no response bytes. */
    UNAUTHORIZED
}
