package io.tscns.auth.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * How revocation data is fetched (<i>trasporto dei dati di revoca</i>): a CRL by GET, an OCSP request by POST
 * (RFC 6960 Appendix A). {@link HttpRevocationTransport} is the HTTP implementation; tests and callers with their
 * own HTTP stack supply another.
 *
 * @since 0.1.0
 */
public interface RevocationTransport {

    /**
     * Opens a CRL for streaming.
     *
     * @param location the CRL distribution point URL
     * @return the body, which the caller closes
     * @throws IOException if the fetch fails or the server answers an error
     */
    InputStream get(URI location) throws IOException;

    /**
     * Sends an OCSP request.
     *
     * @param location the responder URL
     * @param request  the DER OCSPRequest
     * @return the DER OCSPResponse
     * @throws IOException if the exchange fails, the server answers an error, or the answer is too large
     */
    byte[] postOcsp(URI location, byte[] request) throws IOException;
}
