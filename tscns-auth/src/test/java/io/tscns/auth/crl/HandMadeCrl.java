package io.tscns.auth.crl;

import io.tscns.testpki.TestCa;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CRL written element by element and signed by a test CA whatever it holds, so that a malformed tbsCertList
 * carries a valid signature and only the reader's structural checks can refuse it. Each element of the
 * tbsCertList is a named part that a test replaces or removes; the outer algorithm, the signature BIT STRING and
 * what follows the tbsCertList can be replaced as well. Immutable: every change returns a new CRL. Not thread-safe.
 */
final class HandMadeCrl {

    static final HexFormat HEX = HexFormat.of().withUpperCase();
    /** sha256WithRSAEncryption with NULL parameters. */
    static final byte[] SHA256_WITH_RSA = HEX.parseHex("300D06092A864886F70D01010B0500");
    /** The entry extensions of a key compromise: reasonCode 1. */
    static final byte[] KEY_COMPROMISE = extensions(extension("551D15", "", "0A0101"));

    private final TestCa ca;
    private final Map<String, byte[]> parts;
    private final byte[] outerAlgorithm;
    private final byte[] afterSignature;
    private final boolean unusedBits;
    /** The signed encoding, made once: signing takes an RSA private-key operation. */
    private byte[] encoded;

    private HandMadeCrl(
            TestCa ca, Map<String, byte[]> parts, byte[] outerAlgorithm, byte[] afterSignature, boolean unusedBits) {
        this.ca = ca;
        this.parts = parts;
        this.outerAlgorithm = outerAlgorithm;
        this.afterSignature = afterSignature;
        this.unusedBits = unusedBits;
    }

    /**
     * A valid v2 CRL of the CA: two entries (serial 0A revoked for key compromise, serial 0B without reason) and
     * cRLNumber 5.
     */
    static HandMadeCrl of(TestCa ca) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("version", HEX.parseHex("020101"));
        parts.put("signature", SHA256_WITH_RSA);
        parts.put("issuer", ca.name().getEncoded());
        parts.put("thisUpdate", utcTime("260302090000Z"));
        parts.put("nextUpdate", utcTime("260303090000Z"));
        parts.put(
                "revokedCertificates",
                tlv(
                        0x30,
                        entry("02010A", utcTime("260301120000Z"), KEY_COMPROMISE),
                        entry("02010B", utcTime("260301130000Z"), new byte[0])));
        parts.put("crlExtensions", tlv(0xA0, extensions(extension("551D14", "", "020105"))));
        return new HandMadeCrl(ca, parts, SHA256_WITH_RSA, new byte[0], false);
    }

    /** Replaces (or adds, at the end) a part of the tbsCertList. */
    HandMadeCrl with(String part, byte[] encoding) {
        Map<String, byte[]> changed = new LinkedHashMap<>(parts);
        changed.put(part, encoding);
        return new HandMadeCrl(ca, changed, outerAlgorithm, afterSignature, unusedBits);
    }

    /** Removes a part of the tbsCertList. */
    HandMadeCrl without(String part) {
        Map<String, byte[]> changed = new LinkedHashMap<>(parts);
        changed.remove(part);
        return new HandMadeCrl(ca, changed, outerAlgorithm, afterSignature, unusedBits);
    }

    /** Puts another signatureAlgorithm outside the tbsCertList. */
    HandMadeCrl withOuterAlgorithm(byte[] encoding) {
        return new HandMadeCrl(ca, parts, encoding, afterSignature, unusedBits);
    }

    /** Puts elements between the signature and the end of the outer SEQUENCE. */
    HandMadeCrl withAfterSignature(byte[] encoding) {
        return new HandMadeCrl(ca, parts, outerAlgorithm, encoding, unusedBits);
    }

    /** Declares one unused bit in the signature BIT STRING. */
    HandMadeCrl withUnusedBits() {
        return new HandMadeCrl(ca, parts, outerAlgorithm, afterSignature, true);
    }

    byte[] tbs() {
        return tlv(0x30, parts.values().toArray(byte[][]::new));
    }

    /** The signed CRL. */
    byte[] encode() {
        if (encoded == null) {
            encoded = sign();
        }
        return encoded.clone();
    }

    private byte[] sign() {
        byte[] tbs = tbs();
        byte[] value;
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(ca.credential().privateKey());
            signer.update(tbs);
            value = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        byte[] bits = tlv(0x03, new byte[] {(byte) (unusedBits ? 1 : 0)}, value);
        return tlv(0x30, tbs, outerAlgorithm, bits, afterSignature);
    }

    /** The offset in {@link #encode()} of the first occurrence of some bytes of the tbsCertList. */
    long offsetOf(String hex) {
        byte[] needle = HEX.parseHex(hex);
        byte[] der = encode();
        for (int i = 0; i + needle.length <= der.length; i++) {
            if (Arrays.equals(der, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError(hex + " is not in the CRL");
    }

    /** The offset in {@link #encode()} of the tbsCertList. */
    long tbsOffset() {
        int first = encode()[1] & 0xFF;
        return first < 0x80 ? 2 : 2 + (first & 0x7F);
    }

    // ---- a small DER writer -------------------------------------------------------------------------------------

    static byte[] tlv(int tag, byte[]... contents) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] c : contents) {
            content.writeBytes(c);
        }
        int n = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >>> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >>> 16);
            out.write(n >>> 8);
            out.write(n);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    static byte[] utcTime(String text) {
        return tlv(0x17, text.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] generalizedTime(String text) {
        return tlv(0x18, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A revokedCertificates entry: the serial INTEGER (hex of the whole TLV), the date, the extensions. */
    static byte[] entry(String serialTlv, byte[] date, byte[] extensions) {
        return tlv(0x30, HEX.parseHex(serialTlv), date, extensions);
    }

    /** An Extensions SEQUENCE of the given extensions. */
    static byte[] extensions(byte[]... extensions) {
        return tlv(0x30, extensions);
    }

    /** An Extension: the OID content (hex), the critical BOOLEAN TLV (hex, empty for none), the value (hex). */
    static byte[] extension(String oid, String critical, String value) {
        return tlv(0x30, tlv(0x06, HEX.parseHex(oid)), HEX.parseHex(critical), tlv(0x04, HEX.parseHex(value)));
    }
}
