package io.tscns.auth.proxy;

import io.tscns.auth.cert.CertificateProblem;
import io.tscns.auth.cert.Certificates;
import io.tscns.auth.cert.InvalidCertificateException;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the client certificate a TLS-terminating reverse proxy forwards in a header (<i>intestazione del proxy</i>):
 * nginx's {@code $ssl_client_escaped_cert} (the PEM, percent-encoded) or a plain PEM with its line breaks replaced by
 * spaces or tabs. The header is believed only when the request comes from one of the configured proxy addresses:
 * from anywhere else it could have been written by the client itself.
 *
 * <p>The proxy must verify the client certificate's chain itself or pass it with
 * {@code ssl_verify_client optional_no_ca}; either way the application validates it again with
 * {@code CnsCertificateValidator}. Immutable and thread-safe.
 */
public final class TrustedProxyHeader {

    /** The longest header value read: an escaped PEM of the largest certificate accepted. */
    public static final int MAX_HEADER_LENGTH = 3 * 2 * Certificates.MAX_CERTIFICATE_BYTES;

    private final String headerName;
    private final Set<InetAddress> proxies;

    /**
     * Creates the reader.
     *
     * @param headerName the header the proxy sets, e.g. {@code X-SSL-Client-Cert}
     * @param proxies    the addresses of the trusted proxies
     */
    public TrustedProxyHeader(String headerName, Set<InetAddress> proxies) {
        this.headerName = Objects.requireNonNull(headerName, "headerName");
        this.proxies = Set.copyOf(proxies);
        if (this.proxies.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted proxy address is needed");
        }
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
        if (!proxies.contains(sender)) {
            return new ProxyCertificate.UntrustedSender(sender);
        }
        String value = headerValue.get();
        if (value.length() > MAX_HEADER_LENGTH) {
            return new ProxyCertificate.Unreadable(new CertificateProblem.TooLarge(value.length(), MAX_HEADER_LENGTH));
        }
        Optional<String> pem = percentDecode(value.strip());
        if (pem.isEmpty()) {
            return new ProxyCertificate.Unreadable(new CertificateProblem.NotPem("a broken percent escape"));
        }
        try {
            return new ProxyCertificate.Present(Certificates.parsePem(pem.get()));
        } catch (InvalidCertificateException e) {
            return new ProxyCertificate.Unreadable(e.problem());
        }
    }

    /** Decodes {@code %XX} escapes; a {@code +} stays a {@code +} (it is a base64 character, not a space). */
    private static Optional<String> percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        byte[] out = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                out[n++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c > 0x7F) {
                return Optional.empty();
            } else {
                out[n++] = (byte) c;
            }
        }
        return Optional.of(new String(out, 0, n, StandardCharsets.US_ASCII));
    }
}
