package io.tscns.cms.client;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decorates a {@link CmsTransport} with debug logging of each exchange: method, path (never the query, which may
 * hold an address), request id, status, body sizes and failures. Never a body, never the {@code Authorization}
 * header, so never a secret. Logs at {@code debug} on logger {@code io.tscns.cms.client.wire}. Thread-safe if the
 * delegate is.
 *
 * @since 0.1.0
 */
public final class LoggingTransport implements CmsTransport {

    private static final Logger LOG = LoggerFactory.getLogger("io.tscns.cms.client.wire");

    private final CmsTransport delegate;

    /**
     * Wraps a transport.
     *
     * @param delegate the transport that does the work
     */
    public LoggingTransport(CmsTransport delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public CmsHttpResponse exchange(CmsHttpRequest request) {
        String requestId = request.headers().getOrDefault("X-Request-Id", "-");
        LOG.debug(
                "CMS -> {} {} [request {}] {} bytes",
                request.method(),
                request.uri().getRawPath(),
                requestId,
                request.body().length);
        try {
            CmsHttpResponse response = delegate.exchange(request);
            LOG.debug(
                    "CMS <- {} {} [request {}] status {}, {} bytes{}",
                    request.method(),
                    request.uri().getRawPath(),
                    requestId,
                    response.status(),
                    response.body().length,
                    response.header("Idempotent-Replayed")
                            .map(v -> ", replayed")
                            .orElse(""));
            return response;
        } catch (CmsTransportException e) {
            LOG.debug(
                    "CMS <- {} {} [request {}] failed: {}",
                    request.method(),
                    request.uri().getRawPath(),
                    requestId,
                    e.kind());
            throw e;
        }
    }
}
