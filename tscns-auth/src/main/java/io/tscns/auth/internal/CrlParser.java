package io.tscns.auth.internal;

import io.tscns.auth.crl.CrlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Streams a DER CRL (RFC 5280 §5.1) into a {@link SerialIndex}, verifying its signature over the tbsCertList bytes
 * as they pass: one buffer, no object per entry, and nothing returned unless the whole CRL is well formed and the
 * signature verifies. Failures are {@link CrlFailure}s for the public API to translate.
 *
 * <p>Strict where it matters: DER lengths (definite, minimal), minimal INTEGERs, times in UTC with seconds, nothing
 * after the outer element, the inner and outer signature algorithms identical, unknown critical extensions refused.
 * One leniency: an explicitly encoded {@code critical FALSE}, which DER forbids but which some CAs write.
 */
public final class CrlParser {

    /** The buffer size, and so the largest single entry or header element. */
    private static final int BUFFER = 1 << 20;

    private static final int MAX_ENTRY = 4096;
    private static final int MAX_SMALL_ELEMENT = 64 * 1024;
    private static final int MAX_ALGORITHM = 512;
    private static final int MAX_SIGNATURE = 16 * 1024;

    private final CrlLimits limits;

    /**
     * Creates a parser.
     *
     * @param limits the bounds
     */
    public CrlParser(CrlLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads and verifies a CRL.
     *
     * @param in     the DER stream, read to its end
     * @param issuer the CA expected to have issued and signed it
     * @return what was read
     * @throws IOException  if the stream fails
     * @throws CrlFailure   if the CRL is refused
     * @throws DerException if the encoding is broken
     */
    public ParsedCrl parse(InputStream in, X509Certificate issuer) throws IOException {
        boolean[] keyUsage = issuer.getKeyUsage();
        String issuerName = issuer.getSubjectX500Principal().getName();
        if (keyUsage != null && (keyUsage.length < 7 || !keyUsage[6])) {
            throw new CrlFailure(CrlFailure.Kind.ISSUER_CANNOT_SIGN_CRLS, issuerName, "");
        }
        DerInput input = new DerInput(in, BUFFER, limits.maxBytes());
        input.available(4096); // the headers and the algorithm stay buffered until the signature starts
        int outerLength = input.header(Der.SEQUENCE, "CertificateList");
        long outerEnd = input.offset() + outerLength;
        long tbsStart = input.offset();
        int tbsLength = input.header(Der.SEQUENCE, "tbsCertList");
        long tbsEnd = input.offset() + tbsLength;
        within(tbsEnd, outerEnd, tbsStart, "tbsCertList");

        boolean v2 = false;
        input.ensure(1, "tbsCertList");
        if ((input.buf[input.pos] & 0xFF) == Der.INTEGER) {
            long at = input.offset();
            byte[] version = small(input, Der.INTEGER, 3, "version");
            if (!Arrays.equals(version, new byte[] {2, 1, 1})) {
                throw DerException.malformed(at, "CRL version is not v2 (INTEGER 1)");
            }
            v2 = true;
        }
        long algorithmAt = input.offset();
        byte[] innerAlgorithm = small(input, Der.SEQUENCE, MAX_ALGORITHM, "signature");
        Algorithm algorithm = algorithm(innerAlgorithm, algorithmAt);
        Signature signature;
        try {
            signature = SignatureAlgorithms.verifier(algorithm.oid, algorithm.parameters, issuer.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CrlFailure(CrlFailure.Kind.BAD_SIGNATURE, issuerName, e.getMessage());
        }
        input.signOver(signature, tbsStart, tbsEnd);

        long issuerAt = input.offset();
        byte[] issuerBytes = small(input, Der.SEQUENCE, MAX_SMALL_ELEMENT, "issuer");
        X500Principal crlIssuer;
        try {
            crlIssuer = new X500Principal(issuerBytes);
        } catch (IllegalArgumentException e) {
            throw DerException.malformed(issuerAt, "issuer is not a valid Name");
        }
        if (!crlIssuer.equals(issuer.getSubjectX500Principal())) {
            throw new CrlFailure(CrlFailure.Kind.WRONG_ISSUER, issuerName, crlIssuer.getName());
        }
        long thisUpdate = time(input, "thisUpdate");
        Optional<Long> nextUpdate = Optional.empty();
        if (input.offset() < tbsEnd) {
            input.ensure(1, "tbsCertList");
            int tag = input.buf[input.pos] & 0xFF;
            if (tag == Der.UTC_TIME || tag == Der.GENERALIZED_TIME) {
                nextUpdate = Optional.of(time(input, "nextUpdate"));
            }
        }
        SerialIndex.Builder entries = new SerialIndex.Builder(limits.maxEntries());
        if (input.offset() < tbsEnd) {
            input.ensure(1, "tbsCertList");
            if ((input.buf[input.pos] & 0xFF) == Der.SEQUENCE) {
                long at = input.offset();
                int length = input.header(Der.SEQUENCE, "revokedCertificates");
                long end = input.offset() + length;
                within(end, tbsEnd, at, "revokedCertificates");
                entries(input, end, entries);
            }
        }
        CrlExtensions extensions = new CrlExtensions();
        if (input.offset() < tbsEnd) {
            long at = input.offset();
            if (!v2) {
                throw DerException.malformed(at, "a v1 CRL has extensions");
            }
            byte[] wrapped = small(input, Der.CONTEXT_0, MAX_SMALL_ELEMENT, "crlExtensions");
            DerReader explicit = DerReader.of(wrapped, at);
            DerReader header = explicit.enter(Der.CONTEXT_0, "crlExtensions");
            extensions.read(header.enter(Der.SEQUENCE, "crlExtensions"));
            header.expectEnd("crlExtensions");
        }
        if (input.offset() != tbsEnd) {
            throw DerException.malformed(input.offset(), "tbsCertList has unexpected content");
        }
        if (entries.hasRemovals() && extensions.deltaBase.isEmpty()) {
            throw DerException.malformed(tbsStart, "a CRL that is not a delta CRL lists removeFromCRL");
        }
        long outerAlgorithmAt = input.offset();
        byte[] outerAlgorithm = small(input, Der.SEQUENCE, MAX_ALGORITHM, "signatureAlgorithm");
        if (!Arrays.equals(innerAlgorithm, outerAlgorithm)) {
            throw new CrlFailure(CrlFailure.Kind.ALGORITHM_MISMATCH, issuerName, Long.toString(outerAlgorithmAt));
        }
        long bitsAt = input.offset();
        byte[] bits = small(input, Der.BIT_STRING, MAX_SIGNATURE, "signatureValue");
        int bitsHeader = headerLength(bits);
        if (bits.length - bitsHeader < 2 || bits[bitsHeader] != 0) {
            throw DerException.malformed(bitsAt, "signatureValue is empty or has unused bits");
        }
        if (input.offset() != outerEnd) {
            if (input.offset() < outerEnd) {
                input.ensure((int) Math.min(outerEnd - input.offset(), input.buf.length), "CertificateList");
            }
            throw DerException.malformed(input.offset(), "CertificateList has unexpected content");
        }
        input.expectEnd();
        byte[] value = Arrays.copyOfRange(bits, bitsHeader + 1, bits.length);
        if (!verify(signature, value)) {
            throw new CrlFailure(CrlFailure.Kind.BAD_SIGNATURE, issuerName, "");
        }
        return new ParsedCrl(
                crlIssuer,
                thisUpdate,
                nextUpdate,
                extensions.crlNumber,
                extensions.deltaBase,
                extensions.onlyCa,
                SignatureAlgorithms.jcaName(algorithm.oid).orElseThrow(),
                entries.build());
    }

    private void entries(DerInput input, long end, SerialIndex.Builder entries) throws IOException {
        while (input.offset() < end) {
            long at = input.offset();
            input.ensure(2, "a CRL entry");
            byte[] buf = input.buf;
            int p = input.pos;
            if (buf[p] != Der.SEQUENCE) {
                throw DerException.malformed(at, String.format("CRL entry has tag %02X; expected 30", buf[p]));
            }
            int first = buf[p + 1] & 0xFF;
            int lengthOctets = first < 0x80 ? 1 : 1 + (first & 0x7F);
            input.ensure(Math.min(1 + lengthOctets, 7), "a CRL entry");
            buf = input.buf;
            p = input.pos;
            long packed = Der.length(buf, p + 1, 6, at + 1);
            int contentLength = (int) packed;
            int headerLength = 1 + (int) (packed >>> 32);
            if (headerLength + contentLength > MAX_ENTRY) {
                throw new DerException(
                        DerException.Kind.TOO_LARGE,
                        at,
                        "CRL entry of " + contentLength + " bytes; at most " + MAX_ENTRY + " are accepted");
            }
            within(at + headerLength + contentLength, end, at, "CRL entry");
            input.ensure(headerLength + contentLength, "a CRL entry");
            buf = input.buf;
            p = input.pos;
            CrlEntry.parse(buf, p + headerLength, p + headerLength + contentLength, at - p, entries);
            input.pos = p + headerLength + contentLength;
            if (entries.count() > limits.maxEntries()) {
                throw new DerException(
                        DerException.Kind.TOO_LARGE, at, "more than " + limits.maxEntries() + " entries");
            }
        }
    }

    private static long time(DerInput input, String what) throws IOException {
        long at = input.offset();
        input.ensure(2, what);
        int tag = input.buf[input.pos] & 0xFF;
        int length = input.buf[input.pos + 1] & 0xFF;
        if (length > 0x7F) {
            throw DerException.malformed(at, what + " is too long for a time");
        }
        input.ensure(2 + length, what);
        long value = DerTime.epochSecond(tag, input.buf, input.pos + 2, length, at);
        input.pos += 2 + length;
        return value;
    }

    /** Reads a whole element of bounded size and returns its encoding. */
    private static byte[] small(DerInput input, int tag, int max, String what) throws IOException {
        long at = input.offset();
        input.ensure(2, what);
        int first = input.buf[input.pos + 1] & 0xFF;
        input.ensure(first > 0x80 && first <= 0x84 ? 2 + (first & 0x7F) : 2, what);
        if ((input.buf[input.pos] & 0xFF) != tag) {
            throw DerException.malformed(
                    at, String.format("%s has tag %02X; expected %02X", what, input.buf[input.pos] & 0xFF, tag));
        }
        long packed = Der.length(input.buf, input.pos + 1, 5, at + 1);
        long total = 1 + (packed >>> 32) + (int) packed;
        if (total > max) {
            throw new DerException(
                    DerException.Kind.TOO_LARGE,
                    at,
                    what + " of " + total + " bytes; at most " + max + " are accepted");
        }
        input.ensure((int) total, what);
        byte[] element = Arrays.copyOfRange(input.buf, input.pos, input.pos + (int) total);
        input.pos += (int) total;
        if (tag == Der.SEQUENCE || tag == Der.CONTEXT_0) {
            DerReader.of(element, at).skipChecked(what);
        }
        return element;
    }

    private static int headerLength(byte[] element) {
        int first = element[1] & 0xFF;
        return first < 0x80 ? 2 : 2 + (first & 0x7F);
    }

    private static void within(long end, long parentEnd, long at, String what) {
        if (end > parentEnd) {
            throw DerException.malformed(at, what + " overruns its parent element");
        }
    }

    private static boolean verify(Signature signature, byte[] value) {
        try {
            return signature.verify(value);
        } catch (SignatureException e) {
            return false;
        }
    }

    private record Algorithm(String oid, Optional<byte[]> parameters) {}

    private static Algorithm algorithm(byte[] element, long at) {
        DerReader sequence = DerReader.of(element, at).enter(Der.SEQUENCE, "AlgorithmIdentifier");
        String oid = Oids.dotted(sequence.content(Der.OID, "algorithm"), at);
        Optional<byte[]> parameters =
                sequence.hasMore() ? Optional.of(sequence.element("parameters")) : Optional.empty();
        sequence.expectEnd("AlgorithmIdentifier");
        if (SignatureAlgorithms.jcaName(oid).isEmpty()) {
            throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_ALGORITHM, "", oid);
        }
        return new Algorithm(oid, parameters);
    }
}
