package io.tscns.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * Makes and checks {@link AuditSeal}s. The MAC covers the protect-string prefix ({@code v1:HMAC-SHA256:<keyId>:}),
 * a domain byte that keeps entry seals and export seals apart, and the sealed content:
 * <ul>
 *   <li>entry seal, domain 0x01: the 32-byte entry hash (which covers the previous hash, the sequence number and the
 *       record);
 *   <li>export seal, domain 0x02: anchor sequence (8 bytes big-endian), anchor hash, head sequence, head hash.
 * </ul>
 * MACs are compared in constant time.
 */
final class Seals {

    private static final byte ENTRY = 0x01;
    private static final byte EXPORT = 0x02;

    private Seals() {}

    static AuditSeal sealEntry(AuditKey key, AuditHash hash) {
        return seal(key, ENTRY, hash.toBytes());
    }

    static AuditSeal sealExport(AuditKey key, AuditChainHead anchor, AuditChainHead head) {
        return seal(key, EXPORT, exportMessage(anchor, head));
    }

    /** Checks an entry seal; empty when it is valid. */
    static Optional<AuditDefect> checkEntry(AuditKeyRing ring, AuditSeal seal, AuditHash hash) {
        return check(ring, seal, ENTRY, hash.toBytes());
    }

    /** Checks an export seal; empty when it is valid. */
    static Optional<AuditDefect> checkExport(
            AuditKeyRing ring, AuditSeal seal, AuditChainHead anchor, AuditChainHead head) {
        return check(ring, seal, EXPORT, exportMessage(anchor, head));
    }

    private static AuditSeal seal(AuditKey key, byte domain, byte[] message) {
        return AuditSeal.current(key.keyId(), mac(key, AuditSeal.currentPrefix(key.keyId()), domain, message));
    }

    private static Optional<AuditDefect> check(AuditKeyRing ring, AuditSeal seal, byte domain, byte[] message) {
        if (!seal.isSupported()) {
            return Optional.of(new AuditDefect.UnsupportedSeal(seal.version(), seal.algorithm()));
        }
        Optional<AuditKey> key = ring.find(seal.keyId());
        if (key.isEmpty()) {
            return Optional.of(new AuditDefect.UnknownKey(seal.keyId()));
        }
        byte[] expected = mac(key.get(), seal.protectedPrefix(), domain, message);
        if (!MessageDigest.isEqual(expected, seal.macBytes())) {
            return Optional.of(new AuditDefect.MacMismatch(seal.keyId()));
        }
        return Optional.empty();
    }

    private static byte[] mac(AuditKey key, String prefix, byte domain, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.jcaKey());
            mac.update(prefix.getBytes(StandardCharsets.US_ASCII));
            mac.update(domain);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            if (key.isDestroyed()) {
                // destroyed while the JCA was reading it
                throw new DestroyedAuditKeyException(key.keyId());
            }
            // Every Java platform must provide HmacSHA256 (Mac Javadoc), and the key is 32 to 64 raw bytes.
            throw new IllegalStateException("this Java runtime cannot compute HmacSHA256", e);
        }
    }

    private static byte[] exportMessage(AuditChainHead anchor, AuditChainHead head) {
        return ByteBuffer.allocate(2 * (Long.BYTES + AuditHash.LENGTH))
                .putLong(anchor.sequence())
                .put(anchor.hash().toBytes())
                .putLong(head.sequence())
                .put(head.hash().toBytes())
                .array();
    }
}
