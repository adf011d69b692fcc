package io.tscns.auth.proxy;

/**
 * How a TLS-terminating reverse proxy writes the client's certificate into a request header (<i>formato
 * dell'intestazione</i>). Each constant names the products that use it; every format is read strictly, bounded in
 * length, and yields the holder's certificate (the first of a forwarded chain).
 *
 * @since 0.1.0
 */
public enum CertificateHeaderFormat {

    /**
     * The PEM certificate, either percent-escaped or with its line breaks folded into spaces or tabs; a chain of PEM
     * blocks starts with the holder's: nginx's {@code $ssl_client_escaped_cert} (and the older
     * {@code $ssl_client_cert}), Apache mod_ssl's {@code SSL_CLIENT_CERT} forwarded with mod_headers
     * ({@code RequestHeader set X-SSL-Client-Cert "%{SSL_CLIENT_CERT}s"}), the URL-encoded PEM of AWS Application
     * Load Balancer's mutual TLS headers ({@code docs/cms.md §6.7}).
     */
    PEM,

    /**
     * Envoy's {@code x-forwarded-client-cert} (XFCC): semicolon-separated {@code key=value} pairs, values optionally
     * in double quotes, the certificate in the {@code Cert} key as a percent-escaped PEM. Exactly one element is
     * accepted (Envoy's {@code SANITIZE_SET}); a header listing several hops is refused as ambiguous.
     */
    ENVOY_XFCC,

    /**
     * The DER certificate in base64, without PEM lines, optionally percent-escaped; a comma-separated chain starts
     * with the holder's certificate: Traefik's {@code X-Forwarded-Tls-Client-Cert} ({@code passTLSClientCert} with
     * {@code pem: true}) and load balancers that forward the raw certificate ({@code docs/cms.md §6.7}).
     */
    BASE64_DER
}
