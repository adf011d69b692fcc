/**
 * Certificate revocation lists (<i>liste dei certificati revocati</i>, RFC 5280 §5) at national scale: a streaming,
 * strict DER reader that verifies the signature while it reads and builds a compact index, and delta CRLs. Entry
 * point: {@link io.tscns.auth.crl.RevocationList}.
 */
package io.tscns.auth.crl;
