package io.tscns.auth.proxy;

import io.tscns.auth.cert.InvalidCertificateException;
import io.tscns.auth.internal.CertificateHeaders;
import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the client certificate a TLS-terminating reverse proxy forwards in a header (<i>intestazione del proxy</i>),
 * in one of the {@link CertificateHeaderFormat}s: nginx's {@code $ssl_client_escaped_cert}, Apache's
 * {@code SSL_CLIENT_CERT}, Envoy's {@code x-forwarded-client-cert}, or base64 DER (Traefik, load balancers). The
 * header is believed only when the request's TCP peer is in one of the configured trusted-proxy ranges: from
 * anywhere else it could have been written by the client itself, so it is ignored (and logged at warn level, since
 * it is either a misconfiguration or an attack).
 *
 * <p>The proxy must verify the client certificate's chain itself or pass it with
 * {@code ssl_verify_client optional_no_ca}; either way the application validates it again with
 * {@code CnsCertificateValidator}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustedProxyHeader {

    /** The longest header value read: an escaped PEM of the largest certificate accepted. */
    public static final int MAX_HEADER_LENGTH = CertificateHeaders.MAX_HEADER_LENGTH;

    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxyHeader.class);

    private final String headerName;
    private final CertificateHeaderFormat format;
    private final List<AddressRange> proxies;

    /**
     * Creates the reader.
     *
     * @param headerName the header the proxy sets, e.g. {@code X-SSL-Client-Cert}
     * @param format     how the proxy writes the certificate
     * @param proxies    the address ranges the trusted proxies connect from (at least one)
     */
    public TrustedProxyHeader(String headerName, CertificateHeaderFormat format, Collection<AddressRange> proxies) {
        this.headerName = Objects.requireNonNull(headerName, "headerName");
        this.format = Objects.requireNonNull(format, "format");
        this.proxies = List.copyOf(proxies);
        if (this.proxies.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted proxy address is needed");
        }
    }

    /**
     * Creates a reader of a PEM header ({@link CertificateHeaderFormat#PEM}, e.g. nginx's
     * {@code $ssl_client_escaped_cert}) from proxies at exact addresses.
     *
     * @param headerName the header the proxy sets, e.g. {@code X-SSL-Client-Cert}
     * @param proxies    the addresses of the trusted proxies
     */
    public TrustedProxyHeader(String headerName, Set<InetAddress> proxies) {
        this(
                headerName,
                CertificateHeaderFormat.PEM,
                proxies.stream().map(AddressRange::of).toList());
    }

    /**
     * Returns the header's name.
     *
     * @return the name
     */
    public String headerName() {
        return headerName;
    }

    /**
     * Returns the header's format.
     *
     * @return the format
     */
    public CertificateHeaderFormat format() {
        return format;
    }

    /**
     * Returns the trusted proxies' address ranges.
     *
     * @return the ranges, unmodifiable
     */
    public List<AddressRange> proxies() {
        return proxies;
    }

    /**
     * Tells whether an address belongs to a trusted proxy.
     *
     * @param sender a request's TCP peer
     * @return {@code true} if it is in one of the ranges
     */
    public boolean isTrusted(InetAddress sender) {
        Objects.requireNonNull(sender, "sender");
        return proxies.stream().anyMatch(range -> range.contains(sender));
    }

    /**
     * Reads the certificate from a request.
     *
     * @param sender      the address the request came from (the TCP peer, never a forwarded-for header)
     * @param headerValue the header's value, if present
     * @return the certificate, or why there is none
     */
    public ProxyCertificate read(InetAddress sender, Optional<String> headerValue) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(headerValue, "headerValue");
        if (headerValue.isEmpty() || headerValue.get().isBlank()) {
            return new ProxyCertificate.Absent();
        }
        if (!isTrusted(sender)) {
            LOG.warn(
                    "ignored the {} header of a request from {}, which is not a trusted proxy",
                    headerName,
                    sender.getHostAddress());
            return new ProxyCertificate.UntrustedSender(sender);
        }
        try {
            return new ProxyCertificate.Present(CertificateHeaders.decode(format, headerValue.get()));
        } catch (InvalidCertificateException e) {
            return new ProxyCertificate.Unreadable(e.problem());
        }
    }

    @Override
    public String toString() {
        return "TrustedProxyHeader[" + headerName + ", " + format + ", from " + proxies + "]";
    }
}
