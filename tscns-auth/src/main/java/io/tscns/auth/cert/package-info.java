/**
 * Strict parsing of X.509 certificates (<i>certificati</i>) from DER and PEM: exactly one DER element, definite minimal
 * lengths, bounded size, before the JDK decodes it. Entry point: {@link io.tscns.auth.cert.Certificates}.
 */
package io.tscns.auth.cert;
