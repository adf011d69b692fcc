package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXReason;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** The reason of a failure in words: never an exception type's name, the message kept where it says something. */
class ReasonsTest {

    /** Any identifier ending in Exception or Error: the shape of a Java exception type's name. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z]*(Exception|Error)\\b");

    /** Every type the helper maps, and some it does not, each built around a message. */
    private static final List<Function<String, Throwable>> FAILURES = List.of(
            ConnectException::new,
            NoRouteToHostException::new,
            SocketTimeoutException::new,
            HttpTimeoutException::new,
            HttpConnectTimeoutException::new,
            UnknownHostException::new,
            EOFException::new,
            m -> new NoSuchFileException("/tmp/f", null, m),
            m -> new AccessDeniedException("/tmp/f", null, m),
            m -> new NotDirectoryException("/tmp/f"),
            m -> new FileSystemException("/tmp/f", null, m),
            SSLException::new,
            SSLHandshakeException::new,
            m -> new SAXParseException(m, null, null, 3, 7),
            m -> new CertPathValidatorException(m, null, pathOf(2), 1, PKIXReason.NAME_CHAINING),
            m -> new CertPathValidatorException(m),
            CertificateException::new,
            CertificateParsingException::new,
            CRLException::new,
            m -> new SQLException(m, "08001"),
            m -> new SQLTimeoutException(m, "HYT00"),
            m -> new SQLNonTransientConnectionException(m, "08006"),
            IOException::new,
            m -> new IOException(new IllegalStateException(m)),
            m -> new UncheckedIOException(m, new IOException(m)),
            NoSuchAlgorithmException::new,
            GeneralSecurityException::new,
            IllegalArgumentException::new,
            m -> new DateTimeParseException(m, "yesterday", 0),
            m -> new CertificateException(new IOException(m)),
            RuntimeException::new);

    /** A chain of the given length, only for the index a {@link CertPathValidatorException} refers to. */
    private static CertPath pathOf(int length) {
        return new CertPath("X.509") {
            @Override
            public Iterator<String> getEncodings() {
                return Collections.emptyIterator();
            }

            @Override
            public byte[] getEncoded() {
                return new byte[0];
            }

            @Override
            public byte[] getEncoded(String encoding) {
                return new byte[0];
            }

            @Override
            public List<? extends Certificate> getCertificates() {
                return Collections.nCopies(length, null);
            }
        };
    }

    @Provide
    Arbitrary<Throwable> failures() {
        Arbitrary<String> messages = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(" .:/-").ofMaxLength(60),
                Arbitraries.just(null),
                Arbitraries.of(
                        "java.io.IOException: stream closed",
                        "sun.security.validator.ValidatorException: " + "PKIX path building failed",
                        "Connection refused",
                        "Read timed out"));
        return Arbitraries.integers()
                .between(0, FAILURES.size() - 1)
                .flatMap(i -> messages.map(m -> FAILURES.get(i).apply(m)));
    }

    @Property
    void noReasonNamesAnExceptionTypeOrIsEmpty(@ForAll("failures") Throwable failure) {
        String reason = Reasons.of(failure);
        assertFalse(reason.isBlank(), failure.toString());
        assertFalse(TYPE_NAME.matcher(reason).find(), reason + " for " + failure);
        assertFalse(reason.contains(failure.getClass().getSimpleName()), reason + " for " + failure);
    }

    @Test
    void networkFailuresInWords() {
        assertEquals("connection refused", Reasons.of(new ConnectException()));
        assertEquals("connection refused", Reasons.of(new ConnectException("Connection refused")));
        assertEquals("read timed out", Reasons.of(new SocketTimeoutException("Read timed out")));
        assertEquals("request timed out", Reasons.of(new HttpTimeoutException("request timed out")));
        assertEquals("timed out", Reasons.of(new SocketTimeoutException()));
        assertEquals("unknown host: crl.example", Reasons.of(new UnknownHostException("crl.example")));
        assertEquals(
                "TLS handshake failed: the server's certificate is not trusted",
                Reasons.of(new SSLHandshakeException("PKIX path building failed")
                        .initCause(new CertPathBuilderException("unable to find valid certification path"))));
    }

    @Test
    void filesInWords() {
        assertEquals("no such file: /etc/tscns/ca.pem", Reasons.of(new NoSuchFileException("/etc/tscns/ca.pem")));
        assertEquals("permission denied: /root/x", Reasons.of(new AccessDeniedException("/root/x")));
        assertEquals("the data ended too early", Reasons.of(new EOFException()));
        assertEquals("Is a directory: /tmp", Reasons.of(new FileSystemException("/tmp", null, "Is a directory")));
    }

    @Test
    void parsersSayWhereAndWhy() {
        assertEquals(
                "XML is not well-formed at line 3, column 7: element not closed",
                Reasons.of(new SAXParseException("element not closed", null, null, 3, 7)));
        assertEquals(
                "certificate 1 of the chain: signature does not verify",
                Reasons.of(new CertPathValidatorException(
                        "x", null, pathOf(2), 1, CertPathValidatorException.BasicReason.INVALID_SIGNATURE)));
        assertEquals(
                "certificate 0 of the chain: expired",
                Reasons.of(new CertPathValidatorException(
                        "x", null, pathOf(1), 0, CertPathValidatorException.BasicReason.EXPIRED)));
        assertEquals(
                "not a readable certificate: Could not parse certificate: stream closed",
                Reasons.of(new CertificateException(
                        "Could not parse certificate: java.io.IOException: " + "stream closed")));
    }

    @Test
    void databaseFailuresGiveTheStateButNotTheMessage() {
        String reason = Reasons.of(new SQLNonTransientConnectionException("password for user 'x' refused", "08006"));
        assertEquals("the database connection failed, SQL state 08006", reason);
    }

    @Test
    void otherFailuresKeepTheirMessage() {
        assertEquals("HTTP 503", Reasons.of(new IOException("HTTP 503")));
        assertEquals("stream closed", Reasons.of(new IOException(new IOException("stream closed"))));
        assertEquals("input/output failure", Reasons.of(new IOException()));
        assertTrue(Reasons.of(new RuntimeException()).startsWith("unexpected"));
    }
}
