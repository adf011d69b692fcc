package io.tscns.cms.sandbox.internal.http;

import java.util.List;

/**
 * The TLS the sandbox's server speaks (<i>politica TLS</i>): TLS 1.3, and TLS 1.2 with ephemeral elliptic-curve
 * Diffie-Hellman key exchange (forward secrecy) and AEAD ciphers only — no RSA key exchange, no CBC, no SHA-1 MAC.
 * The JDK's defaults would also accept RSA key exchange and CBC-SHA1 suites on TLS 1.2. Immutable.
 */
final class TlsPolicy {

    /** The protocol versions. */
    static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** The cipher suites: TLS 1.3's AEAD suites, then TLS 1.2's ECDHE with AES-GCM or ChaCha20-Poly1305. */
    static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384",
            "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private TlsPolicy() {}
}
