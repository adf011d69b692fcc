package io.tscns.testpki.internal;

import io.tscns.testpki.CrlSpec;
import io.tscns.testpki.RevokedCertificate;
import io.tscns.testpki.TestPkiException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.util.Arrays;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * Writes a signed X.509 v2 CRL (RFC 5280 §5.1) straight to a stream, entry by entry, so that a CRL with a million
 * entries takes seconds and a few kilobytes of heap instead of the minutes and gigabytes of an object-model
 * builder.
 *
 * <p>DER needs every length before the content, so the entries are iterated twice: the first pass adds up their
 * encoded sizes without encoding anything, the second encodes each into a reusable buffer and sends it both to the
 * output and to the JDK {@link Signature}. Only RSA keys are supported, because the stream's outer length must
 * include the signature's length before the signature exists, and only RSA fixes it (the modulus size).
 *
 * <p>The fixed parts (algorithm identifier, issuer name, CRL extensions) are encoded with Bouncy Castle; their
 * encodings and the entries' are byte-for-byte what Bouncy Castle's {@code X509v2CRLBuilder} produces for the same
 * input, which the tests check.
 */
public final class StreamingCrlWriter {

    private static final byte[] VERSION_2 = {Der.INTEGER, 1, 1};
    /** Extension { extnID id-ce-cRLReasons, extnValue OCTET STRING { ENUMERATED } }, reason byte last. */
    private static final byte[] REASON_CODE_PREFIX = {
        Der.SEQUENCE, 10, 0x06, 3, 0x55, 0x1D, 0x15, Der.OCTET_STRING, 3, Der.ENUMERATED, 1
    };

    private static final int REASON_CODE_LENGTH = REASON_CODE_PREFIX.length + 1;
    /** Extension { extnID id-ce-invalidityDate, extnValue OCTET STRING { GeneralizedTime } }, time last. */
    private static final byte[] INVALIDITY_DATE_PREFIX = {
        Der.SEQUENCE, 24, 0x06, 3, 0x55, 0x1D, 0x18, Der.OCTET_STRING, 17
    };

    private static final int INVALIDITY_DATE_LENGTH = INVALIDITY_DATE_PREFIX.length + 17;

    private StreamingCrlWriter() {}

    /**
     * Writes the CRL. The output stream is flushed, not closed.
     *
     * @param spec            what goes in the CRL
     * @param issuer          the issuer name
     * @param issuerPublicKey the issuer's public key, for the authorityKeyIdentifier
     * @param signingKey      the issuer's RSA private key
     * @param out             where to write
     * @return the number of bytes written
     * @throws IOException              if writing fails
     * @throws GeneralSecurityException if the signature algorithm is unknown or signing fails
     * @throws TestPkiException         with {@link TestPkiException.Reason#INCONSISTENT_SOURCE} if the entries differ
     *                                  between the two passes (the stream then holds an unusable CRL), or with
     *                                  {@link TestPkiException.Reason#INVALID_SPEC} for a non-RSA key
     */
    public static long write(
            CrlSpec spec, X500Principal issuer, PublicKey issuerPublicKey, PrivateKey signingKey, OutputStream out)
            throws IOException, GeneralSecurityException {
        if (!(signingKey instanceof RSAKey rsa)) {
            throw new TestPkiException(
                    TestPkiException.Reason.INVALID_SPEC,
                    "the streaming CRL writer signs with RSA keys only, found " + signingKey.getAlgorithm());
        }
        int signatureLength = (rsa.getModulus().bitLength() + 7) / 8;
        byte[] algorithm = algorithmIdentifier(spec.signatureAlgorithm());
        byte[] issuerName = issuer.getEncoded();
        byte[] times = times(spec);
        byte[] extensions = crlExtensions(spec, issuerPublicKey);

        long entriesLength = 0;
        long entryCount = 0;
        for (RevokedCertificate entry : spec.entries()) {
            entriesLength += Der.elementLength(entryContentLength(entry));
            entryCount++;
        }
        long revokedLength = entryCount == 0 ? 0 : Der.elementLength(entriesLength);
        long tbsContent = VERSION_2.length
                + algorithm.length
                + issuerName.length
                + times.length
                + revokedLength
                + extensions.length;
        long bitStringContent = 1L + signatureLength;
        long outerContent = Der.elementLength(tbsContent) + algorithm.length + Der.elementLength(bitStringContent);

        Signature signature = Signature.getInstance(spec.signatureAlgorithm());
        signature.initSign(signingKey);
        out.write(Der.header(Der.SEQUENCE, outerContent));
        SigningOutputStream tbs = new SigningOutputStream(signature, out);
        tbs.write(Der.header(Der.SEQUENCE, tbsContent));
        tbs.write(VERSION_2);
        tbs.write(algorithm);
        tbs.write(issuerName);
        tbs.write(times);
        if (entryCount > 0) {
            tbs.write(Der.header(Der.SEQUENCE, entriesLength));
            long before = tbs.count();
            long written = writeEntries(spec.entries(), tbs);
            if (written != entryCount || tbs.count() - before != entriesLength) {
                throw new TestPkiException(
                        TestPkiException.Reason.INCONSISTENT_SOURCE,
                        "CRL entries changed between the sizing pass (" + entryCount + " entries, " + entriesLength
                                + " bytes) and the writing pass (" + written + " entries, "
                                + (tbs.count() - before) + " bytes)");
            }
        }
        tbs.write(extensions);
        tbs.flush();
        out.write(algorithm);
        out.write(Der.header(Der.BIT_STRING, bitStringContent));
        out.write(0);
        byte[] value = signature.sign();
        if (value.length != signatureLength) {
            throw new GeneralSecurityException(
                    "RSA signature of " + value.length + " bytes, expected " + signatureLength);
        }
        out.write(value);
        out.flush();
        return Der.elementLength(outerContent);
    }

