package io.tscns.auth.servlet;

import io.tscns.auth.proxy.AddressRange;
import io.tscns.auth.proxy.InvalidProxyConfigurationException;
import io.tscns.auth.proxy.ProxyCertificate;
import io.tscns.auth.proxy.TrustedProxyHeader;
import io.tscns.auth.validation.CertificateValidator;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CNS login for a Jakarta Servlet application (<i>autenticazione CNS in un'applicazione servlet</i>): the client
 * certificate comes from the container's TLS layer (the {@value #CERTIFICATE_ATTRIBUTE} request attribute) or, behind
 * a TLS-terminating proxy, from the proxy's header when the request comes from a trusted proxy address; the
 * certificate is then validated into a {@link Verdict}.
 *
 * <p>The Servlet API is an optional dependency of this module: only applications that use this class need it.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsRequestAuthenticator {

    /** The request attribute holding the client's certificate chain (Jakarta Servlet 6, §3.10). */
    public static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final CertificateValidator validator;
    private final Optional<TrustedProxyHeader> proxy;

    /**
     * Creates the authenticator.
     *
     * @param validator validates the certificate: a {@code CnsCertificateValidator}, or a {@code CnsLogin} that keeps
     *                  trust and revocation fresh
     * @param proxy     the trusted proxy's header, if the application runs behind one
     */
    public CnsRequestAuthenticator(CertificateValidator validator, Optional<TrustedProxyHeader> proxy) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.proxy = Objects.requireNonNull(proxy, "proxy");
    }

    /**
     * Authenticates a request.
     *
     * @param request the request
     * @return accepted with the identity, or rejected with the reasons (no certificate, an untrusted proxy header,
     *         an unreadable certificate, or the validator's reasons)
     */
    public Verdict authenticate(HttpServletRequest request) {
        RequestCertificate presented = certificate(request);
        if (presented instanceof RequestCertificate.Presented chain) {
            return validator.validate(chain.chain());
        }
        if (presented instanceof RequestCertificate.Refused refused) {
            return reject(refused.reason());
        }
        return reject(new RejectionReason.NoCertificate());
    }

    /**
     * Finds the request's certificate without validating it: the TLS session's chain, or else the trusted proxy's
     * header.
     *
     * @param request the request
     * @return the chain, a refusal (an untrusted proxy header, an unreadable certificate), or none
     */
    public RequestCertificate certificate(HttpServletRequest request) {
        Objects.requireNonNull(request, "request");
        Object attribute = request.getAttribute(CERTIFICATE_ATTRIBUTE);
        if (attribute instanceof X509Certificate[] chain && chain.length > 0) {
            return new RequestCertificate.Presented(List.of(chain));
        }
        if (proxy.isPresent()) {
            TrustedProxyHeader header = proxy.get();
            Optional<String> value = Optional.ofNullable(request.getHeader(header.headerName()));
            if (value.isEmpty() || value.get().isBlank()) {
                return new RequestCertificate.None();
            }
            InetAddress sender;
            try {
                // The TCP peer as a literal, never resolved (a null or a name would otherwise become an address).
                sender = AddressRange.parse(String.valueOf(request.getRemoteAddr()))
                        .network();
            } catch (InvalidProxyConfigurationException e) {
                return new RequestCertificate.Refused(
                        new RejectionReason.UntrustedProxy(String.valueOf(request.getRemoteAddr())));
            }
            ProxyCertificate forwarded = header.read(sender, value);
            if (forwarded instanceof ProxyCertificate.Present present) {
                return new RequestCertificate.Presented(List.of(present.certificate()));
            }
            if (forwarded instanceof ProxyCertificate.UntrustedSender untrusted) {
                return new RequestCertificate.Refused(
                        new RejectionReason.UntrustedProxy(untrusted.sender().getHostAddress()));
            }
            if (forwarded instanceof ProxyCertificate.Unreadable unreadable) {
                return new RequestCertificate.Refused(new RejectionReason.UnreadableCertificate(unreadable.problem()));
            }
        }
        return new RequestCertificate.None();
    }

    private static Verdict reject(RejectionReason reason) {
        return new Verdict.Rejected(List.of(reason));
    }
}
