package io.tscns.auth.internal;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.security.cert.CRLException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.PKIXReason;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.xml.sax.SAXParseException;

/**
 * The reason a failure happened, in words a user understands, for the messages of typed errors: "connection
 * refused", "timed out", "XML is not well-formed at line 3, column 7", never a Java exception's name. The one place
 * where exception types are mapped to words; callers keep the exception as the cause for the stack trace.
 */
public final class Reasons {

    /**
     * A qualified Java type name ending in {@code Exception} or {@code Error}, as the JDK embeds in messages of
     * wrapping exceptions ({@code "java.io.IOException: ..."}), with the colon that follows it.
     */
    private static final Pattern TYPE_NAME =
            Pattern.compile("(?:\\b[a-z_$][\\w$]*\\.)*\\b[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

    private Reasons() {}

    /**
     * Describes a failure.
     *
     * @param failure the exception
     * @return the reason in words, never empty, naming no exception type
     */
    public static String of(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        } else if (failure instanceof ConnectException e) {
            return connect(e);
        } else if (failure instanceof NoRouteToHostException e) {
            return "no route to host" + detail(e);
        } else if (failure instanceof SocketTimeoutException || failure instanceof HttpTimeoutException) {
            return timedOut(failure);
        } else if (failure instanceof UnknownHostException e) {
            return "unknown host" + detail(e);
        } else if (failure instanceof EOFException e) {
            return "the data ended too early" + detail(e);
        } else if (failure instanceof FileSystemException e) {
            return file(e);
        } else if (failure instanceof SSLException e) {
            return tls(e);
        } else if (failure instanceof SAXParseException e) {
            return "XML is not well-formed at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + detail(e);
        } else if (failure instanceof CertPathValidatorException e) {
            return chain(e);
        } else if (failure instanceof CertificateException e) {
            return "not a readable certificate" + detail(e);
        } else if (failure instanceof CRLException e) {
            return "not a readable CRL" + detail(e);
        } else if (failure instanceof SQLException e) {
            return sql(e);
        }
        return fallback(failure);
    }

    private static String connect(ConnectException e) {
        String message = clean(e.getMessage());
        if (message.isEmpty() || message.toLowerCase(Locale.ROOT).contains("refused")) {
            return "connection refused";
        }
        return "could not connect: " + message;
    }

    private static String timedOut(Throwable e) {
        String message = clean(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("timed out") ? message : "timed out";
    }

    private static String tls(SSLException e) {
        String what = e instanceof SSLHandshakeException ? "TLS handshake failed" : "TLS failed";
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return what + ": the server's certificate is not trusted";
            }
        }
        return what + detail(e);
    }

    private static String chain(CertPathValidatorException e) {
        String where = e.getIndex() >= 0 ? "certificate " + e.getIndex() + " of the chain: " : "the chain: ";
        CertPathValidatorException.Reason why = e.getReason();
        String words;
        if (why instanceof CertPathValidatorException.BasicReason basic) {
            words = switch (basic) {
                case EXPIRED -> "expired";
                case NOT_YET_VALID -> "not yet valid";
                case REVOKED -> "revoked";
                case UNDETERMINED_REVOCATION_STATUS -> "revocation status unknown";
                case INVALID_SIGNATURE -> "signature does not verify";
                case ALGORITHM_CONSTRAINED -> "algorithm or key size not allowed";
                case UNSPECIFIED -> words(e.getMessage(), "does not validate");
            };
        } else if (why instanceof PKIXReason pkix) {
            words = switch (pkix) {
                case NAME_CHAINING -> "issuer name does not match the next certificate's subject";
                case INVALID_KEY_USAGE -> "key usage does not allow signing certificates";
                case INVALID_POLICY -> "certificate policies do not match";
                case NO_TRUST_ANCHOR -> "no trusted issuer";
                case UNRECOGNIZED_CRIT_EXT -> "unrecognised critical extension";
                case NOT_CA_CERT -> "issuer is not a CA certificate";
                case PATH_TOO_LONG -> "chain longer than the issuer allows";
                case INVALID_NAME -> "name outside the issuer's name constraints";
            };
        } else {
            words = words(e.getMessage(), "does not validate");
        }
        return where + words;
    }

    private static String sql(SQLException e) {
        String what;
        if (e instanceof SQLTimeoutException) {
            what = "the database timed out";
        } else if (e instanceof SQLTransientConnectionException) {
            what = "the database cannot be reached";
        } else if (e instanceof SQLNonTransientConnectionException) {
            what = "the database connection failed";
        } else if (e instanceof SQLIntegrityConstraintViolationException) {
            what = "a database constraint was violated";
        } else if (e instanceof SQLTransientException) {
            what = "a transient database failure (a retry may succeed)";
        } else {
            what = "database error";
        }
        return what + (e.getSQLState() == null ? "" : ", SQL state " + e.getSQLState());
    }

    private static String fallback(Throwable failure) {
        String message = clean(failure.getMessage());
        if (!message.isEmpty()) {
            return message;
        }
        if (failure.getCause() != null && failure.getCause() != failure) {
            return of(failure.getCause());
        }
        return failure instanceof java.io.IOException ? "input/output failure" : "unexpected failure";
    }

    private static String file(FileSystemException e) {
        String what;
        if (e instanceof NoSuchFileException) {
            what = "no such file";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NotDirectoryException) {
            what = "not a directory";
        } else {
            what = words(e.getReason(), "cannot access the file");
        }
        return what + (e.getFile() == null ? "" : ": " + e.getFile());
    }

    private static String detail(Throwable e) {
        String message = clean(e.getMessage());
        return message.isEmpty() ? "" : ": " + message;
    }

    private static String words(String message, String otherwise) {
        String cleaned = clean(message);
        return cleaned.isEmpty() ? otherwise : cleaned;
    }

    /** The message without the names of exception types the JDK embeds in it; empty if nothing is left. */
    private static String clean(String message) {
        if (message == null) {
            return "";
        }
        return TYPE_NAME.matcher(message).replaceAll("").strip();
    }
}