    private static long writeEntries(Iterable<RevokedCertificate> entries, OutputStream tbs) throws IOException {
        byte[] buffer = new byte[256];
        long count = 0;
        for (RevokedCertificate entry : entries) {
            byte[] serial = entry.serialNumber().toByteArray();
            long content = entryContentLength(entry);
            int offset = Der.writeHeader(buffer, 0, Der.SEQUENCE, content);
            offset = Der.writeHeader(buffer, offset, Der.INTEGER, serial.length);
            System.arraycopy(serial, 0, buffer, offset, serial.length);
            offset += serial.length;
            offset = Der.writeTime(buffer, offset, entry.revocationDate().getEpochSecond());
            int extensionsContent = entryExtensionsLength(entry);
            if (extensionsContent > 0) {
                offset = Der.writeHeader(buffer, offset, Der.SEQUENCE, extensionsContent);
                if (entry.reason().isPresent()) {
                    System.arraycopy(REASON_CODE_PREFIX, 0, buffer, offset, REASON_CODE_PREFIX.length);
                    offset += REASON_CODE_PREFIX.length;
                    buffer[offset++] = (byte) entry.reason().get().code();
                }
                if (entry.invalidityDate().isPresent()) {
                    System.arraycopy(INVALIDITY_DATE_PREFIX, 0, buffer, offset, INVALIDITY_DATE_PREFIX.length);
                    offset += INVALIDITY_DATE_PREFIX.length;
                    offset = Der.writeGeneralizedTime(
                            buffer, offset, entry.invalidityDate().get().getEpochSecond());
                }
            }
            tbs.write(buffer, 0, offset);
            count++;
        }
        return count;
    }

    private static long entryContentLength(RevokedCertificate entry) {
        int serialLength = entry.serialNumber().bitLength() / 8 + 1;
        int extensions = entryExtensionsLength(entry);
        return Der.elementLength(serialLength)
                + Der.timeLength(entry.revocationDate().getEpochSecond())
                + (extensions == 0 ? 0 : Der.elementLength(extensions));
    }

    private static int entryExtensionsLength(RevokedCertificate entry) {
        return (entry.reason().isPresent() ? REASON_CODE_LENGTH : 0)
                + (entry.invalidityDate().isPresent() ? INVALIDITY_DATE_LENGTH : 0);
    }

    private static byte[] times(CrlSpec spec) {
        byte[] buffer = new byte[2 * Der.MAX_TIME_LENGTH];
        int offset = Der.writeTime(buffer, 0, spec.thisUpdate().getEpochSecond());
        if (spec.nextUpdate().isPresent()) {
            offset = Der.writeTime(buffer, offset, spec.nextUpdate().get().getEpochSecond());
        }
        return Arrays.copyOf(buffer, offset);
    }

    private static byte[] algorithmIdentifier(String jcaName) throws IOException, NoSuchAlgorithmException {
        try {
            return new DefaultSignatureAlgorithmIdentifierFinder().find(jcaName).getEncoded(ASN1Encoding.DER);
        } catch (IllegalArgumentException e) {
            throw (NoSuchAlgorithmException)
                    new NoSuchAlgorithmException("unknown signature algorithm " + jcaName).initCause(e);
        }
    }

    private static byte[] crlExtensions(CrlSpec spec, PublicKey issuerPublicKey)
            throws IOException, NoSuchAlgorithmException {
        ExtensionsGenerator generator = new ExtensionsGenerator();
        if (spec.authorityKeyIdentifier()) {
            generator.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuerPublicKey));
        }
        generator.addExtension(Extension.cRLNumber, false, new CRLNumber(spec.crlNumber()));
        if (spec.deltaBaseCrlNumber().isPresent()) {
            BigInteger base = spec.deltaBaseCrlNumber().get();
            generator.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(base));
        }
        byte[] extensions = generator.generate().getEncoded(ASN1Encoding.DER);
        byte[] header = Der.header(Der.CONTEXT_0_CONSTRUCTED, extensions.length);
        byte[] tagged = new byte[header.length + extensions.length];
        System.arraycopy(header, 0, tagged, 0, header.length);
        System.arraycopy(extensions, 0, tagged, header.length, extensions.length);
        return tagged;
    }
}
