/**
 * What a relying party trusts (<i>fiducia</i>): CA certificates from a directory, a key store, or the issuing CAs of
 * the IdV services of a signed ETSI TS 119 612 trusted list such as AgID's TSL-IT.xml. Entry points:
 * {@link io.tscns.auth.trust.TrustAnchors}, {@link io.tscns.auth.trust.TrustedListReader}.
 */
package io.tscns.auth.trust;
