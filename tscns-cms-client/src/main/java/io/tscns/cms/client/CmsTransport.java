package io.tscns.cms.client;

/**
 * The seam between {@link CmsClient} and the network: one method that exchanges a request for a response. The
 * default implementation runs over {@code java.net.http.HttpClient} with the builder's TLS material and timeouts;
 * {@link LoggingTransport} decorates any transport with redacted debug logging.
 *
 * <p>An adapter for another CMS (a regional system with its own interface) implements this interface: it translates
 * tscns protocol requests into that system's calls and its answers back into protocol responses, and callers of
 * {@code CmsClient} do not change. Tests use it to inject faults.
 *
 * <p>Implementations must be thread-safe, must bound the response body they read, and must report failures only as
 * {@link CmsTransportException} with the right {@link CmsTransportException.Kind}, which decides whether the client
 * retries.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CmsTransport {

    /**
     * Sends a request and returns the response, whatever its status.
     *
     * @param request the request
     * @return the response
     * @throws CmsTransportException if no complete response was received
     */
    CmsHttpResponse exchange(CmsHttpRequest request);
}
