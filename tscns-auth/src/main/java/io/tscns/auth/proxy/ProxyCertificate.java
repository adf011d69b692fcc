package io.tscns.auth.proxy;

import io.tscns.auth.cert.CertificateProblem;
import java.net.InetAddress;
import java.security.cert.X509Certificate;

/**
 * What a request's reverse-proxy certificate header yielded (<i>certificato inoltrato dal proxy</i>).
 *
 * @since 0.1.0
 */
public sealed interface ProxyCertificate {

    /**
     * A trusted proxy forwarded a readable certificate.
     *
     * @param certificate the client's certificate
     */
    record Present(X509Certificate certificate) implements ProxyCertificate {}

    /** The header is absent or empty: the proxy saw no client certificate. */
    record Absent() implements ProxyCertificate {}

    /**
     * The header came from an address that is not a configured proxy; its content was not read.
     *
     * @param sender the address the request came from
     */
    record UntrustedSender(InetAddress sender) implements ProxyCertificate {}

    /**
     * A trusted proxy forwarded something that is not a certificate.
     *
     * @param problem what was wrong
     */
    record Unreadable(CertificateProblem problem) implements ProxyCertificate {}
}
