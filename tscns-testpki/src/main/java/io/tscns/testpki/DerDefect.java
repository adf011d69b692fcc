package io.tscns.testpki;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A defect put into the DER encoding of a signed structure — a certificate or a CRL — for negative tests
 * (<i>difetto di codifica</i>). All but {@link #SIGNATURE_BIT_FLIPPED} break the encoding itself; that one keeps a
 * well-formed structure whose signature no longer verifies. Iterating over {@link #values()} gives a relying party
 * one malformed input of each kind.
 *
 * <p>The JDK's {@code CertificateFactory} is lenient: it reads one object from a stream and ignores what follows
 * ({@link #TRAILING_GARBAGE}) and converts BER indefinite lengths ({@link #INDEFINITE_LENGTH}). A strict DER parser,
 * such as a relying party's streaming CRL reader, must refuse both.
 *
 * @since 0.1.0
 */
public enum DerDefect {
    /** The last bit of the last byte (inside the signature value) flipped: well-formed, but the signature fails. */
    SIGNATURE_BIT_FLIPPED,
    /** Only the first half of the bytes. */
    TRUNCATED_HALF,
    /** Every byte but the last. */
    LAST_BYTE_MISSING,
    /** The outer length claims one byte more than there is. */
    LENGTH_OVERRUN,
    /** Extra bytes after the outer element. */
    TRAILING_GARBAGE,
    /** The outer SEQUENCE tag changed to SET. */
    WRONG_OUTER_TAG,
    /** The outer element re-encoded with BER's indefinite length, which DER forbids. */
    INDEFINITE_LENGTH,
    /** No bytes at all. */
    EMPTY;

    /**
     * Returns a defective copy of a DER encoding.
     *
     * @param der the encoding of a certificate or CRL (a definite-length outer SEQUENCE)
     * @return a new array with the defect
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the input is not a
     *                          definite-length SEQUENCE of at least two content bytes
     */
    public byte[] apply(byte[] der) {
        Objects.requireNonNull(der, "der");
        int headerLength = outerHeaderLength(der);
        return switch (this) {
            case SIGNATURE_BIT_FLIPPED -> {
                byte[] copy = der.clone();
                copy[copy.length - 1] ^= 0x01;
                yield copy;
            }
            case TRUNCATED_HALF -> Arrays.copyOf(der, der.length / 2);
            case LAST_BYTE_MISSING -> Arrays.copyOf(der, der.length - 1);
            case LENGTH_OVERRUN -> withOuterLength(der, headerLength, der.length - headerLength + 1L);
            case TRAILING_GARBAGE -> concat(der, "tscns".getBytes(StandardCharsets.US_ASCII));
            case WRONG_OUTER_TAG -> {
                byte[] copy = der.clone();
                copy[0] = 0x31;
                yield copy;
            }
            case INDEFINITE_LENGTH -> {
                byte[] content = Arrays.copyOfRange(der, headerLength, der.length);
                yield concat(concat(new byte[] {0x30, (byte) 0x80}, content), new byte[2]);
            }
            case EMPTY -> new byte[0];
        };
    }

    /**
     * Returns a certificate whose signature no longer verifies; every other byte is unchanged.
     *
     * @param certificate a certificate
     * @return the tampered certificate, parsed by the JDK
     * @throws TestPkiException with {@link TestPkiException.Reason#CRYPTO_FAILURE} if it cannot be re-parsed
     */
    public static X509Certificate brokenSignature(X509Certificate certificate) {
        try {
            byte[] tampered = SIGNATURE_BIT_FLIPPED.apply(certificate.getEncoded());
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(tampered));
        } catch (GeneralSecurityException e) {
            throw TestPkiException.crypto("re-parsing the tampered certificate", e);
        }
    }

    private static int outerHeaderLength(byte[] der) {
        if (der.length < 4 || der[0] != 0x30 || der[1] == (byte) 0x80) {
            throw TestPkiException.invalid("expected the DER encoding of a SEQUENCE with definite length");
        }
        int first = der[1] & 0xFF;
        int header = first < 0x80 ? 2 : 2 + (first & 0x7F);
        if (header >= der.length) {
            throw TestPkiException.invalid("the DER header is longer than the encoding");
        }
        return header;
    }

    private static byte[] withOuterLength(byte[] der, int headerLength, long length) {
        byte[] header;
        if (length < 0x80) {
            header = new byte[] {0x30, (byte) length};
        } else {
            int octets = (Long.SIZE - Long.numberOfLeadingZeros(length) + 7) / 8;
            header = new byte[2 + octets];
            header[0] = 0x30;
            header[1] = (byte) (0x80 | octets);
            for (int i = 0; i < octets; i++) {
                header[2 + i] = (byte) (length >>> (8 * (octets - 1 - i)));
            }
        }
        return concat(header, Arrays.copyOfRange(der, headerLength, der.length));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
