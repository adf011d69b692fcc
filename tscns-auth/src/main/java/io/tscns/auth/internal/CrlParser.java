package io.tscns.auth.internal;

import io.tscns.auth.crl.CrlLimits;

import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
    private static final int MAX_SERIAL_OCTETS = 64;
    private static final int MAX_SIGNATURE = 16 * 1024;

    private static final String OID_CRL_NUMBER = "2.5.29.20";
    private static final String OID_DELTA_CRL_INDICATOR = "2.5.29.27";
    private static final String OID_ISSUING_DISTRIBUTION_POINT = "2.5.29.28";
    private static final Set<String> IGNORED_CRL_EXTENSIONS = Set.of(
            "2.5.29.35", // authorityKeyIdentifier
            "2.5.29.46", // freshestCRL
            "2.5.29.60", // expiredCertsOnCRL
            "1.3.6.1.5.5.7.1.1"); // authorityInfoAccess

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
        SerialIndex.Builder entries = new SerialIndex.Builder();
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
        Extensions extensions = new Extensions();
        if (input.offset() < tbsEnd) {
            long at = input.offset();
            if (!v2) {
                throw DerException.malformed(at, "a v1 CRL has extensions");
            }
            byte[] wrapped = small(input, Der.CONTEXT_0, MAX_SMALL_ELEMENT, "crlExtensions");
            DerReader explicit = new DerReader(wrapped, 0, wrapped.length, at);
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
        return new ParsedCrl(crlIssuer, thisUpdate, nextUpdate, extensions.crlNumber, extensions.deltaBase,
                extensions.onlyCa, SignatureAlgorithms.jcaName(algorithm.oid).orElseThrow(),
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
                throw new DerException(DerException.Kind.TOO_LARGE, at, "CRL entry of " + contentLength
                        + " bytes; at most " + MAX_ENTRY + " are accepted");
            }
            within(at + headerLength + contentLength, end, at, "CRL entry");
            input.ensure(headerLength + contentLength, "a CRL entry");
            buf = input.buf;
            p = input.pos;
            entry(buf, p + headerLength, p + headerLength + contentLength, at + headerLength - p, entries);
            input.pos = p + headerLength + contentLength;
            if (entries.count() > limits.maxEntries()) {
                throw new DerException(DerException.Kind.TOO_LARGE, at, "more than " + limits.maxEntries()
                        + " entries");
            }
        }
    }

    /** Parses one entry's content {@code buf[p..e)}; {@code shift} turns a buffer index into an offset. */
    private static void entry(byte[] buf, int p, int e, long shift, SerialIndex.Builder entries) {
        if (p + 2 > e || buf[p] != Der.INTEGER) {
            throw DerException.malformed(shift + p, "CRL entry does not start with the serial number");
        }
        long packed = Der.length(buf, p + 1, e - p - 1, shift + p + 1);
        int serialLength = (int) packed;
        int serialStart = p + 1 + (int) (packed >>> 32);
        if (serialLength > e - serialStart) {
            throw DerException.malformed(shift + p, "serial number overruns its CRL entry");
        }
        Integers.check(buf, serialStart, serialLength, MAX_SERIAL_OCTETS, shift + p, "serial number");
        p = serialStart + serialLength;
        if (p + 2 > e) {
            throw DerException.malformed(shift + p, "CRL entry has no revocation date");
        }
        int timeTag = buf[p] & 0xFF;
        int timeLength = buf[p + 1] & 0xFF;
        if (timeLength > e - p - 2) {
            throw DerException.malformed(shift + p, "revocation date overruns its CRL entry");
        }
        long date = DerTime.epochSecond(timeTag, buf, p + 2, timeLength, shift + p);
        p += 2 + timeLength;
        byte reason = SerialIndex.NO_REASON;
        long invalidity = SerialIndex.NO_DATE;
        if (p < e) {
            // Parsed in place: a million entries must not cost an object each.
            long list = tlv(buf, p, e, Der.SEQUENCE, shift, "crlEntryExtensions");
            int q = (int) (list >>> 32);
            int listEnd = q + (int) list;
            if (listEnd != e) {
                throw DerException.malformed(shift + listEnd, "unexpected bytes after crlEntryExtensions");
            }
            if (q == listEnd) {
                throw DerException.malformed(shift + p, "crlEntryExtensions is empty");
            }
            boolean seenReason = false;
            boolean seenInvalidity = false;
            while (q < listEnd) {
                long at = shift + q;
                long extension = tlv(buf, q, listEnd, Der.SEQUENCE, shift, "entry extension");
                int r = (int) (extension >>> 32);
                int extensionEnd = r + (int) extension;
                long oid = tlv(buf, r, extensionEnd, Der.OID, shift, "extnID");
                int oidStart = (int) (oid >>> 32);
                int oidLength = (int) oid;
                r = oidStart + oidLength;
                boolean critical = false;
                if (r < extensionEnd && buf[r] == Der.BOOLEAN) {
                    long flag = tlv(buf, r, extensionEnd, Der.BOOLEAN, shift, "critical");
                    int flagAt = (int) (flag >>> 32);
                    if ((int) flag != 1 || (buf[flagAt] != 0 && buf[flagAt] != (byte) 0xFF)) {
                        throw DerException.malformed(shift + r, "critical is not a DER BOOLEAN");
                    }
                    critical = buf[flagAt] != 0;
                    r = flagAt + 1;
                }
                long value = tlv(buf, r, extensionEnd, Der.OCTET_STRING, shift, "extnValue");
                int valueStart = (int) (value >>> 32);
                int valueLength = (int) value;
                if (valueStart + valueLength != extensionEnd) {
                    throw DerException.malformed(at, "unexpected bytes in an entry extension");
                }
                int kind = oidLength == 3 && buf[oidStart] == 0x55 && buf[oidStart + 1] == 0x1D ? buf[oidStart + 2]
                        : -1;
                if (kind == 0x15) {
                    if (seenReason) {
                        throw DerException.malformed(at, "reasonCode appears twice");
                    }
                    seenReason = true;
                    reason = reasonCode(buf, valueStart, valueLength, shift + valueStart);
                } else if (kind == 0x18) {
                    if (seenInvalidity) {
                        throw DerException.malformed(at, "invalidityDate appears twice");
                    }
                    seenInvalidity = true;
                    if (valueLength != 17 || buf[valueStart] != Der.GENERALIZED_TIME || buf[valueStart + 1] != 15) {
                        throw DerException.malformed(shift + valueStart, "invalidityDate is not a GeneralizedTime");
                    }
                    invalidity = DerTime.epochSecond(Der.GENERALIZED_TIME, buf, valueStart + 2, 15,
                            shift + valueStart);
                } else if (kind == 0x1D) {
                    throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_FEATURE, "",
                            "certificateIssuer entry extension (indirect CRL)");
                } else if (critical) {
                    throw new CrlFailure(CrlFailure.Kind.UNKNOWN_CRITICAL_ENTRY_EXTENSION, "",
                            Oids.dotted(java.util.Arrays.copyOfRange(buf, oidStart, oidStart + oidLength), at));
                }
                q = extensionEnd;
            }
        }
        entries.add(buf, serialStart, serialLength, date, reason, invalidity);
    }

    private static byte reasonCode(byte[] buf, int from, int length, long at) {
        if (length != 3 || buf[from] != Der.ENUMERATED || buf[from + 1] != 1) {
            throw DerException.malformed(at, "reasonCode is not a one-octet ENUMERATED");
        }
        int code = buf[from + 2];
        if (code < 0 || code > 10 || code == 7) {
            throw DerException.malformed(at, "reasonCode " + code + " is not a CRLReason (0-6, 8-10)");
        }
        return (byte) code;
    }

    /**
     * Reads the header of an element inside {@code buf[p..end)} in place.
     *
     * @return the content start in the high 32 bits and the content length in the low 32 bits
     */
    private static long tlv(byte[] buf, int p, int end, int tag, long shift, String what) {
        if (end - p < 2) {
            throw DerException.malformed(shift + p, what + " is missing or cut short");
        }
        if ((buf[p] & 0xFF) != tag) {
            throw DerException.malformed(shift + p, String.format("%s has tag %02X; expected %02X", what,
                    buf[p] & 0xFF, tag));
        }
        long packed = Der.length(buf, p + 1, end - p - 1, shift + p + 1);
        int start = p + 1 + (int) (packed >>> 32);
        int length = (int) packed;
        if (length > end - start) {
            throw DerException.malformed(shift + p, what + " overruns its parent element");
        }
        return ((long) start << 32) | length;
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
            throw DerException.malformed(at, String.format("%s has tag %02X; expected %02X", what,
                    input.buf[input.pos] & 0xFF, tag));
        }
        long packed = Der.length(input.buf, input.pos + 1, 5, at + 1);
        long total = 1 + (packed >>> 32) + (int) packed;
        if (total > max) {
            throw new DerException(DerException.Kind.TOO_LARGE, at, what + " of " + total
                    + " bytes; at most " + max + " are accepted");
        }
        input.ensure((int) total, what);
        byte[] element = Arrays.copyOfRange(input.buf, input.pos, input.pos + (int) total);
        input.pos += (int) total;
        if (tag == Der.SEQUENCE || tag == Der.CONTEXT_0) {
            DerReader.of(element).skipChecked(what);
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

    private record Algorithm(String oid, Optional<byte[]> parameters) {
    }

    private static Algorithm algorithm(byte[] element, long at) {
        DerReader sequence = DerReader.of(element).enter(Der.SEQUENCE, "AlgorithmIdentifier");
        String oid = Oids.dotted(sequence.content(Der.OID, "algorithm"), at);
        Optional<byte[]> parameters = sequence.hasMore() ? Optional.of(sequence.element("parameters"))
                : Optional.empty();
        sequence.expectEnd("AlgorithmIdentifier");
        if (SignatureAlgorithms.jcaName(oid).isEmpty()) {
            throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_ALGORITHM, "", oid);
        }
        return new Algorithm(oid, parameters);
    }

    /** The CRL extensions this parser processes. */
    private static final class Extensions {
        Optional<BigInteger> crlNumber = Optional.empty();
        Optional<BigInteger> deltaBase = Optional.empty();
        boolean onlyCa;

        void read(DerReader list) {
            Set<String> seen = new HashSet<>();
            while (list.hasMore()) {
                long at = list.offset();
                DerReader extension = list.enter(Der.SEQUENCE, "CRL extension");
                String oid = Oids.dotted(extension.content(Der.OID, "extnID"), at);
                boolean critical = extension.peekTag() == Der.BOOLEAN && extension.readBoolean("critical");
                long valueAt = extension.offset();
                byte[] value = extension.content(Der.OCTET_STRING, "extnValue");
                extension.expectEnd("CRL extension");
                if (!seen.add(oid)) {
                    throw DerException.malformed(at, "CRL extension " + oid + " appears twice");
                }
                DerReader inner = new DerReader(value, 0, value.length, valueAt);
                switch (oid) {
                    case OID_CRL_NUMBER -> crlNumber = Optional.of(number(inner, "cRLNumber"));
                    case OID_DELTA_CRL_INDICATOR -> deltaBase = Optional.of(number(inner, "deltaCRLIndicator"));
                    case OID_ISSUING_DISTRIBUTION_POINT -> issuingDistributionPoint(inner);
                    default -> {
                        if (IGNORED_CRL_EXTENSIONS.contains(oid)) {
                            inner.skipChecked(oid);
                            inner.expectEnd(oid);
                        } else if (critical) {
                            throw new CrlFailure(CrlFailure.Kind.UNKNOWN_CRITICAL_EXTENSION, "", oid);
                        }
                    }
                }
            }
        }

        private static BigInteger number(DerReader inner, String what) {
            byte[] value = inner.readInteger(20, what);
            inner.expectEnd(what);
            BigInteger number = new BigInteger(value);
            if (number.signum() < 0) {
                throw DerException.malformed(inner.offset(), what + " is negative");
            }
            return number;
        }

        private void issuingDistributionPoint(DerReader inner) {
            DerReader idp = inner.enter(Der.SEQUENCE, "issuingDistributionPoint");
            inner.expectEnd("issuingDistributionPoint");
            if (idp.peekTag() == 0xA0) {
                idp.skipChecked("distributionPoint");
            }
            flag(idp, 0x81, "onlyContainsUserCerts"); // covers end entities, as a full CRL does
            onlyCa = flag(idp, 0x82, "onlyContainsCACerts");
            if (idp.peekTag() == 0x83) {
                throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_FEATURE, "", "onlySomeReasons (a CRL "
                        + "partitioned by reason)");
            }
            if (flag(idp, 0x84, "indirectCRL")) {
                throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_FEATURE, "", "indirectCRL");
            }
            if (flag(idp, 0x85, "onlyContainsAttributeCerts")) {
                throw new CrlFailure(CrlFailure.Kind.UNSUPPORTED_FEATURE, "", "onlyContainsAttributeCerts");
            }
            idp.expectEnd("issuingDistributionPoint");
        }

        private static boolean flag(DerReader idp, int tag, String what) {
            if (idp.peekTag() != tag) {
                return false;
            }
            long at = idp.offset();
            byte[] value = idp.content(tag, what);
            if (value.length != 1 || (value[0] != 0 && value[0] != (byte) 0xFF)) {
                throw DerException.malformed(at, what + " is not a DER BOOLEAN");
            }
            return value[0] != 0;
        }
    }
}
