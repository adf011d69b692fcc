package io.tscns.cms.sandbox.internal.setup;

import io.tscns.testpki.TestCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

/**
 * The files a sandbox served from the command line leaves in its data directory for the counter software to use
 * (<i>credenziali su file</i>): the CA certificate to trust ({@code ca.pem}), and for each operator a PKCS#12 file
 * with the personal certificate and key ({@code operators/<id>.p12}) and the personal token
 * ({@code operators/<id>.token}). Stateless.
 */
public final class CredentialFiles {

    /** The file of the CA certificate. */
    public static final String CA_FILE = "ca.pem";
    /** The directory of the operators' files. */
    public static final String OPERATORS_DIRECTORY = "operators";

    private CredentialFiles() {
    }

    /**
     * Writes the CA certificate in PEM.
     *
     * @param directory   the data directory
     * @param certificate the CA certificate
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path writeCa(Path directory, X509Certificate certificate) throws IOException {
        Path file = directory.resolve(CA_FILE);
        try {
            Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the CA certificate", e);
        }
        return file;
    }

    /**
     * Writes an operator's PKCS#12 file.
     *
     * @param directory  the data directory
     * @param operatorId the operator
     * @param credential the personal certificate and key
     * @param password   the file's password
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path writePkcs12(Path directory, String operatorId, TestCredential credential, char[] password)
            throws IOException {
        Path file = Files.createDirectories(directory.resolve(OPERATORS_DIRECTORY)).resolve(operatorId + ".p12");
        credential.writePkcs12(file, operatorId, password);
        return file;
    }

    /**
     * Writes an operator's personal token.
     *
     * @param directory  the data directory
     * @param operatorId the operator
     * @param token      the token (wiped here)
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path writeToken(Path directory, String operatorId, char[] token) throws IOException {
        Path file = Files.createDirectories(directory.resolve(OPERATORS_DIRECTORY)).resolve(operatorId + ".token");
        try {
            Files.writeString(file, new String(token));
        } finally {
            Arrays.fill(token, '\0');
        }
        return file;
    }
}
