/**
 * The client certificate forwarded by a TLS-terminating reverse proxy (<i>proxy inverso</i>), such as nginx's
 * {@code $ssl_client_escaped_cert}, believed only from configured proxy addresses. Entry point:
 * {@link io.tscns.auth.proxy.TrustedProxyHeader}.
 */
package io.tscns.auth.proxy;
