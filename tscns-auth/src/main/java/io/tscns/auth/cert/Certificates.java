package io.tscns.auth.cert;

import io.tscns.auth.internal.Der;
import io.tscns.auth.internal.DerException;
import io.tscns.auth.internal.DerReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Strict parsing of X.509 certificates (<i>certificati</i>) from DER or PEM. The JDK's {@code CertificateFactory}
 * alone is lenient: it reads one object and ignores what follows, and accepts BER indefinite lengths. Here the bytes
 * must first be exactly one DER element, every nested element with a definite, minimal length, and at most
 * {@value #MAX_CERTIFICATE_BYTES} bytes; only then does the JDK decode them.
 *
 * <p>Who uses it: the reverse-proxy integration (a PEM certificate in a header), the trust-anchor loaders and
 * anything else that takes a certificate from outside. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Certificates {

    /** The largest certificate accepted; real CNS certificates are under 2 KB. */
    public static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private Certificates() {}

    /**
     * Parses one DER certificate.
     *
     * @param der the bytes
     * @return the certificate
     * @throws InvalidCertificateException if the bytes are too many, not strict DER, or not X.509
     */
    public static X509Certificate parseDer(byte[] der) {
        Objects.requireNonNull(der, "der");
        if (der.length > MAX_CERTIFICATE_BYTES) {
            throw new InvalidCertificateException(new CertificateProblem.TooLarge(der.length, MAX_CERTIFICATE_BYTES));
        }
        try {
            DerReader reader = DerReader.of(der);
            if (der.length > 0 && reader.peekTag() != Der.SEQUENCE) {
                throw new InvalidCertificateException(
                        new CertificateProblem.NotDer(0, "the outer element is not a " + "SEQUENCE"));
            }
            reader.skipChecked("certificate");
            reader.expectEnd("the certificate");
        } catch (DerException e) {
            throw new InvalidCertificateException(
                    e.kind() == DerException.Kind.TRUNCATED
                            ? new CertificateProblem.Truncated(e.offset())
                            : new CertificateProblem.NotDer(e.offset(), e.detail()));
        }
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            // The JDK reports a bad certificate as CertificateException or, for some structures, unchecked.
            throw new InvalidCertificateException(
                    new CertificateProblem.NotX509("well-formed DER, but not the structure of a certificate"));
        }
    }

    /**
     * Parses one or more PEM certificates one after the other, as in a CA bundle file.
     *
     * @param pem the text
     * @return the certificates, in order (at least one)
     * @throws InvalidCertificateException as {@link #parsePem(String)}, for the first block that is refused
     */
    public static List<X509Certificate> parsePemBundle(String pem) {
        Objects.requireNonNull(pem, "pem");
        List<X509Certificate> certificates = new ArrayList<>();
        int start = 0;
        int end;
        while ((end = pem.indexOf(END, start)) >= 0) {
            certificates.add(parsePem(pem.substring(start, end + END.length())));
            start = end + END.length();
        }
        if (certificates.isEmpty()) {
            certificates.add(parsePem(pem));
        }
        return certificates;
    }

    /**
     * Parses one PEM certificate: optional white space, the BEGIN line, base64 (line breaks and spaces allowed),
     * the END line, optional white space.
     *
     * @param pem the text
     * @return the certificate
     * @throws InvalidCertificateException if the text is not one PEM certificate, or its content is not accepted by
     *                                     {@link #parseDer(byte[])}
     */
    public static X509Certificate parsePem(String pem) {
        Objects.requireNonNull(pem, "pem");
        if (pem.length() > 2 * MAX_CERTIFICATE_BYTES) {
            throw new InvalidCertificateException(
                    new CertificateProblem.TooLarge(pem.length(), 2 * MAX_CERTIFICATE_BYTES));
        }
        String text = pem.strip();
        if (!text.startsWith(BEGIN)) {
            throw new InvalidCertificateException(new CertificateProblem.NotPem("no " + BEGIN + " line"));
        }
        int end = text.indexOf(END);
        if (end < 0) {
            throw new InvalidCertificateException(new CertificateProblem.NotPem("no " + END + " line"));
        }
        if (end + END.length() != text.length()) {
            throw new InvalidCertificateException(new CertificateProblem.NotPem("text follows the " + END + " line"));
        }
        String body = text.substring(BEGIN.length(), end);
        StringBuilder base64 = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                base64.append(c);
            }
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InvalidCertificateException(new CertificateProblem.NotPem("the body is not base64"));
        }
        return parseDer(der);
    }
}
