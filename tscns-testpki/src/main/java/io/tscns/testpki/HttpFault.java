package io.tscns.testpki;

/**
 * A fault the {@link RevocationHttpServer} injects at the HTTP level (<i>guasto simulato del server HTTP</i>) on one
 * endpoint, whatever the OCSP responder or CRL behind it would answer.
 *
 * @since 0.1.0
 */
public enum HttpFault {
    /** Normal answers. */
    NONE,
    /** HTTP 500 with an empty body. */
    SERVER_ERROR,
    /** HTTP 200 with the right content type and a body that is not DER. */
    MALFORMED_BODY,
    /** HTTP 200 with the first half of the real body. */
    TRUNCATED_BODY,
    /**
     * HTTP 200 announcing the whole body, then its first half, then nothing until the server closes: a download that
     * stalls, which only a deadline on the whole download ends.
     */
    STALLED_BODY
}
