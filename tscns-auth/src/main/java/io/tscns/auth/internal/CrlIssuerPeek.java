package io.tscns.auth.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Reads the issuer name at the start of a CRL without reading the rest, so that a CRL fetched from a configured URL
 * can be matched to the trust anchor that must have signed it before the strict, signature-checking load. The name
 * is only a hint: the load checks it again, with the signature.
 */
public final class CrlIssuerPeek {

    /** How many bytes of a CRL's start are enough to hold its issuer name. */
    public static final int PREFIX_BYTES = 16 * 1024;

    private CrlIssuerPeek() {}

    /**
     * Reads the issuer from a marked stream and resets it.
     *
     * @param in a stream that supports mark and reset
     * @return the issuer, or empty if the start is not a CRL's
     * @throws IOException if reading fails
     */
    public static Optional<X500Principal> peek(InputStream in) throws IOException {
        in.mark(PREFIX_BYTES);
        byte[] prefix = in.readNBytes(PREFIX_BYTES);
        in.reset();
        return issuer(prefix);
    }

    /**
     * Reads the issuer from the first bytes of a CRL: CertificateList SEQUENCE, tbsCertList SEQUENCE, an optional
     * version INTEGER, the signature AlgorithmIdentifier, then the issuer Name.
     *
     * @param prefix the first bytes
     * @return the issuer, or empty if the bytes do not start like a CRL
     */
    static Optional<X500Principal> issuer(byte[] prefix) {
        int[] position = {0};
        try {
            // Two nested SEQUENCE headers in turn: CertificateList, then tbsCertList.
            int certificateList = header(prefix, position, 0x30);
            if (certificateList < 0 || header(prefix, position, 0x30) < 0) {
                return Optional.empty();
            }
            if (position[0] < prefix.length && (prefix[position[0]] & 0xFF) == 0x02) {
                skip(prefix, position, 0x02);
            }
            skip(prefix, position, 0x30);
            int start = position[0];
            int length = header(prefix, position, 0x30);
            int end = position[0] + length;
            if (length < 0 || end > prefix.length) {
                return Optional.empty();
            }
            return Optional.of(new X500Principal(Arrays.copyOfRange(prefix, start, end)));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static void skip(byte[] prefix, int[] position, int tag) {
        int length = header(prefix, position, tag);
        if (length < 0) {
            throw new IllegalArgumentException("not the expected element");
        }
        position[0] += length;
    }

    /** Reads a tag and a definite length; returns the length, or -1 if the tag differs. */
    private static int header(byte[] prefix, int[] position, int tag) {
        if ((prefix[position[0]] & 0xFF) != tag) {
            return -1;
        }
        int first = prefix[position[0] + 1] & 0xFF;
        position[0] += 2;
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7F;
        if (octets == 0 || octets > 4) {
            return -1;
        }
        long length = 0;
        for (int i = 0; i < octets; i++) {
            length = length << 8 | prefix[position[0]++] & 0xFF;
        }
        return length > Integer.MAX_VALUE ? -1 : (int) length;
    }
}
