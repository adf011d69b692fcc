package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.SandboxSetupException;
import io.tscns.testpki.TestCredential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The files a sandbox served from the command line leaves in its data directory for the counter software to use
 * (<i>credenziali su file</i>): the CA certificate to trust ({@code ca.pem}), and for each operator a PKCS#12 file
 * with the personal certificate and key ({@code operators/<id>.p12}) and the personal token
 * ({@code operators/<id>.token}), both {@code 0600} in a {@code 0700} directory whatever the umask. Stateless.
 */
public final class CredentialFiles {

    /** The file of the CA certificate. */
    public static final String CA_FILE = "ca.pem";
    /** The directory of the operators' files. */
    public static final String OPERATORS_DIRECTORY = "operators";
    /** Password of the operators' PKCS#12 files (a sandbox's: the file's mode protects it, not the password). */
    public static final String PKCS12_PASSWORD = "changeit";

    private CredentialFiles() {}

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
            Files.writeString(
                    file,
                    "-----BEGIN CERTIFICATE-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(certificate.getEncoded())
                            + "\n-----END CERTIFICATE-----\n");
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
        operators(directory);
        Path file = PrivateFiles.create(pkcs12(directory, operatorId));
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
        operators(directory);
        Path file = token(directory, operatorId);
        byte[] text = new String(token).getBytes(StandardCharsets.UTF_8);
        try {
            PrivateFiles.write(file, text);
        } finally {
            Arrays.fill(token, '\0');
            Arrays.fill(text, (byte) 0);
        }
        return file;
    }

    /**
     * Returns the file of the sandbox's outbox capability token ({@code outbox.token}, {@code 0600}).
     *
     * @param directory the data directory
     * @return the file
     */
    public static Path outboxToken(Path directory) {
        return directory.resolve(OutboxToken.FILE);
    }

    /**
     * Returns an operator's PKCS#12 file.
     *
     * @param directory  the data directory
     * @param operatorId the operator
     * @return the file
     */
    public static Path pkcs12(Path directory, String operatorId) {
        return directory.resolve(OPERATORS_DIRECTORY).resolve(operatorId + ".p12");
    }

    /**
     * Returns an operator's token file.
     *
     * @param directory  the data directory
     * @param operatorId the operator
     * @return the file
     */
    public static Path token(Path directory, String operatorId) {
        return directory.resolve(OPERATORS_DIRECTORY).resolve(operatorId + ".token");
    }

    /**
     * Reads the credentials an earlier run wrote for an operator, if both files are there.
     *
     * @param directory  the data directory
     * @param operatorId the operator
     * @return the personal certificate and key and the personal token (the caller wipes it), or empty
     * @throws IOException           if a file cannot be read
     * @throws io.tscns.cms.sandbox.SandboxSetupException if a file can be read by others or is not the sandbox's
     */
    static Optional<Kept> read(Path directory, String operatorId) throws IOException {
        Path p12 = pkcs12(directory, operatorId);
        Path tokenFile = token(directory, operatorId);
        if (!Files.exists(p12, LinkOption.NOFOLLOW_LINKS) || !Files.exists(tokenFile, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] text = PrivateFiles.read(tokenFile);
        char[] password = PKCS12_PASSWORD.toCharArray();
        try (InputStream in = new ByteArrayInputStream(PrivateFiles.read(p12))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!(store.getKey(operatorId, password) instanceof PrivateKey key)) {
                throw new SandboxSetupException(p12 + " holds no key for " + operatorId + "; remove it");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(operatorId)) {
                chain.add((X509Certificate) certificate);
            }
            return Optional.of(new Kept(
                    TestCredential.of(key, chain),
                    new String(text, StandardCharsets.UTF_8).trim().toCharArray()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SandboxSetupException(p12 + " is not a PKCS#12 file the sandbox wrote; remove it");
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(password, '\0');
        }
    }

    /**
     * An operator's credentials read back.
     *
     * @param credential the personal certificate and key
     * @param token      the personal token; the receiver wipes it
     */
    record Kept(TestCredential credential, char[] token) {
        @Override
        public String toString() {
            return "Kept[token redacted]";
        }
    }

    /**
     * Checks the credential files a previous run left: none may be readable by other users.
     *
     * @param directory the data directory
     * @throws IOException                                 if the directory cannot be listed
     * @throws io.tscns.cms.sandbox.SandboxSetupException if one can be read by others
     */
    public static void checkPrivate(Path directory) throws IOException {
        Path operators = directory.resolve(OPERATORS_DIRECTORY);
        if (!Files.isDirectory(operators)) {
            return;
        }
        PrivateFiles.directory(operators);
        try (var files = Files.list(operators)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                PrivateFiles.check(file);
            }
        }
    }

    private static Path operators(Path directory) throws IOException {
        return PrivateFiles.directory(directory.resolve(OPERATORS_DIRECTORY));
    }
}
